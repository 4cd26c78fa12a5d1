import { graphql } from '../../graphql/generated';

/** What a row of an invoice list shows. */
export const InvoiceListFields = graphql(`
  fragment InvoiceListFields on Invoice {
    id
    number
    accountId
    issuedAt
    dueAt
    state
    total {
      ...MoneyFields
    }
  }
`);

/** Admin: every invoice of the company, newest first; `search` matches an invoice number. */
export const AdminInvoicesQuery = graphql(`
  query AdminInvoices($state: InvoiceState, $search: String, $after: String, $first: Int!) {
    invoices(state: $state, search: $search, after: $after, first: $first) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...InvoiceListFields
      }
    }
  }
`);

/** One account's invoices, newest first (always with the account: without it an admin gets the whole company's). */
export const AccountInvoicesQuery = graphql(`
  query AccountInvoices($accountId: ID!, $state: InvoiceState, $after: String, $first: Int!) {
    invoices(accountId: $accountId, state: $state, after: $after, first: $first) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...InvoiceListFields
      }
    }
  }
`);

/** Admin: the plan an account is on, beside its invoices on its billing page. */
export const AccountPlanQuery = graphql(`
  query AccountPlan($id: ID!) {
    account(id: $id) {
      id
      periodMonths
      nextBillingAt
      plan {
        id
        name
      }
    }
  }
`);
