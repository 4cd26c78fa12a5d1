import { graphql } from '../graphql/generated';

export const ResendVerificationMutation = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail
  }
`);
