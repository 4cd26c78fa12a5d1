import type { EntityManager } from '@mikro-orm/core';
import { preparedGet } from '../../db/prepared';
import { systemEm, unscoped } from '../../db/scope';
import type { Core } from '../../module';
import type { TaskHandler, TaskJob } from '../../tasks/types';
import { Account } from '../accounts';
import { Reseller } from '../resellers';
import { envelope, TEST_EVENT, type WebhookEnvelope, type WebhookEventType } from './events';
import { sendDelivery } from './send';
import { allowsPrivateTargets } from './policy';
import { WebhookDelivery } from './webhook-delivery.entity';
import { Webhook } from './webhook.entity';

export const DELIVER_KIND = 'webhooks.deliver';

/** How long a receiver has to answer one delivery. */
export const DELIVERY_TIMEOUT_MS = 10_000;

interface DeliverPayload {
  webhookId: number;
  event: WebhookEnvelope;
}

/** An event of one account, as the areas' events give it. */
export interface AccountEvent {
  type: WebhookEventType;
  resellerId: number;
  accountId: number;
  data: WebhookEnvelope['data'];
  /** A fixed event ID, for an event that may be announced twice (the receiver drops the repeat). */
  id?: string;
}

/** Queues one delivery task for `hook` in `em` (written with the caller's flush). */
export function queueDelivery(em: EntityManager, core: Pick<Core, 'tasks'>, hook: Webhook, event: WebhookEnvelope) {
  const payload: DeliverPayload = { webhookId: hook.id, event };
  return core.tasks.enqueue(em, {
    kind: DELIVER_KIND,
    payload: payload as unknown as Record<string, unknown>,
    reseller: { id: hook.reseller.id },
    account: hook.account ? { id: hook.account.id, reseller: { id: hook.reseller.id } } : null,
    subject: `${event.type} to ${new URL(hook.url).host}`,
  });
}

/**
 * Queues the deliveries of accounts' events, in the emitting transaction: one task per enabled
 * webhook of each event's company (company-wide) or of its account that subscribes to it. A
 * change that rolls back takes its deliveries with it; one that commits has them durable. One
 * query however many events (a billing run issues thousands of invoices).
 */
export async function queueAccountEvents(
  em: EntityManager,
  core: Pick<Core, 'tasks'>,
  events: readonly AccountEvent[],
): Promise<void> {
  if (!events.length) return;
  const resellers = [...new Set(events.map((e) => e.resellerId))];
  // Most companies have no webhook: one prepared probe answers that before the ORM reads them.
  if (
    resellers.length === 1 &&
    !(await preparedGet(em, 'select id from webhook where reseller_id = ? and enabled = ? limit 1', [
      resellers[0],
      true,
    ]))
  )
    return;
  const hooks = await em.find(
    Webhook,
    { reseller: { $in: resellers }, enabled: true },
    {
      ...unscoped('an event of an account is heard by its company’s and its own webhooks, whoever caused it'),
      orderBy: { id: 'asc' },
    },
  );
  if (!hooks.length) return;
  const at = new Date();
  for (const e of events) {
    const listening = hooks.filter(
      (h) =>
        h.reseller.id === e.resellerId &&
        (h.account === null || h.account.id === e.accountId) &&
        h.events.includes(e.type),
    );
    if (!listening.length) continue;
    const event = envelope(e.type, { accountId: e.accountId, ...e.data }, at, e.id);
    for (const hook of listening) queueDelivery(em, core, hook, event);
  }
}

/** Queues a test event for one webhook (enabled or not). */
export function queueTestEvent(em: EntityManager, core: Pick<Core, 'tasks'>, hook: Webhook): WebhookEnvelope {
  const event = envelope(TEST_EVENT, { webhookId: hook.id, accountId: hook.account?.id ?? null });
  queueDelivery(em, core, hook, event);
  return event;
}

/**
 * Runs one delivery attempt: signs the event with the webhook's current secret and POSTs it. Each
 * attempt is logged in its own transaction (a failed attempt's row stays though the engine drops
 * the handler's changes); an answer other than 2xx fails the attempt, and the engine tries again
 * with its backoff. A refused target is not retried: nothing changes until the URL or policy does.
 */
export function deliverHandler(core: Pick<Core, 'secrets'>): TaskHandler {
  return {
    kind: DELIVER_KIND,
    async run(job: TaskJob) {
      const { webhookId, event } = job.task.payload as unknown as DeliverPayload;
      const hook = await job.em.findOne(Webhook, { id: webhookId }, { populate: ['secret'] });
      if (!hook) return; // deleted since: nothing to tell
      if (!hook.enabled && event.type !== TEST_EVENT) return;
      const outcome = await sendDelivery({
        url: hook.url,
        body: JSON.stringify(event),
        secret: core.secrets.open(hook.secret),
        eventType: event.type,
        eventId: event.id,
        allowPrivate: await allowsPrivateTargets(job.em),
        timeoutMs: DELIVERY_TIMEOUT_MS,
        signal: job.signal,
      });
      if (job.signal.aborted) return;
      const log = systemEm(job.em, 'the engine logs a delivery attempt of any company’s webhook');
      log.create(WebhookDelivery, {
        reseller: log.getReference(Reseller, hook.reseller.id),
        account: hook.account ? log.getReference(Account, hook.account.id) : null,
        webhook: log.getReference(Webhook, hook.id),
        eventId: event.id,
        eventType: event.type,
        attempt: job.task.attempts,
        ok: outcome.ok,
        statusCode: outcome.statusCode,
        durationMs: outcome.durationMs,
        error: outcome.error,
        response: outcome.response,
      });
      await log.flush();
      if (outcome.ok || outcome.refused) return;
      throw new Error(
        outcome.statusCode !== null
          ? `the receiver answered ${outcome.statusCode}${outcome.error ? `: ${outcome.error}` : ''}`
          : (outcome.error ?? 'no answer'),
      );
    },
  };
}
