import { registerEnumType } from 'type-graphql';

/** What a ledger entry records (BIL-3, BIL-4). Its amount's sign says which way the money went. */
export enum LedgerKind {
  /** Money the customer owes: negative. */
  CHARGE = 'CHARGE',
  /** Money received from the customer: positive. */
  PAYMENT = 'PAYMENT',
  /** Money given to the customer by the provider (goodwill, a correction, proration): positive. */
  CREDIT = 'CREDIT',
  /** Money paid back to the customer: negative. */
  REFUND = 'REFUND',
}
registerEnumType(LedgerKind, {
  name: 'LedgerKind',
  description:
    'CHARGE (negative: owed), PAYMENT (positive: received), CREDIT (positive: given by the provider), REFUND (negative: paid back).',
});
