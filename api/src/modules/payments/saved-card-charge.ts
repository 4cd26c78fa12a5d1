import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { Config } from '../../config';
import { intOf, preparedGet } from '../../db/prepared';
import { badInput, conflict, notFound } from '../../errors';
import { cardLabel } from './card-input';
import { METHODS, PaymentMethod } from './enums';
import { currenciesOf, inService, type PaymentGateway } from './gateway.entity';
import { accountVisible, shapes, visibleTo } from './payment-rows';

/** What a card charge uses: the gateway, the card's token and how the card is shown. */
export interface ChargeWith {
  gateway: Pick<PaymentGateway, 'id'>;
  token: string;
  label: string;
}

/**
 * What paying invoice `invoiceId` with the account's saved card uses, from one prepared read of
 * the invoice, its account and company, the saved card and its gateway; with the answers the ORM
 * path gives, in its order: NOT_FOUND for an invoice or account the request may not see, the card
 * field's error without a saved card, NOT_FOUND for a gateway the company does not offer (disabled,
 * another company's, the sandbox where it is off), the gatewayId field's error for one that takes
 * no cards or not the account's currency. The scope rules are payment-rows.ts's.
 */
export async function savedCardCharge(em: EntityManager, config: Config, invoiceId: number): Promise<ChargeWith> {
  const { gateway: g } = shapes(em);
  const row = await preparedGet<Record<string, unknown>>(
    em,
    `select i.reseller_id as i_reseller_id, a.reseller_id as a_reseller_id, a.owner_id as a_owner_id,
            c.currency as company_currency, s.id as s_id, s.reseller_id as s_reseller_id, s.token as s_token,
            s.brand as s_brand, s.last4 as s_last4, ${g.columns}
     from invoice i join account a on a.id = i.account_id join reseller c on c.id = a.reseller_id
     left join saved_card s on s.account_id = a.id left join payment_gateway g on g.id = s.gateway_id
     where i.id = ?`,
    [invoiceId],
  );
  const account = row && { resellerId: intOf(row.a_reseller_id), ownerId: intOf(row.a_owner_id) };
  if (!row || !account || !visibleTo(em, intOf(row.i_reseller_id), account)) throw notFound('Invoice');
  if (!accountVisible(em, account)) throw notFound('Account');
  if (row.s_id == null || !visibleTo(em, intOf(row.s_reseller_id), account))
    throw badInput([{ field: 'card', message: 'is required: the account has no saved card' }]);
  const gateway = g.read(row);
  if (gateway.reseller.id !== account.resellerId || !inService(config, gateway as PaymentGateway))
    throw notFound('Payment gateway');
  if (!METHODS[gateway.kind].includes(PaymentMethod.CARD))
    throw badInput([{ field: 'gatewayId', message: `${gateway.name} takes no card payments` }]);
  const currency = row.company_currency as string;
  if (!currenciesOf(gateway as PaymentGateway).includes(currency))
    throw badInput([{ field: 'gatewayId', message: `${gateway.name} does not take ${currency}` }]);
  return { gateway, token: row.s_token as string, label: cardLabel(row.s_brand as string, row.s_last4 as string) };
}

/** What an open invoice still owes; CONFLICT when it is paid, void, or covered by credit. */
export function mustOwe(invoice: { state: string; number: number; due: bigint }): bigint {
  if (invoice.state !== 'OPEN')
    throw conflict(`Invoice ${invoice.number} is ${invoice.state === 'PAID' ? 'already paid' : 'void'}`);
  if (invoice.due <= 0n) throw conflict(`Nothing is owed on invoice ${invoice.number}: the account’s credit covers it`);
  return invoice.due;
}

/** A unique index refused a write: the ORM's exception, or the driver's own error from a prepared statement. */
export function isUniqueViolation(err: unknown): boolean {
  if (err instanceof UniqueConstraintViolationException) return true;
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
