import crypto from 'node:crypto';
import http from 'node:http';
import Database from 'better-sqlite3';
import { ftsPhrase, isIndexable } from '../db/search-index';

/**
 * The baseline for `npm run bench`: the same two answers as the GraphQL queries, built straight
 * from SQL with better-sqlite3 and a bare Node HTTP server (same session check, same rows, same JSON).
 */
export function startPlainServer(file: string, port: number): Promise<http.Server> {
  const db = new Database(file, { readonly: true });
  const session = db.prepare(
    `select u.id, u.login, u.email, u.role, u.skin, u.text_only, u.language, u.reseller_id, s.active_account_id
       from session s join app_user u on u.id = s.user_id
      where s.id = ? and s.expires_at > ?`,
  );
  const reseller = db.prepare('select default_skin, default_language from reseller where id = ?');
  const owned = db.prepare(
    'select id, name, status from account where owner_id = ? and reseller_id = ? order by id asc',
  );
  // The same search as the GraphQL path (db/search-index.ts): the FTS5 trigram index for three or
  // more characters, the substring scan for shorter terms.
  const scanned = `instr(lower(a.name), @q) > 0 or instr(lower(o.login), @q) > 0 or instr(lower(o.email), @q) > 0`;
  const indexed = 'a.id in (select rowid from account_search where account_search match @q)';
  const search = (match: string) => ({
    count: db.prepare(
      `select count(*) as n from account a join app_user o on o.id = a.owner_id where a.reseller_id = @r and (${match})`,
    ),
    page: db.prepare(
      `select a.id, a.name, a.status, o.login from account a join app_user o on o.id = a.owner_id
        where a.reseller_id = @r and (${match}) order by a.id desc limit @limit`,
    ),
  });
  const byIndex = search(indexed);
  const byScan = search(scanned);
  type Row = {
    id: number;
    login: string;
    email: string;
    role: string;
    skin: string | null;
    text_only: number;
    language: string | null;
    reseller_id: number;
    active_account_id: number | null;
  };

  const viewerOf = (req: http.IncomingMessage): Row | undefined => {
    const m = /helio_session=([A-Za-z0-9_-]{43})/.exec(req.headers.cookie ?? '');
    if (!m) return undefined;
    return session.get(crypto.createHash('sha256').update(m[1]!).digest('hex'), Date.now()) as Row | undefined;
  };

  const server = http.createServer((req, res) => {
    const v = viewerOf(req);
    if (!v) {
      res.writeHead(401).end();
      return;
    }
    let body: unknown;
    if (req.url === '/viewer') {
      const r = reseller.get(v.reseller_id) as { default_skin: string; default_language: string };
      const accounts = (owned.all(v.id, v.reseller_id) as { id: number; name: string; status: string }[]).map((a) => ({
        id: String(a.id),
        name: a.name,
        status: a.status,
      }));
      body = {
        data: {
          viewer: {
            user: { id: String(v.id), login: v.login, email: v.email },
            role: v.role,
            activeAccount: accounts.find((a) => a.id === String(v.active_account_id)) ?? null,
            accounts,
            preferences: {
              skin: v.skin ?? r.default_skin,
              textOnly: v.text_only === 1,
              language: v.language ?? r.default_language,
            },
          },
        },
      };
    } else if (req.url?.startsWith('/accounts?q=')) {
      const term = decodeURIComponent(req.url.slice('/accounts?q='.length));
      const [stmt, q] = isIndexable(term) ? [byIndex, ftsPhrase(term)] : [byScan, term.toLowerCase()];
      const total = (stmt.count.get({ r: v.reseller_id, q }) as { n: number }).n;
      const rows = stmt.page.all({ r: v.reseller_id, q, limit: 26 }) as {
        id: number;
        name: string;
        status: string;
        login: string;
      }[];
      const nodes = rows
        .slice(0, 25)
        .map((a) => ({ id: String(a.id), name: a.name, status: a.status, owner: { login: a.login } }));
      body = { data: { accounts: { totalCount: total, pageInfo: { hasNextPage: rows.length > 25 }, nodes } } };
    } else {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
