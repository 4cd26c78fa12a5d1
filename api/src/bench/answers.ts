import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import { ftsPhrase, isIndexable, likeContains } from '../db/search-index';

/**
 * The bench's hand-written answers to the two queries it loads (the viewer's accounts page and the
 * admin's account search), straight from prepared SQL: better-sqlite3 statements prepared once on
 * SQLite, named statements on PostgreSQL. The bare HTTP endpoint (plain.ts) and the reference
 * GraphQL server (reference.ts) both answer from here, so they differ from the panel only in what
 * stands between SQL and the wire. Same session check, same rows, same search as the panel.
 */
export interface ViewerRow {
  id: number;
  login: string;
  email: string;
  role: string;
  skin: string | null;
  textOnly: boolean;
  language: string | null;
  resellerId: number;
  activeAccountId: number | null;
}

export interface AccountRow {
  id: string;
  name: string;
  status: string;
}

export interface ViewerAnswer {
  user: { id: string; login: string; email: string };
  role: string;
  activeAccount: AccountRow | null;
  accounts: AccountRow[];
  preferences: { skin: string; textOnly: boolean; language: string };
}

export interface SearchAnswer {
  totalCount: number;
  pageInfo: { hasNextPage: boolean };
  nodes: (AccountRow & { owner: { login: string } })[];
}

export interface Answers {
  /** The signed-in user named by the request's session cookie, or undefined. */
  viewerOf(cookie: string | undefined): Promise<ViewerRow | undefined>;
  viewer(v: ViewerRow): Promise<ViewerAnswer>;
  /** The company's accounts whose name, owner login or e-mail contains `term`, newest first. */
  search(v: ViewerRow, term: string, first: number): Promise<SearchAnswer>;
  close(): Promise<void>;
}

const tokenOf = (cookie: string | undefined): string | undefined =>
  /helio_session=([A-Za-z0-9_-]{43})/.exec(cookie ?? '')?.[1];
const digest = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

const SESSION_SQL = `select u.id, u.login, u.email, u.role, u.skin, u.text_only, u.language, u.reseller_id, s.active_account_id
  from session s join app_user u on u.id = s.user_id where s.id = ? and s.expires_at > ?`;
const RESELLER_SQL = 'select default_skin, default_language from reseller where id = ?';
const OWNED_SQL = 'select id, name, status from account where owner_id = ? and reseller_id = ? order by id asc';

interface RawViewer {
  id: number;
  login: string;
  email: string;
  role: string;
  skin: string | null;
  text_only: number | boolean;
  language: string | null;
  reseller_id: number;
  active_account_id: number | null;
}

const toViewer = (r: RawViewer): ViewerRow => ({
  id: Number(r.id),
  login: r.login,
  email: r.email,
  role: r.role,
  skin: r.skin,
  textOnly: r.text_only === true || r.text_only === 1,
  language: r.language,
  resellerId: Number(r.reseller_id),
  activeAccountId: r.active_account_id === null ? null : Number(r.active_account_id),
});

function viewerAnswer(
  v: ViewerRow,
  reseller: { default_skin: string; default_language: string },
  owned: { id: number | string; name: string; status: string }[],
): ViewerAnswer {
  const accounts = owned.map((a) => ({ id: String(a.id), name: a.name, status: a.status }));
  return {
    user: { id: String(v.id), login: v.login, email: v.email },
    role: v.role,
    activeAccount: accounts.find((a) => a.id === String(v.activeAccountId)) ?? null,
    accounts,
    preferences: {
      skin: v.skin ?? reseller.default_skin,
      textOnly: v.textOnly,
      language: v.language ?? reseller.default_language,
    },
  };
}

function searchAnswer(
  total: number,
  rows: { id: number | string; name: string; status: string; login: string }[],
  first: number,
): SearchAnswer {
  return {
    totalCount: total,
    pageInfo: { hasNextPage: rows.length > first },
    nodes: rows
      .slice(0, first)
      .map((a) => ({ id: String(a.id), name: a.name, status: a.status, owner: { login: a.login } })),
  };
}

/** SQLite: one read-only connection, every statement prepared once. */
export function sqliteAnswers(file: string): Answers {
  const db = new Database(file, { readonly: true });
  const session = db.prepare(SESSION_SQL);
  const reseller = db.prepare(RESELLER_SQL);
  const owned = db.prepare(OWNED_SQL);
  // The panel's search (db/search-index.ts): the FTS5 trigram index for three or more characters,
  // the substring scan for shorter terms.
  const scanned = `instr(lower(a.name), @q) > 0 or instr(lower(o.login), @q) > 0 or instr(lower(o.email), @q) > 0`;
  const indexed = 'a.id in (select rowid from account_search where account_search match @q)';
  const statements = (match: string) => ({
    count: db.prepare(
      `select count(*) as n from account a join app_user o on o.id = a.owner_id where a.reseller_id = @r and (${match})`,
    ),
    page: db.prepare(
      `select a.id, a.name, a.status, o.login from account a join app_user o on o.id = a.owner_id
        where a.reseller_id = @r and (${match}) order by a.id desc limit @limit`,
    ),
  });
  const byIndex = statements(indexed);
  const byScan = statements(scanned);
  return {
    viewerOf: async (cookie) => {
      const token = tokenOf(cookie);
      const row = token ? (session.get(digest(token), Date.now()) as RawViewer | undefined) : undefined;
      return row && toViewer(row);
    },
    viewer: async (v) =>
      viewerAnswer(
        v,
        reseller.get(v.resellerId) as { default_skin: string; default_language: string },
        owned.all(v.id, v.resellerId) as { id: number; name: string; status: string }[],
      ),
    search: async (v, term, first) => {
      const [stmt, q] = isIndexable(term) ? [byIndex, ftsPhrase(term)] : [byScan, term.toLowerCase()];
      const total = (stmt.count.get({ r: v.resellerId, q }) as { n: number }).n;
      const rows = stmt.page.all({ r: v.resellerId, q, limit: first + 1 }) as {
        id: number;
        name: string;
        status: string;
        login: string;
      }[];
      return searchAnswer(total, rows, first);
    },
    close: async () => void db.close(),
  };
}

/**
 * PostgreSQL: a pool of `connections` clients and named statements (parsed and planned once per
 * connection). The search is the panel's: trigram-indexed LIKE on the name, the owner's ids found
 * first (array(...)) from the login and e-mail indexes; its statements are sent unnamed, so they are
 * planned with each term (a named statement's generic plan guesses the pattern's selectivity and
 * walks the primary key backwards), and the indexed count reads no owner (it does not search in it).
 */
export function postgresAnswers(url: string, connections = 10): Answers {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  // Counts as numbers, timestamps as the panel stores them (without time zone).
  pg.types.setTypeParser(pg.types.builtins.INT8, Number);
  const one = async <T>(name: string, text: string, values: unknown[]): Promise<T | undefined> =>
    (await pool.query({ name, text, values })).rows[0] as T | undefined;
  const all = async <T>(name: string, text: string, values: unknown[]): Promise<T[]> =>
    (await pool.query({ name, text, values })).rows as T[];
  const planned = async <T>(text: string, values: unknown[]): Promise<T[]> =>
    (await pool.query({ text, values })).rows as T[];
  const numbered = (sql: string) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  };
  const like = (expr: string, n: number) => `lower(${expr}) like $${n} escape '\\'`;
  const matchIndexed = `(${like('a.name', 2)} or a.owner_id = any(array(select u.id from app_user u where ${like('u.login', 2)} or ${like('u.email', 2)})))`;
  const matchScanned = `(${like('a.name', 2)} or ${like('o.login', 2)} or ${like('o.email', 2)})`;
  const joined = 'from account a join app_user o on o.id = a.owner_id';
  const searchSql = (match: string, counted: string) => ({
    count: `select count(*) as n ${counted} where a.reseller_id = $1 and ${match}`,
    page: `select a.id, a.name, a.status, o.login ${joined}
            where a.reseller_id = $1 and ${match} order by a.id desc limit $3`,
  });
  const indexed = searchSql(matchIndexed, 'from account a');
  const scanned = searchSql(matchScanned, joined);
  return {
    viewerOf: async (cookie) => {
      const token = tokenOf(cookie);
      if (!token) return undefined;
      const row = await one<RawViewer>('bench_session', numbered(SESSION_SQL), [digest(token), new Date()]);
      return row && toViewer(row);
    },
    viewer: async (v) => {
      const [reseller, owned] = await Promise.all([
        one<{ default_skin: string; default_language: string }>('bench_reseller', numbered(RESELLER_SQL), [
          v.resellerId,
        ]),
        all<{ id: number; name: string; status: string }>('bench_owned', numbered(OWNED_SQL), [v.id, v.resellerId]),
      ]);
      return viewerAnswer(v, reseller!, owned);
    },
    search: async (v, term, first) => {
      const sql = isIndexable(term) ? indexed : scanned;
      const pattern = likeContains(term);
      const [count, rows] = await Promise.all([
        planned<{ n: number }>(sql.count, [v.resellerId, pattern]),
        planned<{ id: number; name: string; status: string; login: string }>(sql.page, [
          v.resellerId,
          pattern,
          first + 1,
        ]),
      ]);
      return searchAnswer(Number(count[0]!.n), rows, first);
    },
    close: () => pool.end(),
  };
}
