import { graphql } from '../graphql/generated';

/** Publishing from the preview banner: the draft becomes the version everyone sees. */
export const PublishPreviewedDraftMutation = graphql(`
  mutation PublishPreviewedDraft {
    publishBrandDraft {
      published {
        name
        version
      }
    }
  }
`);
