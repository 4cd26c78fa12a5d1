import type { Config } from '../../config';
import { dateFrom, rows, sqlDate } from '../../db/raw-sql';
import { systemEm } from '../../db/scope';
import type { Logger } from '../../logger';
import type { Core } from '../../module';
import type { CollectResult } from '../billing';
import type { PaymentService } from './payments.service';
import type { PaymentEngine, Root } from './engine';
import { PaymentSource } from './enums';
import { currenciesOf, inService, PaymentGateway } from './gateway.entity';
import { cardLabel } from './card-input';
import { SavedCard } from './saved-card.entity';
import { paymentSettings } from './settings';

const DAY = 86_400_000;
/** Redirect payments the customer never completed are cancelled after this. */
const ABANDONED_MS = DAY;
/** Auto-charges run this many at once (each waits on a gateway). */
const PARALLEL = 4;

/**
 * The retry job: card payments whose gateway did not answer are sent again, with their same
 * idempotency key, once their next attempt is due (one request each per run; the engine's
 * backoff spaces them out and holds a payment for an admin after MAX_ATTEMPTS). Each payment is
 * claimed by moving its next attempt (conditional), so two processes never send it at once.
 * Redirect payments left unfinished for a day are cancelled.
 */
export async function retryPending(
  root: Root,
  engine: Pick<PaymentEngine, 'leaseMs' | 'send'>,
  now = new Date(),
  log?: Logger,
): Promise<number> {
  const em = systemEm(root, 'background payment work runs outside any request, over every company');
  const due = await rows<{ id: number; next_attempt_at: unknown }>(
    em,
    `select id, next_attempt_at from payment where state = 'PENDING' and method = 'CARD' and next_attempt_at <= ? order by next_attempt_at limit 100`,
    [sqlDate(em, now)],
  );
  let sent = 0;
  for (const p of due) {
    const lease = new Date(now.getTime() + engine.leaseMs);
    const [claimed] = await rows(
      em,
      `update payment set next_attempt_at = ? where id = ? and state = 'PENDING' and next_attempt_at = ? returning id`,
      [sqlDate(em, lease), p.id, sqlDate(em, dateFrom(p.next_attempt_at)!)],
    );
    if (!claimed) continue;
    await engine.send(root, p.id, 1, log);
    sent++;
  }
  await rows(
    em,
    `update payment set state = 'CANCELLED', reason = 'Not completed at the gateway within a day', updated_at = ? where state = 'PENDING' and method = 'REDIRECT' and created_at < ?`,
    [sqlDate(em, now), sqlDate(em, new Date(now.getTime() - ABANDONED_MS))],
  );
  return sent;
}

/**
 * The billing run's card step (BIL-4, PAY-1): every open invoice of an account with a saved card
 * is charged from `autoChargeDaysBefore` days before it is due, at most once a day and
 * `autoChargeAttempts` times in all; after that dunning takes its course. Plugged into the billing
 * run (billing's `collectWith`), between issuing invoices and dunning.
 */
export async function autoCharge(
  root: Root,
  config: Config,
  payments: Pick<PaymentService, 'chargeInvoice'>,
  now = new Date(),
  log?: Logger,
): Promise<CollectResult> {
  const em = systemEm(root, 'background payment work runs outside any request, over every company');
  const horizon = new Date(now.getTime() + 60 * DAY); // the largest autoChargeDaysBefore
  const candidates = await rows<{
    invoice_id: number;
    due_at: unknown;
    before_days: number;
    max_tries: number;
    tries: number | string;
    last_try: unknown;
    card_id: number;
    currency: string;
  }>(
    em,
    `select i.id as invoice_id, i.due_at, i.currency, r.auto_charge_days_before as before_days, r.auto_charge_attempts as max_tries, c.id as card_id,
            (select count(*) from payment p where p.invoice_id = i.id and p.source = 'AUTO') as tries,
            (select max(p.created_at) from payment p where p.invoice_id = i.id and p.source = 'AUTO') as last_try
     from invoice i
     join saved_card c on c.account_id = i.account_id
     join payment_gateway g on g.id = c.gateway_id
     join reseller r on r.id = i.reseller_id
     where i.state = 'OPEN' and g.enabled and r.auto_charge_attempts > 0 and i.due_at <= ?
     order by i.id`,
    [sqlDate(em, horizon)],
  );
  const due = candidates.filter((c) => {
    const from = dateFrom(c.due_at)!.getTime() - Number(c.before_days) * DAY;
    const last = dateFrom(c.last_try);
    return (
      from <= now.getTime() &&
      Number(c.tries) < Number(c.max_tries) &&
      (!last || now.getTime() - last.getTime() >= DAY - 3600_000)
    );
  });
  const result: CollectResult = { charged: 0, declined: 0, pending: 0 };
  const work = due.slice();
  const one = async (): Promise<void> => {
    for (let c = work.shift(); c; c = work.shift()) {
      try {
        const card = await systemEm(
          root,
          'auto-charge loads the saved card and its gateway for an account of any company',
        ).findOneOrFail(SavedCard, { id: c.card_id }, { populate: ['gateway', 'gateway.credentials'] });
        const gateway = card.gateway as PaymentGateway;
        if (!inService(config, gateway) || !currenciesOf(gateway).includes(c.currency)) continue;
        const p = await payments.chargeInvoice(
          root,
          c.invoice_id,
          { gateway, token: card.token, label: cardLabel(card.brand, card.last4) },
          PaymentSource.AUTO,
          null,
          now,
        );
        if (p.state === 'SUCCEEDED') result.charged++;
        else if (p.state === 'PENDING') result.pending++;
        else result.declined++;
      } catch (err) {
        // Paid or settled meanwhile (CONFLICT), or a gateway's broken answer: the next run tries again.
        log?.info({ invoiceId: c.invoice_id, err: (err as Error).message }, 'auto-charge skipped');
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, one));
  return result;
}

/** The retry job's schedule (PAYMENT_RETRY_MINUTES; 0: off). */
export function schedulePaymentRetries(core: Pick<Core, 'tasks' | 'config'>, engine: PaymentEngine): void {
  const { retryMs } = paymentSettings.of(core.config);
  if (retryMs <= 0) return;
  core.tasks.every('payments.retry', retryMs, async ({ orm, log }) => {
    await retryPending(orm, engine, new Date(), log);
  });
}
