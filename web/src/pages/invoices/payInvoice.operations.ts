import { graphql } from '../../graphql/generated';

/** Pays what an open invoice owes by card: a new card at a gateway, or (without one) the saved card. */
export const PayInvoiceMutation = graphql(`
  mutation PayInvoice($input: PayInvoiceInput!) {
    payInvoice(input: $input) {
      ...PaymentFields
    }
  }
`);

/** Starts paying on a gateway's own page; the panel then sends the browser to `url`. */
export const StartRedirectPaymentMutation = graphql(`
  mutation StartRedirectPayment($invoiceId: ID!, $gatewayId: ID!) {
    startRedirectPayment(invoiceId: $invoiceId, gatewayId: $gatewayId) {
      url
      payment {
        ...PaymentFields
      }
    }
  }
`);
