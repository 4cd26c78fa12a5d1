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

/**
 * A page of gateway payments and refunds, newest first: one account's (the account's billing pages), or
 * without `accountId` the company's (admins), optionally in one state and since a time.
 */
export const PaymentsQuery = graphql(`
  query Payments($accountId: ID, $state: PaymentState, $since: DateTimeISO, $first: Int!, $after: String) {
    payments(accountId: $accountId, state: $state, since: $since, first: $first, after: $after) {
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
