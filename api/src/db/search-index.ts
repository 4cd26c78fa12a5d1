import { raw, type FilterQuery } from '@mikro-orm/core';
import type { Dialect } from './orm';
import { containsText } from './search';

/**
 * Indexed substring search for the two lists that grow with a hosting business: accounts and users.
 * The indexes are trigram indexes (migration 20261123150000):
 * - SQLite: FTS5 tables `account_search` (account name, owner login, owner e-mail; one row per
 *   account) and `app_user_search` (login, e-mail), kept in sync by triggers.
 * - PostgreSQL: pg_trgm GIN indexes on lower(account.name), lower(app_user.login), lower(app_user.email).
 * Both answer "contains this text, ignoring case" for terms of at least three characters; shorter
 * terms have no trigram to look up and are scanned as before (db/search.ts). The term is always a
 * parameter of the fragment, never part of its SQL text; the ORM's tenant filter still applies to
 * the outer query.
 */

/** Trigrams need three characters (code points, as SQLite counts them). */
export const MIN_INDEXED_LENGTH = 3;

/** Whether the trigram index can answer `term`; otherwise the caller scans. */
export function isIndexable(term: string): boolean {
  return [...term].length >= MIN_INDEXED_LENGTH;
}

/**
 * No stored name, login or e-mail holds a NUL (validation refuses control characters; PostgreSQL
 * text cannot), so a term with one matches nothing. The API refuses such a term at its edge
 * (graphql/control-characters.ts); this guard is for callers inside, as asked anyway both databases
 * fail: MikroORM writes parameter values into the statement it sends, and neither accepts a NUL there.
 */
const hasNul = (term: string) => term.includes('\u0000');
const nothing = () => ({ id: { $in: [] } });

/** An FTS5 query that matches `term` literally: one quoted phrase, with inner quotes doubled. */
export function ftsPhrase(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** A LIKE pattern for "contains `term`", lower-cased, with `\`, `%` and `_` escaped (use `escape '\'`). */
export function likeContains(term: string): string {
  return `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** What the user search reads (app_user: login, e-mail); the identity area's User entity is one. */
interface SearchedUser {
  id: number;
  login: string;
  email: string;
}

/** What the account search reads (account: name, owner); the accounts area's Account entity is one. */
interface SearchedAccount {
  id: number;
  name: string;
  owner: SearchedUser;
}

/*
 * The conditions are built against these shapes and returned typed for the caller's entity (the
 * accounts and identity areas' entities, which the core does not import): MikroORM cannot check a
 * literal against an open type parameter, so each public function converts its result once.
 */

const LIKE = (expr: string) => `lower(${expr}) like ? escape '\\'`;

/**
 * PostgreSQL: ids of users whose login or e-mail contains the pattern. Wrapped in array(...) the
 * subquery runs once, from the trigram indexes, before the outer query; as a plain condition the
 * planner may instead walk the primary key backwards to fill a page, reading most of the table.
 */
const PG_MATCHING_USER_IDS = `array(select u.id from app_user u where ${LIKE('u.login')} or ${LIKE('u.email')})`;

/**
 * Accounts whose name, owner login or owner e-mail contains `term` (case-insensitive), or whose ID
 * is `id`. A new raw fragment per call: MikroORM fragments serve one query each.
 */
export function accountSearch<A extends SearchedAccount>(
  dialect: Dialect,
  term: string,
  id: number | null,
): FilterQuery<A> {
  return accountCondition(dialect, term, id) as FilterQuery<A>;
}

function accountCondition(dialect: Dialect, term: string, id: number | null): FilterQuery<SearchedAccount> {
  if (hasNul(term)) return nothing();
  if (!isIndexable(term)) {
    const or: FilterQuery<SearchedAccount>[] = [
      containsText(dialect, 'name', term),
      { owner: containsText(dialect, 'login', term) },
      { owner: containsText(dialect, 'email', term) },
    ];
    if (id !== null) or.push({ id });
    return { $or: or };
  }
  if (dialect === 'sqlite') {
    // The ID goes into the same id list, so SQLite looks rows up by rowid instead of testing each one.
    const ids = `select rowid from account_search where account_search match ?${id !== null ? ' union all select ?' : ''}`;
    const params: unknown[] = id !== null ? [ftsPhrase(term), id] : [ftsPhrase(term)];
    return { [raw((a: string) => `${a}.id in (${ids})`, params)]: [] };
  }
  // Each branch has its own index (name trigrams, owner_id, primary key): PostgreSQL ORs the bitmaps.
  const pattern = likeContains(term);
  const sql = (a: string) =>
    `(${LIKE(`${a}.name`)} or ${a}.owner_id = any(${PG_MATCHING_USER_IDS})${id !== null ? ` or ${a}.id = ?` : ''})`;
  const params: unknown[] = id !== null ? [pattern, pattern, pattern, id] : [pattern, pattern, pattern];
  return { [raw(sql, params)]: [] };
}

/**
 * The account search as a condition of a prepared statement (db/prepared.ts) over `account a`, and
 * when `readsOwner`, its owner `app_user o` joined: the same rows as accountSearch, the term bound,
 * never in the text. The SQL text depends only on the dialect, whether the term is indexable and whether an ID
 * is searched, so each variant is prepared once.
 */
export function accountSearchSql(
  dialect: Dialect,
  term: string,
  id: number | null,
): { sql: string; params: unknown[]; readsOwner: boolean } {
  if (hasNul(term)) return { sql: '1 = 0', params: [], readsOwner: false };
  const withId = id !== null ? [id] : [];
  if (!isIndexable(term)) {
    const fn = dialect === 'postgresql' ? 'strpos' : 'instr';
    const has = (col: string) => `${fn}(lower(${col}), ?) > 0`;
    const q = term.toLowerCase();
    return {
      sql: `(${has('a.name')} or ${has('o.login')} or ${has('o.email')}${id !== null ? ` or a.id = ${dialect === 'postgresql' ? '?::bigint' : '?'}` : ''})`,
      params: [q, q, q, ...withId],
      readsOwner: true,
    };
  }
  if (dialect === 'sqlite') {
    const ids = `select rowid from account_search where account_search match ?${id !== null ? ' union all select ?' : ''}`;
    return { sql: `a.id in (${ids})`, params: [ftsPhrase(term), ...withId], readsOwner: false };
  }
  const pattern = likeContains(term);
  return {
    // A searched ID up to 15 digits, bound, must not be taken for an int4 (out of range: an error).
    sql: `(${LIKE('a.name')} or a.owner_id = any(${PG_MATCHING_USER_IDS})${id !== null ? ' or a.id = ?::bigint' : ''})`,
    params: [pattern, pattern, pattern, ...withId],
    readsOwner: false,
  };
}

/** Users whose login or e-mail contains `term` (case-insensitive). */
export function userSearch<U extends SearchedUser>(dialect: Dialect, term: string): FilterQuery<U> {
  return userCondition(dialect, term) as FilterQuery<U>;
}

function userCondition(dialect: Dialect, term: string): FilterQuery<SearchedUser> {
  if (hasNul(term)) return nothing();
  if (!isIndexable(term)) return { $or: [containsText(dialect, 'login', term), containsText(dialect, 'email', term)] };
  if (dialect === 'sqlite') {
    return {
      [raw(
        (a: string) => `${a}.id in (select rowid from app_user_search where app_user_search match ?)`,
        [ftsPhrase(term)],
      )]: [],
    };
  }
  const pattern = likeContains(term);
  return { [raw((a: string) => `${a}.id = any(${PG_MATCHING_USER_IDS})`, [pattern, pattern])]: [] };
}
