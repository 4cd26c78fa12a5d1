import { graphql } from '../../graphql/generated';

/** A line of an invoice or of a plan-change quote. */
export const PricedLineFields = graphql(`
  fragment PricedLineFields on InvoiceLineView {
    position
    description
    quantity
    periodStart
    periodEnd
    unitPrice {
      ...MoneyFields
    }
    amount {
      ...MoneyFields
    }
  }
`);

export const InvoiceDetailFields = graphql(`
  fragment InvoiceDetailFields on Invoice {
    id
    number
    state
    accountId
    currency
    issuedAt
    dueAt
    paidAt
    periodStart
    periodEnd
    subtotal {
      ...MoneyFields
    }
    tax {
      ...MoneyFields
    }
    taxName
    taxPercent
    total {
      ...MoneyFields
    }
    amountDue {
      ...MoneyFields
    }
    payments {
      ...PaymentFields
    }
    lines {
      ...PricedLineFields
    }
    html
  }
`);

/** One invoice with its lines and its printable document. */
export const InvoiceDetailQuery = graphql(`
  query InvoiceDetail($id: ID!) {
    invoice(id: $id) {
      ...InvoiceDetailFields
    }
  }
`);

/** Admin: voids an open invoice; its answer updates the page (state, document). */
export const VoidInvoiceMutation = graphql(`
  mutation VoidInvoice($id: ID!, $reason: String!) {
    voidInvoice(id: $id, reason: $reason) {
      ...InvoiceDetailFields
    }
  }
`);
