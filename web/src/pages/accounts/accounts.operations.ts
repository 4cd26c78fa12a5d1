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

/** Web servers an account's sites may move to (master admin): their group, and whether they take anything now. */
export const SiteMoveServersQuery = graphql(`
  query SiteMoveServers {
    logicalServers(kind: WEB) {
      id
      name
      enabled
      group {
        id
        name
      }
      physical {
        name
        health
      }
    }
  }
`);

export const MoveAccountSitesMutation = graphql(`
  mutation MoveAccountSites($accountId: ID!, $toServerId: ID!) {
    moveAccountSites(accountId: $accountId, toServerId: $toServerId) {
      accountId
      from
      to
      sites
    }
  }
`);
