import { graphql } from '../../graphql/generated';

export const SetupMutation = graphql(`
  mutation Setup($input: SetupInput!) {
    setup(input: $input) {
      role
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      role
    }
  }
`);
