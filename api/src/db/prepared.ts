import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager, Knex } from '@mikro-orm/knex';
import type { Database, Statement } from 'better-sqlite3';
import { dateFrom, isPostgres } from './raw-sql';

/**
 * Bound, prepared statements for the hot reads every page makes (the viewer, the first page of a
 * list): plain rows, no entities. MikroORM writes every value into the SQL text it sends, so the
 * database parses and plans each query anew (about 0.6 ms for one row on SQLite, against a few µs
 * for a statement prepared once); here the text never changes and the values are always bound.
 *
 * - SQLite: the better-sqlite3 handle of MikroORM's connection; each SQL text is prepared once per
 *   handle and reused.
 * - PostgreSQL: a named statement per SQL text (the pg client prepares it once per connection), or
 *   with `planPerCall` the unnamed statement, planned with each call's values.
 * Either runs on a connection of MikroORM's pool, or in `em`'s transaction when it is in one, so it
 * sees what an ORM query there would (and waits for the connection as one would).
 *
 * Write `?` placeholders (never inside a string literal: on PostgreSQL they become `$1`, `$2`…).
 * Values: strings, numbers, bigints, null, booleans and Dates (stored as the ORM stores them).
 * What comes back is the driver's row: read columns with `dateOf`, `boolOf`, `intOf`, which give
 * the same values on both dialects. The tenant filter does not apply: a caller repeats its scope
 * in SQL (and a test compares it with the ORM's scoped query).
 */
export async function preparedAll<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
  options: PreparedOptions = {},
): Promise<T[]> {
  return (await preparedRun<T>(em, sql, params, options)).rows;
}

export interface PreparedOptions {
  /**
   * PostgreSQL: plan the statement with each call's values (sent as the unnamed statement: parsed
   * and planned every time, the values still bound), for a statement whose best plan depends on its
   * values. A named statement switches to a generic plan after five calls, planned for any value:
   * for a search it guesses the pattern's selectivity, and for `user12` (111 of 10,000 accounts) it
   * walked the primary key backwards through most of the table to fill a page of 25 (10 ms a query
   * instead of 0.5). SQLite plans without looking at values: its statement is prepared once anyway.
   */
  planPerCall?: boolean;
}

/** What a statement answered: its rows (a select, or `returning`) and how many rows it read or changed. */
export interface PreparedResult<T> {
  rows: T[];
  changes: number;
}

/**
 * Any statement, reads and writes alike (the task engine's claim, lease and outcome run thousands
 * of times a minute): its rows and how many rows it changed (a select: how many it read).
 */
export async function preparedRun<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
  options: PreparedOptions = {},
): Promise<PreparedResult<T>> {
  const trx = em.getTransactionContext<Knex.Transaction>();
  const client = (trx ?? (em as SqlEntityManager).getKnex()).client as KnexClient;
  const conn = await client.acquireConnection();
  try {
    if (isPostgres(em)) {
      const { name, text } = pgStatement(sql);
      const values = params.map(pgValue);
      const res = await (conn as PgClient).query(options.planPerCall ? { text, values } : { name, text, values });
      return { rows: res.rows as T[], changes: res.rowCount ?? res.rows.length };
    }
    const stmt = statementOf(conn as Database, sql);
    const values = params.map(sqliteValue);
    if (stmt.reader) {
      const rows = stmt.all(...values) as T[];
      return { rows, changes: rows.length };
    }
    return { rows: [], changes: stmt.run(...values).changes };
  } finally {
    await client.releaseConnection(conn);
  }
}

/** The first row of `sql`, or undefined. */
export async function preparedGet<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
  options: PreparedOptions = {},
): Promise<T | undefined> {
  return (await preparedAll<T>(em, sql, params, options))[0];
}

/** A date column: SQLite keeps epoch milliseconds, PostgreSQL answers a timestamptz string. */
export const dateOf = dateFrom;

/** A boolean column: SQLite answers 0 or 1. */
export function boolOf(v: unknown): boolean {
  return v === true || v === 1 || v === 1n;
}

/** An integer column, or a count: PostgreSQL answers bigints (count(*)) as strings. */
export function intOf(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}

/** An integer column that may be null. */
export function intOrNull(v: unknown): number | null {
  return v == null ? null : intOf(v);
}

interface KnexClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(conn: unknown): Promise<unknown>;
}

interface PgClient {
  query(q: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/** Statements per better-sqlite3 handle: a handle the pool replaces takes its statements with it. */
const statements = new WeakMap<Database, Map<string, Statement>>();

function statementOf(db: Database, sql: string): Statement {
  let map = statements.get(db);
  if (!map) statements.set(db, (map = new Map()));
  let stmt = map.get(sql);
  if (!stmt) map.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}

/** better-sqlite3 binds no booleans or Dates: stored as the ORM stores them (0/1, epoch milliseconds). */
function sqliteValue(v: unknown): unknown {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return v.getTime();
  return v;
}

function pgValue(v: unknown): unknown {
  return v === undefined ? null : v;
}

/** PostgreSQL's text and statement name for `sql`, made once per text. */
const pgStatements = new Map<string, { name: string; text: string }>();

function pgStatement(sql: string): { name: string; text: string } {
  let s = pgStatements.get(sql);
  if (!s) {
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${++n}`);
    // The name is the text's digest: the same text on any connection is the same statement.
    s = { name: `helio_${crypto.createHash('sha1').update(text).digest('hex').slice(0, 24)}`, text };
    pgStatements.set(sql, s);
  }
  return s;
}
