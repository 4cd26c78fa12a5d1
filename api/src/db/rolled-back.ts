import type { EntityManager } from '@mikro-orm/core';

class RolledBack<T> extends Error {
  constructor(readonly value: T) {
    super('rolled back');
  }
}

/** Runs `work` in a transaction that is always rolled back, and answers what it returned. */
export async function rolledBack<T>(em: EntityManager, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    await em.transactional(async (tx) => {
      throw new RolledBack(await work(tx));
    });
  } catch (err) {
    if (err instanceof RolledBack) return err.value as T;
    throw err;
  }
  throw new Error('unreachable: the transaction always throws');
}
