import type { EntityManager } from '@mikro-orm/core';
import { isPostgres } from '../../db/raw-sql';

/**
 * The few SQL fragments the set-based billing statements write differently on SQLite (dates are
 * epoch milliseconds there) and PostgreSQL (timestamptz). Both clamp a month step to the target
 * month's last day (Jan 31 + 1 month = Feb 28), so an account is billed on the same days on both.
 */
export interface BillingSql {
  /** `date` plus `months` (an integer expression) calendar months. */
  addMonths(date: string, months: string): string;
  /** `date` plus `days` (an integer expression) days. */
  addDays(date: string, days: string): string;
  /** A date as whole epoch milliseconds (an integer expression), the same number on both dialects. */
  epochMs(date: string): string;
  /** A date parameter placeholder (PostgreSQL must be told its type where nothing else tells it). */
  date: string;
  /** A temporary table filled from `select`, gone at the end of the transaction (or dropped by the caller). */
  tempTableAs(name: string, select: string): string;
}

// timestamptz + interval counts months and days in the session's time zone (a day across a DST change
// is 23 or 25 hours, and Jan 31 03:00 UTC is Jan 30 in New York): the arithmetic is done on UTC wall time.
const inUtc = (date: string, interval: string) => `(((${date}) at time zone 'UTC') + ${interval}) at time zone 'UTC'`;

const postgres: BillingSql = {
  addMonths: (date, months) => `(${inUtc(date, `make_interval(months => (${months})::int)`)})`,
  addDays: (date, days) => `(${inUtc(date, `make_interval(days => (${days})::int)`)})`,
  tempTableAs: (name, select) => `create temp table ${name} on commit drop as ${select}`,
  epochMs: (date) => `cast(round(extract(epoch from ${date}) * 1000) as bigint)`,
  date: 'cast(? as timestamptz)',
};

const sqlite: BillingSql = {
  // strftime drops the milliseconds; they are added back so a period boundary keeps the anchor's.
  addMonths: (date, months) =>
    `(cast(strftime('%s', ${date} / 1000, 'unixepoch', '+' || (${months}) || ' months', 'floor') as integer) * 1000 + ${date} % 1000)`,
  addDays: (date, days) => `(${date} + (${days}) * 86400000)`,
  tempTableAs: (name, select) => `create temp table ${name} as ${select}`,
  epochMs: (date) => `cast(${date} as integer)`,
  date: '?',
};

export function billingSql(em: EntityManager): BillingSql {
  return isPostgres(em) ? postgres : sqlite;
}
