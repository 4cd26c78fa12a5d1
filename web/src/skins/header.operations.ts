import { graphql } from '../graphql/generated';

// The header's own operations, in the signed-in layout's chunk: the session query beside them is in the first load.

export const SwitchAccountMutation = graphql(`
  mutation SwitchAccount($accountId: ID!) {
    switchAccount(accountId: $accountId) {
      ...ViewerFields
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
