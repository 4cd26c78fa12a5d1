import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './app';
import { loadConfig } from './config';
import { EventBus } from './events';
import { createTestDatabase, databaseStatus, testDialect, type TestDatabase } from './test/db';

declare module './events' {
  interface HelioEvents {
    'test.probe': { label: string };
  }
}

/** The event bus on a real database: in-transaction handlers share the emitter's fate; after-commit ones see only commits. */
describe(`event bus (${testDialect()})`, async () => {
  const status = await databaseStatus();
  if (!status.ok) throw new Error(status.reason);
  let db: TestDatabase;
  let orm: MikroORM;
  const labels = async () =>
    (
      (await orm.em.fork().getConnection().execute('select label from event_probe order by label')) as {
        label: string;
      }[]
    ).map((r) => r.label);
  const insert = (em: EntityManager, label: string) =>
    em
      .getConnection()
      .execute('insert into event_probe (label) values (?)', [label], 'run', em.getTransactionContext());

  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await openDatabase(loadConfig({ ...db.env, LOG_LEVEL: 'silent' }));
    await orm.em.getConnection().execute('create table event_probe (label varchar(50) not null)');
  });
  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  function busWith(seen: string[], errors: unknown[] = []) {
    const bus = new EventBus();
    bus.reportErrorsTo((err) => errors.push(err));
    bus.onInTransaction('test.probe', async (e, tx) => {
      await insert(tx.em, `in-tx ${e.label}`);
    });
    bus.onAfterCommit('test.probe', (e) => {
      seen.push(`after ${e.label}`);
    });
    return bus;
  }

  it('in-transaction handlers write with the emitter; after-commit handlers run once it committed', async () => {
    const seen: string[] = [];
    const bus = busWith(seen);
    await orm.em.fork().transactional(async (em) => {
      await insert(em, 'emitter a');
      await bus.emit({ em }, 'test.probe', { label: 'a' });
      expect(seen).toEqual([]); // not before the commit
    });
    expect(seen).toEqual(['after a']);
    expect(await labels()).toEqual(['emitter a', 'in-tx a']);
  });

  it('when the emitter rolls back, the handlers’ rows go with it and after-commit handlers never run', async () => {
    const seen: string[] = [];
    const bus = busWith(seen);
    await expect(
      orm.em.fork().transactional(async (em) => {
        await bus.emit({ em }, 'test.probe', { label: 'b' });
        throw new Error('the emitter fails');
      }),
    ).rejects.toThrow('the emitter fails');
    expect(seen).toEqual([]);
    expect(await labels()).not.toContain('in-tx b');
  });

  it('emitted inside a nested transaction, after-commit handlers wait for the outermost commit', async () => {
    const seen: string[] = [];
    const bus = busWith(seen);
    await orm.em.fork().transactional(async (outer) => {
      await outer.transactional(async (inner) => {
        await bus.emit({ em: inner }, 'test.probe', { label: 'c' });
      });
      expect(seen).toEqual([]); // the savepoint is released, the transaction is still open
    });
    expect(seen).toEqual(['after c']);
  });

  it('an in-transaction handler that fails fails the emitter; an after-commit one that fails is reported, not thrown', async () => {
    const errors: unknown[] = [];
    const bus = new EventBus();
    bus.reportErrorsTo((err) => errors.push(err));
    bus.onAfterCommit('test.probe', () => {
      throw new Error('after-commit failed');
    });
    await orm.em.fork().transactional(async (em) => bus.emit({ em }, 'test.probe', { label: 'd' }));
    expect(errors.map((e) => (e as Error).message)).toEqual(['after-commit failed']);

    bus.onInTransaction('test.probe', () => {
      throw new Error('in-transaction failed');
    });
    await expect(
      orm.em.fork().transactional(async (em) => bus.emit({ em }, 'test.probe', { label: 'e' })),
    ).rejects.toThrow('in-transaction failed');
  });

  it('after-commit handlers need a transaction to wait for', async () => {
    const bus = busWith([]);
    await expect(bus.emit({ em: orm.em.fork() }, 'test.probe', { label: 'f' })).rejects.toThrow(
      /outside a transaction/,
    );
  });
});
