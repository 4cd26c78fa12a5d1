import { graphql } from '../../graphql/generated';

/** A gateway payment or refund as the panel shows it. */
export const PaymentFields = graphql(`
  fragment PaymentFields on Payment {
    id
    kind
    method
    source
    state
    currency
    card
    transactionId
    declineCode
    reason
    attempts
    accountId
    invoiceId
    refundOfId
    gatewayName
    gatewayKind
    testMode
    createdAt
    updatedAt
    amount {
      ...MoneyFields
    }
    received {
      ...MoneyFields
    }
    refundable {
      ...MoneyFields
    }
  }
`);

export const SavedCardFields = graphql(`
  fragment SavedCardFields on SavedCard {
    id
    brand
    last4
    expMonth
    expYear
    gatewayId
    createdAt
  }
`);

/** How an account can pay (the company's gateways in its currency, by method) and its saved card. */
export const PaymentSetupQuery = graphql(`
  query PaymentSetup($accountId: ID) {
    paymentSetup(accountId: $accountId) {
      options {
        gatewayId
        name
        kind
        method
        testMode
      }
      savedCard {
        ...SavedCardFields
      }
    }
  }
`);

/** Admins: a page of the company's gateway payments and refunds, newest first, optionally in one state. */
export const CompanyPaymentsQuery = graphql(`
  query CompanyPayments($state: PaymentState, $since: DateTimeISO, $first: Int!, $after: String) {
    payments(state: $state, since: $since, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...PaymentFields
      }
    }
  }
`);

/** A page of an account's gateway payments and refunds, newest first. */
export const AccountPaymentsQuery = graphql(`
  query AccountPayments($accountId: ID!, $first: Int!, $after: String) {
    payments(accountId: $accountId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...PaymentFields
      }
    }
  }
`);

/** One payment: what the invoice page shows after paying, polled while the gateway has not confirmed. */
export const PaymentQuery = graphql(`
  query Payment($id: ID!) {
    payment(id: $id) {
      ...PaymentFields
    }
  }
`);

/** Back from a gateway's page without paying: the redirect payment is cancelled. */
export const CancelRedirectPaymentMutation = graphql(`
  mutation CancelRedirectPayment($id: ID!) {
    cancelRedirectPayment(id: $id) {
      ...PaymentFields
    }
  }
`);
