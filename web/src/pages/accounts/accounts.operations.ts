import { graphql } from '../../graphql/generated';

export const AccountsQuery = graphql(`
  query Accounts($search: String, $status: AccountStatus, $after: String, $first: Int!) {
    accounts(search: $search, status: $status, after: $after, first: $first) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        status
        suspendedReason
        createdAt
        owner {
          id
          login
        }
      }
    }
  }
`);

export const SuspendAccountMutation = graphql(`
  mutation SuspendAccount($id: ID!, $reason: String) {
    suspendAccount(id: $id, reason: $reason) {
      id
      status
      suspendedReason
    }
  }
`);

export const ResumeAccountMutation = graphql(`
  mutation ResumeAccount($id: ID!) {
    resumeAccount(id: $id) {
      id
      status
      suspendedReason
    }
  }
`);
