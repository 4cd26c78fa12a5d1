import { TransactionContext, UnitOfWork } from '@mikro-orm/core';

/**
 * MikroORM enters an AsyncLocalStorage in two places of every write: each `em.transactional`
 * callback (TransactionContext, so that the global EntityManager used anywhere inside finds the
 * transaction's fork) and each flush (UnitOfWork's `insideFlush`, so that a flush started from a
 * flush hook throws instead of queueing behind itself). On Node 20 one `run` of any
 * AsyncLocalStorage turns on async hooks for the rest of the process: every promise after it pays
 * for them, and an `await` cost about 3.4 times as much (2,000,000 awaits: 140 ms before, 470 ms
 * after), on every request, whether or not it writes.
 *
 * Neither is needed here. Heliosphere never uses the global EntityManager (`allowGlobalContext:
 * false`; every request, job and command forks its own, and a fork ignores that context), and no
 * subscriber flushes from a flush hook (events.ts and row-changes.ts only read and record). So the
 * transaction's callback runs directly, and a flush is UnitOfWork.commit without the storage.
 * MikroORM is pinned at 6.6.x: this is its commit (unit-of-work/UnitOfWork.js) less `insideFlush`.
 *
 * `no-async-context.test.ts` serves sign-in, writes and a card payment and fails if any of them
 * enters an AsyncLocalStorage.
 */
export function runWithoutAsyncContext(): void {
  TransactionContext.create = <T>(_em: unknown, next: (...args: unknown[]) => T): T => next();
  const uow = UnitOfWork.prototype as unknown as Flushing;
  uow.commit = async function commit(this: Flushing): Promise<void> {
    if (this.working)
      // A flush while one runs (another part of the request flushing the same EntityManager): after it.
      return new Promise<void>((resolve, reject) => {
        this.flushQueue.push(() => this.doCommit().then(resolve, reject));
      });
    try {
      this.working = true;
      await this.doCommit();
      while (this.flushQueue.length) await this.flushQueue.shift()!();
    } finally {
      this.postCommitCleanup();
      this.working = false;
    }
  };
}

/** UnitOfWork's private members that its commit uses. */
interface Flushing {
  working: boolean;
  flushQueue: (() => Promise<void>)[];
  doCommit(): Promise<void>;
  postCommitCleanup(): void;
  commit(): Promise<void>;
}
