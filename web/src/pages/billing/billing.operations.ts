import { graphql } from '../../graphql/generated';

export const LedgerEntryFields = graphql(`
  fragment LedgerEntryFields on LedgerEntry {
    id
    accountId
    kind
    description
    reference
    currency
    createdAt
    amount {
      ...MoneyFields
    }
  }
`);

/** An account's balance (default: the active account). */
export const AccountBalanceQuery = graphql(`
  query AccountBalance($accountId: ID) {
    accountBalance(accountId: $accountId) {
      accountId
      version
      balance {
        ...MoneyFields
      }
    }
  }
`);

/**
 * A page of ledger entries, newest first: an account's (default: the active account), or without
 * `accountId` the admin's company's, optionally of one kind, since a time, or matching a text.
 */
export const LedgerEntriesQuery = graphql(`
  query LedgerEntries(
    $accountId: ID
    $kind: LedgerKind
    $since: DateTimeISO
    $search: String
    $first: Int
    $after: String
  ) {
    ledgerEntries(accountId: $accountId, kind: $kind, since: $since, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...LedgerEntryFields
      }
    }
  }
`);

/** Admins: the company's ledger as CSV, with the list's filters. */
export const LedgerCsvQuery = graphql(`
  query LedgerCsv($kind: LedgerKind, $since: DateTimeISO, $search: String) {
    ledgerCsv(kind: $kind, since: $since, search: $search)
  }
`);

/** The account an admin looks at: its name and owner for the page's title. */
export const BillingAccountQuery = graphql(`
  query BillingAccount($id: ID!) {
    account(id: $id) {
      id
      name
      status
      owner {
        id
        login
      }
    }
  }
`);

export const RecordPaymentMutation = graphql(`
  mutation RecordPayment($input: MoneyActionInput!) {
    recordPayment(input: $input) {
      ...LedgerEntryFields
    }
  }
`);

export const AddCreditMutation = graphql(`
  mutation AddCredit($input: MoneyActionInput!) {
    addCredit(input: $input) {
      ...LedgerEntryFields
    }
  }
`);

export const RefundPaymentMutation = graphql(`
  mutation RefundPayment($input: MoneyActionInput!) {
    refundPayment(input: $input) {
      ...LedgerEntryFields
    }
  }
`);
