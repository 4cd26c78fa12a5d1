import { NotFoundError, type EntityManager } from '@mikro-orm/core';
import { intOf, preparedGet } from '../../db/prepared';
import { rowShape, type RowShape } from '../../db/plain-rows';
import { requireScope, SCOPE, type ScopeParams } from '../../db/scope';
import { PaymentGateway } from './gateway.entity';
import { Payment } from './payment.entity';

/**
 * The reads of paying by card through prepared statements (db/prepared.ts), as plain objects
 * shaped like the entities (db/plain-rows.ts): the ORM's query building and hydration cost far
 * more than the statements. The tenant rule of the payment's ORM filter is repeated in
 * `visibleTo`, and payment-rows.test.ts compares it with the ORM's scoped query.
 */

type Ref = { id: number };

/** A payment's row: its columns, its references as `{ id }`. What the Payment type's fields read. */
export type PaymentRow = Omit<
  Payment,
  'reseller' | 'account' | 'invoice' | 'gateway' | 'refundOf' | 'ledgerEntry' | 'createdBy'
> & {
  reseller: Ref;
  account: Ref;
  invoice: Ref | null;
  gateway: Ref;
  refundOf: Ref | null;
  ledgerEntry: Ref | null;
  createdBy: Ref | null;
};

/** A gateway's row with its sealed credentials (what adapterFor needs). */
export type GatewayRow = Omit<PaymentGateway, 'reseller'> & { reseller: Ref };

let paymentShape: RowShape<PaymentRow> | undefined;
let gatewayShape: RowShape<GatewayRow> | undefined;

export function shapes(em: EntityManager): { payment: RowShape<PaymentRow>; gateway: RowShape<GatewayRow> } {
  paymentShape ??= rowShape<PaymentRow>(em, Payment, 'p');
  gatewayShape ??= rowShape<GatewayRow>(em, PaymentGateway, 'g');
  return { payment: paymentShape, gateway: gatewayShape };
}

/** What the engine sends a payment with: the payment, its gateway, its invoice's number, the charge a refund pays back. */
export interface SendRow {
  payment: PaymentRow;
  gateway: GatewayRow;
  invoiceNumber: number | null;
  refundOfTransactionId: string | null;
}

export async function readForSend(em: EntityManager, paymentId: number): Promise<SendRow> {
  const s = shapes(em);
  const row = await preparedGet<Record<string, unknown>>(
    em,
    `select ${s.payment.columns}, ${s.gateway.columns}, g.credentials as g__credentials,
            i.number as invoice_number, r.transaction_id as refund_of_transaction_id
     from payment p join payment_gateway g on g.id = p.gateway_id
     left join invoice i on i.id = p.invoice_id left join payment r on r.id = p.refund_of_id
     where p.id = ?`,
    [paymentId],
  );
  if (!row) throw NotFoundError.findOneFailed('Payment', { id: paymentId });
  const gateway = s.gateway.read(row);
  gateway.credentials = (row.g__credentials as string | null) ?? null;
  return {
    payment: s.payment.read(row),
    gateway,
    invoiceNumber: row.invoice_number == null ? null : intOf(row.invoice_number),
    refundOfTransactionId: (row.refund_of_transaction_id as string | null) ?? null,
  };
}

/** A payment as it is now (in the caller's transaction), with no scope: engine work. */
export async function readPayment(em: EntityManager, paymentId: number): Promise<PaymentRow> {
  const { payment } = shapes(em);
  const row = await preparedGet<Record<string, unknown>>(
    em,
    `select ${payment.columns} from payment p where p.id = ?`,
    [paymentId],
  );
  if (!row) throw NotFoundError.findOneFailed('Payment', { id: paymentId });
  return payment.read(row);
}

/**
 * The payment if the request's scope may see it (the rule of Payment's ORM filter, accountOwnedScope:
 * its company's admins, and of end users the account's owner), else null.
 */
export async function visiblePayment(em: EntityManager, paymentId: number): Promise<PaymentRow | null> {
  const { payment } = shapes(em);
  const row = await preparedGet<Record<string, unknown>>(
    em,
    `select ${payment.columns}, a.reseller_id as a_reseller_id, a.owner_id as a_owner_id
     from payment p join account a on a.id = p.account_id where p.id = ?`,
    [paymentId],
  );
  if (!row) return null;
  const p = payment.read(row);
  const account = { resellerId: intOf(row.a_reseller_id), ownerId: intOf(row.a_owner_id) };
  return visibleTo(em, p.reseller.id, account) ? p : null;
}

/**
 * accountOwnedScope in JavaScript, for a row of company `resellerId` belonging to `account`: the ORM
 * filters the row by its company, and for end users joins its account under the account's own
 * filter (its company and its owner).
 */
export function visibleTo(
  em: EntityManager,
  resellerId: number,
  account: { resellerId: number; ownerId: number },
): boolean {
  const s = requireScope(em.getFilterParams<ScopeParams>(SCOPE));
  if (s.all) return true;
  if (resellerId !== s.resellerId) return false;
  return s.userId === undefined || (account.resellerId === s.resellerId && account.ownerId === s.userId);
}

/** An account's own filter (accountScopeRule) in JavaScript: its company, and for end users its owner. */
export function accountVisible(em: EntityManager, account: { resellerId: number; ownerId: number }): boolean {
  const s = requireScope(em.getFilterParams<ScopeParams>(SCOPE));
  if (s.all) return true;
  return account.resellerId === s.resellerId && (s.userId === undefined || account.ownerId === s.userId);
}
