import { raw } from '@mikro-orm/core';
import type { Dialect } from './orm';

/**
 * A case-insensitive substring match on one column, as a parameterized SQL fragment.
 * (LIKE would treat `_` and `%` in a search as wildcards, and SQLite has no default escape.)
 * The fragment is the whole condition (an empty array, no operator): compared with an operator,
 * e.g. `{ $gt: 0 }`, MikroORM writes the term into the SQL text and then fills in the statement's
 * placeholders, so a `?` in the search was taken for one (wrong results, or an error for `??`).
 */
export function containsText(dialect: Dialect, column: string, term: string): Record<string, never[]> {
  const fn = dialect === 'postgresql' ? 'strpos' : 'instr';
  return { [raw((alias: string) => `${fn}(lower(${alias}.${column}), ?) > 0`, [term.toLowerCase()])]: [] };
}
