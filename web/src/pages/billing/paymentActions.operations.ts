import { graphql } from '../../graphql/generated';

/** Admin: money back to the card a payment came from, through its gateway. */
export const RefundCardPaymentMutation = graphql(`
  mutation RefundCardPayment($input: RefundCardPaymentInput!) {
    refundCardPayment(input: $input) {
      ...PaymentFields
    }
  }
`);

/** Admin: credits or cancels a HELD payment. */
export const ResolveHeldPaymentMutation = graphql(`
  mutation ResolveHeldPayment($input: ResolveHeldPaymentInput!) {
    resolveHeldPayment(input: $input) {
      ...PaymentFields
    }
  }
`);
