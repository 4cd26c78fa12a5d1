import { graphql } from '../../graphql/generated';

/** Admin: signups waiting for approval, newest first. */
export const ModerationAccountsQuery = graphql(`
  query ModerationAccounts($after: String, $first: Int!) {
    accounts(status: MODERATION, after: $after, first: $first) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        status
        createdAt
        periodMonths
        owner {
          id
          login
          email
        }
        plan {
          id
          name
        }
      }
    }
  }
`);

export const ApproveAccountMutation = graphql(`
  mutation ApproveAccount($id: ID!) {
    approveAccount(id: $id) {
      id
      status
      suspendedReason
    }
  }
`);

export const RejectAccountMutation = graphql(`
  mutation RejectAccount($id: ID!, $reason: String!) {
    rejectAccount(id: $id, reason: $reason) {
      id
      status
      suspendedReason
    }
  }
`);
