import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager, Knex } from '@mikro-orm/knex';

/**
 * Small raw-SQL helpers (the cluster's counting queries, the task claim). They run on `em`'s connection and,
 * when `em` is inside a transaction, in that transaction (so a placement counts what it locked).
 * They bypass the ORM's tenant filter on purpose: load figures count every tenant's rows.
 */

/** Of the two dialects we run on, only PostgreSQL has native enums (and row locks, and SKIP LOCKED). */
export function isPostgres(em: EntityManager): boolean {
  return em.getPlatform().supportsNativeEnums();
}

export function rows<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  return em.getConnection().execute<T[]>(sql, params, 'all', em.getTransactionContext());
}

/**
 * A bulk write whose values the driver binds (knex with bindings, in `em`'s transaction), for
 * statements with thousands of values: the ORM's `execute` writes every value into the SQL text
 * (escaped) and the database parses it all again, which costs more than the write itself. Values
 * must be what the driver takes as they are: strings, numbers, bigints, null (and sqlDate's).
 */
export async function bulkWrite(em: EntityManager, sql: string, params: readonly Knex.RawBinding[]): Promise<void> {
  const query = (em as SqlEntityManager).getKnex().raw(sql, params);
  const trx = em.getTransactionContext<Knex.Transaction>();
  await (trx ? query.transacting(trx) : query);
}

/** `?, ?, ?` for an IN list. */
export const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** A date as the dialect stores it in raw statements (SQLite: epoch milliseconds, as the ORM writes them). */
export function sqlDate(em: EntityManager, date: Date): unknown {
  return em.getPlatform().processDateProperty(date);
}

/** A date column read by a raw statement: SQLite gives epoch milliseconds, PostgreSQL a Date or a timestamp string. */
export function dateFrom(v: unknown): Date | null {
  if (v == null) return null;
  if (v instanceof Date) return v;
  return new Date(typeof v === 'string' && !/^\d+$/.test(v) ? v : Number(v));
}
