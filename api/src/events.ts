import type { EntityManager, EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';

/**
 * Every event of the app by name, with what it carries. The core declares none: each area adds its
 * own where it emits them, by declaration merging, e.g. in modules/accounts/index.ts:
 *
 *   declare module '../../events' {
 *     interface HelioEvents { 'account.statusChanged': { account: Account } }
 *   }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface HelioEvents {}

export type EventName = keyof HelioEvents;

/** What an in-transaction handler gets: the emitting transaction's EntityManager (its own services it has from its area). */
export interface EventTx {
  em: EntityManager;
}

type InTransactionHandler<K extends EventName> = (event: HelioEvents[K], tx: EventTx) => Promise<void> | void;
type AfterCommitHandler<K extends EventName> = (event: HelioEvents[K]) => Promise<void> | void;
type Handler = (...args: never[]) => unknown;

/** After-commit work per root transaction (the object MikroORM's transaction hooks are given). */
const afterCommit = new WeakMap<object, (() => Promise<void>)[]>();

/** MikroORM's own transaction hooks run the queued after-commit work, or drop it on rollback. */
export class AfterCommitSubscriber implements EventSubscriber {
  async afterTransactionCommit({ transaction }: TransactionEventArgs): Promise<void> {
    const work = transaction ? afterCommit.get(transaction as object) : undefined;
    if (!work) return;
    afterCommit.delete(transaction as object);
    for (const run of work) await run();
  }

  async afterTransactionRollback({ transaction }: TransactionEventArgs): Promise<void> {
    if (transaction) afterCommit.delete(transaction as object);
  }
}

/** The outermost transaction `em` is in: after-commit work waits for it, not for a savepoint. */
function rootTransaction(em: EntityManager): object | undefined {
  let trx = em.getTransactionContext() as Record<symbol, unknown> | undefined;
  for (;;) {
    const parentKey = trx && Object.getOwnPropertySymbols(trx).find((s) => s.description === 'parentTransaction');
    const parent = parentKey ? trx![parentKey] : undefined;
    if (!parent) return trx;
    trx = parent as Record<symbol, unknown>;
  }
}

/**
 * Runs `work` once the outermost transaction `em` is in has committed (never when it rolls back; the
 * commit waits for it), or at once when `em` is in none.
 */
export async function whenCommitted(em: EntityManager, work: () => Promise<void>): Promise<void> {
  const root = rootTransaction(em);
  if (!root) return work();
  const queue = afterCommit.get(root) ?? [];
  afterCommit.set(root, queue);
  queue.push(work);
}

/**
 * Areas react to each other's events without importing each other (STYLE.md 16). Two kinds of
 * handlers: in-transaction ones run inside the emitting transaction with its EntityManager (their
 * rows and the tasks they enqueue commit or roll back with the emitter's), in the order they were
 * registered, and a failure fails the emitter; after-commit ones run once that transaction has
 * committed (never when it rolls back), and a failure is logged, not thrown at the emitter.
 */
export class EventBus {
  // Stored without their types: each is read back under the name it was registered with.
  private readonly inTransaction = new Map<EventName, Handler[]>();
  private readonly afterCommitHandlers = new Map<EventName, Handler[]>();

  /** Where a failed after-commit handler is reported: the process's log once the server runs. */
  private report: (err: unknown, name: EventName) => void = (err, name) =>
    console.error(`after-commit handler of ${String(name)} failed`, err);

  reportErrorsTo(report: (err: unknown, name: EventName) => void): void {
    this.report = report;
  }

  onInTransaction<K extends EventName>(name: K, handler: InTransactionHandler<K>): void {
    this.inTransaction.set(name, [...(this.inTransaction.get(name) ?? []), handler as Handler]);
  }

  onAfterCommit<K extends EventName>(name: K, handler: AfterCommitHandler<K>): void {
    this.afterCommitHandlers.set(name, [...(this.afterCommitHandlers.get(name) ?? []), handler as Handler]);
  }

  /**
   * Emits inside a transaction (`tx.em` must be in one when after-commit handlers are registered
   * for `name`): runs the in-transaction handlers now, and queues the after-commit ones.
   */
  async emit<K extends EventName>(tx: EventTx, name: K, event: HelioEvents[K]): Promise<void> {
    for (const handler of this.inTransaction.get(name) ?? [])
      await (handler as unknown as InTransactionHandler<K>)(event, tx);
    const later = this.afterCommitHandlers.get(name);
    if (!later?.length) return;
    const root = rootTransaction(tx.em);
    if (!root) throw new Error(`Event ${String(name)} has after-commit handlers but was emitted outside a transaction`);
    const queue = afterCommit.get(root) ?? [];
    afterCommit.set(root, queue);
    for (const handler of later) {
      queue.push(async () => {
        try {
          await (handler as unknown as AfterCommitHandler<K>)(event);
        } catch (err) {
          this.report(err, name);
        }
      });
    }
  }
}
