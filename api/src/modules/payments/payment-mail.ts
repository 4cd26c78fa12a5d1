import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../config';
import { rows } from '../../db/raw-sql';
import { unscoped } from '../../db/scope';
import { moneyText } from '../billing';
import { MailEvent, mailDate, mailLanguage, writeMail, type MailValues } from '../notifications';
import { Reseller } from '../resellers';
import { PaymentKind } from './enums';
import { PaymentGateway } from './gateway.entity';
import type { Payment } from './payment.entity';

/** Who a payment's mail goes to: the account's billing address (else its owner's), in the owner's language. */
async function recipientOf(em: EntityManager, payment: Payment) {
  const [to] = await rows<{
    account_name: string;
    profile_email: string | null;
    profile_name: string | null;
    email: string;
    login: string;
    language: string | null;
  }>(
    em,
    `select a.name as account_name, p.email as profile_email, p.name as profile_name, u.email, u.login, u.language
     from account a join app_user u on u.id = a.owner_id left join billing_profile p on p.account_id = a.id
     where a.id = ?`,
    [payment.account.id],
  );
  const company = await em.findOneOrFail(
    Reseller,
    { id: payment.reseller.id },
    unscoped('the company of a payment in hand, whose mail it is; gateway work runs with no viewer'),
  );
  const [invoice] = payment.invoice
    ? await rows<{ number: number | string }>(em, 'select number from invoice where id = ?', [payment.invoice.id])
    : [];
  return { to: to!, company, language: mailLanguage(to?.language, company), invoiceNumber: invoice?.number ?? '' };
}

async function write(
  em: EntityManager,
  config: Config,
  payment: Payment,
  event: MailEvent,
  dedupKey: string,
  values: (r: Awaited<ReturnType<typeof recipientOf>>) => MailValues,
): Promise<void> {
  const r = await recipientOf(em, payment);
  await writeMail(em, config, {
    company: r.company,
    account: payment.account,
    event,
    recipient: r.to.profile_email ?? r.to.email,
    language: r.language,
    dedupKey,
    values: { customerName: r.to.profile_name ?? r.to.login, accountId: payment.account.id, ...values(r) },
  });
}

/** The receipt of a settled payment (not of a refund), in its settling transaction; written once per payment. */
export async function mailReceipt(em: EntityManager, config: Config, payment: Payment): Promise<void> {
  if (payment.kind !== PaymentKind.CHARGE) return;
  const gateway = await em.findOneOrFail(
    PaymentGateway,
    { id: payment.gateway.id },
    unscoped('the gateway of a payment in hand, named on its receipt'),
  );
  await write(em, config, payment, MailEvent.PAYMENT_RECEIPT, `payment-receipt:${payment.id}`, (r) => ({
    accountName: r.to.account_name,
    amount: moneyText(payment.amountMinor, payment.currency),
    paymentId: payment.id,
    method: payment.card ? `${r.language === 'DE' ? 'Karte' : 'card'} ${payment.card}` : gateway.name,
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
