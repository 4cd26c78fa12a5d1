import { graphql } from '../../graphql/generated';

export const UpdateResellerSettingsMutation = graphql(`
  mutation UpdateResellerSettings($input: ResellerSettingsInput!) {
    updateResellerSettings(input: $input) {
      id
      name
      defaultSkin
      defaultLanguage
    }
  }
`);
