import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager, Knex } from '@mikro-orm/knex';
import { isPostgres } from './raw-sql';

/**
 * Hot statements with their values bound, for paths that run them thousands of times (the task
 * claim and outcome, a payment's phases). MikroORM writes every value into the SQL text, so no
 * text repeats and SQLite parses and plans each statement anew (about 10 times what running it
 * costs). Here the text is fixed and the values travel as parameters: on SQLite the statement is
 * prepared once per connection and reused; on PostgreSQL knex sends the values bound.
 *
 * Like raw-sql.ts, they run on `em`'s connection and, inside its transaction, in that transaction;
 * they bypass the tenant filter (callers are engine work, or name the rows by id after a check).
 */

/** A better-sqlite3 connection as knex hands it out (only what we use). */
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}
interface SqliteStatement {
  readonly reader: boolean;
  all(params: unknown[]): Record<string, unknown>[];
  run(params: unknown[]): { changes: number };
}

/** Prepared statements of each open SQLite connection, by SQL text (a closed connection drops its own). */
const prepared = new WeakMap<SqliteConnection, Map<string, SqliteStatement>>();

/** What a statement answered: its rows (a SELECT, or RETURNING) and how many rows it changed. */
export interface BoundResult<T> {
  rows: T[];
  changes: number;
}

/** SQLite takes numbers, strings, bigints, buffers and null; dates are stored as epoch milliseconds (as the ORM writes them). */
function sqliteValue(v: unknown): unknown {
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}

/** Runs one statement with bound values (`?` placeholders) on `em`'s connection, in its transaction if any. */
export async function bound<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
): Promise<BoundResult<T>> {
  const trx = em.getTransactionContext<Knex.Transaction>();
  if (isPostgres(em)) {
    const query = (em as SqlEntityManager).getKnex().raw(sql, params as Knex.RawBinding[]);
    const res = (await (trx ? query.transacting(trx) : query)) as { rows: T[]; rowCount: number | null };
    return { rows: res.rows, changes: res.rowCount ?? 0 };
  }
  // The transaction's own connection when there is one, else one from the pool: a statement never
  // slips into a transaction that another EntityManager holds open on the same connection.
  const client = (trx ?? (em as SqlEntityManager).getKnex()).client as {
    acquireConnection(): Promise<SqliteConnection>;
    releaseConnection(conn: SqliteConnection): Promise<unknown>;
  };
  const conn = await client.acquireConnection();
  try {
    let cache = prepared.get(conn);
    if (!cache) prepared.set(conn, (cache = new Map()));
    let statement = cache.get(sql);
    if (!statement) cache.set(sql, (statement = conn.prepare(sql)));
    const values = params.map(sqliteValue);
    if (statement.reader) {
      const rows = statement.all(values) as T[];
      return { rows, changes: rows.length };
    }
    return { rows: [], changes: statement.run(values).changes };
  } finally {
    await client.releaseConnection(conn);
  }
}

/** The rows of a bound statement. */
export async function boundRows<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
): Promise<T[]> {
  return (await bound<T>(em, sql, params)).rows;
}
