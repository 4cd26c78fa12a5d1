import { graphql } from '../../graphql/generated';

export const AccountsQuery = graphql(`
  query Accounts($search: String, $status: AccountStatus, $overdue: Boolean, $after: String, $first: Int!) {
    accounts(search: $search, status: $status, overdue: $overdue, after: $after, first: $first) {
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

/** A server as a move names it: where an account is, or where it may go (the same group, for MySQL the same driver). */
export const MovePlacementFields = graphql(`
  fragment MovePlacementFields on LogicalServer {
    id
    name
    kind
    driver
    group {
      id
      name
    }
  }
`);

/**
 * Master admin: where an account is placed (its server per kind, the name servers of its zones), and
 * every logical server it could move to, with whether that one takes anything now.
 */
export const AccountMoveQuery = graphql(`
  query AccountMove($id: ID!) {
    account(id: $id) {
      id
      servers {
        ...MovePlacementFields
      }
      zoneServers {
        ...MovePlacementFields
      }
    }
    logicalServers {
      ...MovePlacementFields
      enabled
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

export const MoveAccountZonesMutation = graphql(`
  mutation MoveAccountZones($accountId: ID!, $fromServerId: ID!, $toServerId: ID!) {
    moveAccountZones(accountId: $accountId, fromServerId: $fromServerId, toServerId: $toServerId) {
      accountId
      from
      to
      zones
      nameServer
      was
      until
    }
  }
`);

export const MoveAccountDatabasesMutation = graphql(`
  mutation MoveAccountDatabases($accountId: ID!, $toServerId: ID!) {
    moveAccountDatabases(accountId: $accountId, toServerId: $toServerId) {
      accountId
      from
      to
      databases
      users
    }
  }
`);
