import { wrap, type EntityManager } from '@mikro-orm/core';
import { intOf, preparedAll, preparedGet } from '../../db/prepared';
import { unscoped } from '../../db/scope';
import type { EventBus } from '../../events';
import type { Core } from '../../module';
import { AccountStatus, type Account } from '../accounts';
import { Invoice } from '../billing';
import { queueAccountEvents, type AccountEvent } from './deliveries';
import { WebhookEventType } from './events';

/*
 * The areas' events a webhook can be told about, heard inside the emitting transaction: each
 * queues its delivery tasks in the same flush as the change, so a change that rolls back sends
 * nothing and one that commits cannot lose its deliveries (the engine runs them after the commit).
 */

/** The status an account had before the change being announced (its row as loaded), if known. */
function statusBefore(account: Account): AccountStatus | undefined {
  const original = wrap(account, true).__originalEntityData as { status?: AccountStatus } | undefined;
  return original?.status;
}

async function invoiceEvents(
  em: EntityManager,
  type: WebhookEventType,
  ids: readonly number[],
): Promise<AccountEvent[]> {
  if (!ids.length) return [];
  if (ids.length === 1) {
    // One invoice (a payment settled it): one prepared statement, the same text every time.
    const i = await preparedGet<Record<string, unknown>>(
      em,
      'select id, reseller_id, account_id, number, total_minor, currency, state from invoice where id = ?',
      [ids[0]],
    );
    if (!i) return [];
    return [
      {
        type,
        resellerId: intOf(i.reseller_id),
        accountId: intOf(i.account_id),
        data: {
          invoiceId: intOf(i.id),
          number: intOf(i.number),
          totalMinor: BigInt(i.total_minor as string | number).toString(),
          currency: i.currency as string,
          state: i.state as string,
        },
      },
    ];
  }
  // Many invoices (a billing run's): only those of companies with a webhook are read. Most have
  // none, and reading every invoice a run issued as an entity made the run three times slower.
  const listening = await preparedAll<{ reseller_id: unknown }>(
    em,
    'select distinct reseller_id from webhook where enabled = ?',
    [true],
  );
  if (!listening.length) return [];
  const invoices = await em.find(
    Invoice,
    { id: { $in: [...ids] }, reseller: { $in: listening.map((r) => intOf(r.reseller_id)) } },
    { ...unscoped('invoices just issued or paid, announced to their company’s webhooks'), orderBy: { id: 'asc' } },
  );
  return invoices.map((i) => ({
    type,
    resellerId: i.reseller.id,
    accountId: i.account.id,
    data: {
      invoiceId: i.id,
      number: i.number,
      totalMinor: i.totalMinor.toString(),
      currency: i.currency,
      state: i.state,
    },
  }));
}

export function listen(bus: EventBus, core: Pick<Core, 'tasks'>): void {
  const queue = (em: EntityManager, events: AccountEvent[]) => queueAccountEvents(em, core, events);

  bus.onInTransaction('account.created', ({ account }, { em }) =>
    queue(em, [
      {
        type: WebhookEventType.ACCOUNT_CREATED,
        resellerId: account.reseller.id,
        accountId: account.id,
        data: { name: account.name, status: account.status },
      },
    ]),
  );

  bus.onInTransaction('account.statusChanged', ({ account }, { em }) => {
    // ACTIVE after SUSPENDED is a resumption; ACTIVE after MODERATION an approval, which is not an event here.
    const type =
      account.status === AccountStatus.SUSPENDED
        ? WebhookEventType.ACCOUNT_SUSPENDED
        : account.status === AccountStatus.ACTIVE && statusBefore(account) !== AccountStatus.MODERATION
          ? WebhookEventType.ACCOUNT_RESUMED
          : null;
    if (!type) return;
    return queue(em, [
      {
        type,
        resellerId: account.reseller.id,
        accountId: account.id,
        data: { name: account.name, status: account.status, reason: account.suspendedReason },
      },
    ]);
  });

  bus.onInTransaction('invoice.issued', async ({ invoiceIds }, { em }) =>
    queue(em, await invoiceEvents(em, WebhookEventType.INVOICE_ISSUED, invoiceIds)),
  );

  bus.onInTransaction('invoice.paid', async ({ invoiceIds }, { em }) =>
    queue(em, await invoiceEvents(em, WebhookEventType.INVOICE_PAID, invoiceIds)),
  );

  bus.onInTransaction('payment.failed', ({ payment }, { em }) =>
    queue(em, [
      {
        type: WebhookEventType.PAYMENT_FAILED,
        resellerId: payment.reseller.id,
        accountId: payment.account.id,
        data: {
          paymentId: payment.id,
          kind: payment.kind,
          state: payment.state,
          invoiceId: payment.invoice?.id ?? null,
          amountMinor: payment.amountMinor.toString(),
          currency: payment.currency,
          reason: payment.reason,
          declineCode: payment.declineCode,
        },
      },
    ]),
  );

  bus.onInTransaction('ticket.replied', ({ ticket, message }, { em }) =>
    queue(em, [
      {
        type: WebhookEventType.TICKET_REPLIED,
        resellerId: ticket.reseller.id,
        accountId: ticket.account.id,
        data: {
          ticketId: ticket.id,
          number: ticket.number,
          messageId: message.id,
          fromStaff: message.fromStaff,
          state: ticket.state,
        },
      },
    ]),
  );

  // A domain may be announced twice (domains/domain-active.ts): one event ID per domain lets receivers drop the repeat.
  bus.onInTransaction('domain.active', ({ domain }, { em }) =>
    queue(em, [
      {
        type: WebhookEventType.DOMAIN_ACTIVE,
        resellerId: domain.reseller.id,
        accountId: domain.account.id,
        id: `evt_domain_active_${domain.id}`,
        data: { domainId: domain.id, name: domain.name, kind: domain.kind },
      },
    ]),
  );
}
