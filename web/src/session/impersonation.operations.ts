import { graphql } from '../graphql/generated';

/** "Log in as": a one-time link to the user's panel (their company's host). */
export const ImpersonateUserMutation = graphql(`
  mutation ImpersonateUser($userId: ID!) {
    impersonateUser(userId: $userId)
  }
`);

/** On the user's panel: the link's token becomes a session of the user, beside the admin's own. */
export const RedeemImpersonationMutation = graphql(`
  mutation RedeemImpersonation($token: String!) {
    redeemImpersonation(token: $token) {
      role
    }
  }
`);

/** Ends the session as the user; answers the address of the admin's own panel. */
export const EndImpersonationMutation = graphql(`
  mutation EndImpersonation {
    endImpersonation
  }
`);
