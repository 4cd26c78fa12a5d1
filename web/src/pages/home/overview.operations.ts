import { graphql } from '../../graphql/generated';

/**
 * A customer's home in one request: the balance and open invoices, the domains (to find those not
 * active yet), the latest tasks, and the plan's limits with what is used. Each part is bounded: five
 * invoices (and their count), the account's domains (the API's first 200), five tasks.
 */
export const CustomerHomeQuery = graphql(`
  query CustomerHome($accountId: ID!) {
    account(id: $accountId) {
      id
      limits {
        kind
        limit
        used
      }
    }
    accountBalance(accountId: $accountId) {
      accountId
      balance {
        amount
        minorUnits
        currency
      }
    }
    invoices(accountId: $accountId, state: OPEN, first: 5) {
      totalCount
      nodes {
        ...InvoiceListFields
      }
    }
    domains(accountId: $accountId) {
      id
      name
      unicodeName
      kind
      state
      nameServers
    }
    recentTasks(accountId: $accountId, first: 5) {
      id
      kind
      subject
      state
      createdAt
      finishedAt
    }
  }
`);

/** The admin home's counts, each leading to the list it counts. */
export const AdminOverviewQuery = graphql(`
  query AdminOverview {
    adminOverview {
      awaitingModeration
      overdueAccounts
      failedTasks
      serversInTrouble
      paymentsLast30Days
    }
  }
`);

/** Use month by month: the account's (accountId), or an admin's whole company (no accountId). */
export const UsageHistoryQuery = graphql(`
  query UsageHistory($accountId: ID, $months: Int!) {
    usageHistory(accountId: $accountId, months: $months) {
      month
      diskMb
      trafficGb
      accountsOpened
      revenue {
        amount
        minorUnits
        currency
      }
    }
  }
`);
