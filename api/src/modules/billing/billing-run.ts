import type { EntityManager } from '@mikro-orm/core';
import { systemEm } from '../../db/scope';
import type { Logger } from '../../logger';
import type { Core } from '../../module';
import { runDunning, type DunningResult } from './dunning';
import { dueAccountIds, issueDueInvoices, type IssueResult } from './issue-invoices';
import { billingSettings } from './settings';

/** Accounts billed per transaction: bounds a transaction's size and lock time on a large run. */
export const BATCH = 20_000;

/** What collecting open invoices did (saved cards charged). */
export interface CollectResult {
  charged: number;
  declined: number;
  pending: number;
}

/**
 * A step of the billing run between issuing invoices and dunning that collects what is owed (the
 * payments area charges saved cards), each in its own transactions; what it settles, dunning then sees.
 */
export type Collector = (root: { em: EntityManager }, now: Date, log?: Logger) => Promise<CollectResult>;

export interface BillingRunResult extends DunningResult {
  /** Saved cards charged for open invoices. */
  cards: CollectResult;
  /** Account periods billed (an account that was several periods behind counts once per period). */
  accounts: number;
  invoices: number;
  /** Accounts that could not be billed (their error is logged); they stay due for the next run. */
  failed: number;
  ms: number;
}

/**
 * One billing run (BIL-3, BIL-4): recurring and usage invoices for every account whose period has
 * started, credit applied, then dunning. Safe to run twice, or in two processes at once: see
 * issue-invoices.ts for why nothing is charged twice.
 *
 * Passes repeat until nothing is due: an account several periods behind (the panel was down) is
 * billed one period per pass until it is current. A batch that fails is billed again account by
 * account, so one account whose data breaks a statement (say, usage beyond any sane number) is
 * skipped and logged, and stays due, instead of stopping billing and dunning for everyone.
 */
export class BillingRun {
  private readonly collectors: Collector[] = [];

  constructor(private readonly core: Pick<Core, 'events' | 'tasks' | 'config'>) {}

  /** Adds a collecting step (payments: saved cards), run after invoices are issued and before dunning. */
  collectWith(collector: Collector): void {
    this.collectors.push(collector);
  }

  async run(root: { em: EntityManager }, now = new Date(), log?: Logger): Promise<BillingRunResult> {
    const started = performance.now();
    const total = { accounts: 0, invoices: 0, failed: 0 };
    const skipped: number[] = [];
    for (;;) {
      let batch: IssueResult;
      try {
        batch = await systemEm(
          root,
          'the billing run issues due invoices of every company, outside any request',
        ).transactional((tx) => issueDueInvoices(tx, this.core, { now, limit: BATCH, exclude: skipped }));
      } catch (batchError) {
        const ids = await dueAccountIds(
          systemEm(root, 'the billing run lists due accounts of every company'),
          now,
          BATCH,
          skipped,
        );
        let billed = 0;
        for (const id of ids) {
          try {
            const one = await systemEm(
              root,
              'the billing run retries one account of any company on its own',
            ).transactional((tx) => issueDueInvoices(tx, this.core, { now, accountIds: [id] }));
            total.accounts += one.accounts;
            total.invoices += one.invoices;
            billed++;
          } catch (err) {
            skipped.push(id);
            total.failed++;
            log?.error({ accountId: id, err }, 'billing run: account not billed');
          }
        }
        // Nothing could be billed one by one either: not one account's data but the database itself.
        if (billed === 0 && ids.length !== 1) throw batchError;
        continue;
      }
      total.accounts += batch.accounts;
      total.invoices += batch.invoices;
      if (batch.accounts === 0) break;
    }
    // Saved cards are charged before dunning looks at what is overdue (each charge settles its account).
    const cards: CollectResult = { charged: 0, declined: 0, pending: 0 };
    for (const collect of this.collectors) {
      const r = await collect(root, now, log);
      cards.charged += r.charged;
      cards.declined += r.declined;
      cards.pending += r.pending;
    }
    const em = systemEm(root, 'the billing run applies dunning to overdue accounts of every company');
    const dunning = await em.transactional((tx) => runDunning(tx, this.core, now));
    if (dunning.suspended + dunning.resumed > 0) this.core.tasks.notify();
    const result = { ...total, ...dunning, cards, ms: Math.round(performance.now() - started) };
    if (
      total.accounts +
        total.failed +
        dunning.reminders +
        dunning.suspended +
        dunning.resumed +
        cards.charged +
        cards.declined +
        cards.pending >
      0
    )
      log?.info(result, 'billing run');
    return result;
  }
}

/** The hourly run (BILLING_RUN_MINUTES; 0: only by hand with `helio billing run`). */
export function scheduleBillingRun(core: Pick<Core, 'tasks' | 'config'>, run: BillingRun): void {
  const { runMs } = billingSettings.of(core.config);
  if (runMs <= 0) return;
  core.tasks.every('billing.run', runMs, async ({ orm, log }) => {
    await run.run(orm, new Date(), log);
  });
}
