import { NotFoundError, type EntityManager } from '@mikro-orm/core';
import type { Config } from '../../config';
import { preparedGet } from '../../db/prepared';
import { rowShape, type RowShape } from '../../db/plain-rows';
import { moneyText } from '../billing';
import { MailEvent, mailDate, mailLanguage, writeMailNow, type MailValues } from '../notifications';
import { Reseller } from '../resellers';
import { PaymentKind } from './enums';
import type { Payment } from './payment.entity';
import type { PaymentRow } from './payment-rows';

let companyShape: RowShape<Reseller> | undefined;

/**
 * Who a payment's mail goes to: the account's billing address (else its owner's), in the owner's
 * language; with its company, the invoice's number and the gateway's name: one prepared statement.
 */
async function recipientOf(em: EntityManager, payment: Payment | PaymentRow) {
  companyShape ??= rowShape<Reseller>(em, Reseller, 'c');
  const to = await preparedGet<{
    account_name: string;
    profile_email: string | null;
    profile_name: string | null;
    email: string;
    login: string;
    language: string | null;
    invoice_number: number | string | null;
    gateway_name: string;
  }>(
    em,
    `select a.name as account_name, p.email as profile_email, p.name as profile_name, u.email, u.login, u.language,
            i.number as invoice_number, g.name as gateway_name, ${companyShape.columns}
     from account a join app_user u on u.id = a.owner_id left join billing_profile p on p.account_id = a.id
     join reseller c on c.id = ? join payment_gateway g on g.id = ? left join invoice i on i.id = ?
     where a.id = ?`,
    [payment.reseller.id, payment.gateway.id, payment.invoice?.id ?? null, payment.account.id],
  );
  if (!to) throw NotFoundError.findOneFailed('Account', { id: payment.account.id });
  const company = companyShape.read(to as unknown as Record<string, unknown>);
  return {
    to,
    company,
    language: mailLanguage(to.language, company),
    invoiceNumber: to.invoice_number ?? '',
    gatewayName: to.gateway_name,
  };
}

async function write(
  em: EntityManager,
  config: Config,
  payment: Payment | PaymentRow,
  event: MailEvent,
  dedupKey: string,
  values: (r: Awaited<ReturnType<typeof recipientOf>>) => MailValues,
): Promise<void> {
  const r = await recipientOf(em, payment);
  await writeMailNow(em, config, {
    company: r.company,
    accountId: payment.account.id,
    event,
    recipient: r.to.profile_email ?? r.to.email,
    language: r.language,
    dedupKey,
    values: { customerName: r.to.profile_name ?? r.to.login, accountId: payment.account.id, ...values(r) },
  });
}

/** The receipt of a settled payment (not of a refund), in its settling transaction; written once per payment. */
export async function mailReceipt(em: EntityManager, config: Config, payment: Payment | PaymentRow): Promise<void> {
  if (payment.kind !== PaymentKind.CHARGE) return;
  await write(em, config, payment, MailEvent.PAYMENT_RECEIPT, `payment-receipt:${payment.id}`, (r) => ({
    accountName: r.to.account_name,
    amount: moneyText(payment.amountMinor, payment.currency),
    paymentId: payment.id,
    method: payment.card ? `${r.language === 'DE' ? 'Karte' : 'card'} ${payment.card}` : r.gatewayName,
    invoiceNumber: r.invoiceNumber,
    paidDate: mailDate(new Date()),
  }));
}

/** Tells the customer the billing run could not charge the saved card. */
export async function mailDeclined(em: EntityManager, config: Config, payment: Payment, reason: string): Promise<void> {
  await write(em, config, payment, MailEvent.PAYMENT_DECLINED, `payment-declined:${payment.id}`, (r) => ({
    amount: moneyText(payment.amountMinor, payment.currency),
    card: payment.card ?? '',
    invoiceNumber: r.invoiceNumber,
    reason,
  }));
}
