import { graphql } from '../../graphql/generated';

export const LedgerEntryFields = graphql(`
  fragment LedgerEntryFields on LedgerEntry {
    id
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

/** A page of an account's ledger, newest first; `after` is the previous page's endCursor. */
export const LedgerEntriesQuery = graphql(`
  query LedgerEntries($accountId: ID, $first: Int, $after: String) {
    ledgerEntries(accountId: $accountId, first: $first, after: $after) {
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
