import { raw } from '@mikro-orm/core';
import type { Dialect } from './orm';

/**
 * A case-insensitive substring match on one column, as a parameterized SQL fragment.
 * (LIKE would treat `_` and `%` in a search as wildcards, and SQLite has no default escape.)
 */
export function containsText(dialect: Dialect, column: string, term: string): Record<string, { $gt: number }> {
  const fn = dialect === 'postgresql' ? 'strpos' : 'instr';
  const key = raw((alias: string) => `${fn}(lower(${alias}.${column}), ?)`, [term.toLowerCase()]);
  return { [key]: { $gt: 0 } };
}
