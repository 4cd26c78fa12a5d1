import crypto from 'node:crypto';
import http from 'node:http';
import Database from 'better-sqlite3';
import { Language } from '../graphql/presentation';
import { articleSearchSql, SEARCH_MAX_TERMS, searchTerms } from '../modules/knowledge';

/**
 * The knowledge-base bench's baseline: the same search statement the API runs (articleSearchSql,
 * same words cut from the query), straight through better-sqlite3 behind a bare Node HTTP server,
 * with the same session check and the same JSON (id, title, slug of each hit).
 */
export function startPlainKbServer(file: string, port: number): Promise<http.Server> {
  const db = new Database(file, { readonly: true });
  const session = db.prepare(
    'select u.reseller_id from session s join app_user u on u.id = s.user_id where s.id = ? and s.expires_at > ?',
  );
  const master = (db.prepare('select id from reseller where is_root = 1').get() as { id: number }).id;
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };

  const server = http.createServer((req, res) => {
    const m = /helio_session=([A-Za-z0-9_-]{43})/.exec(req.headers.cookie ?? '');
    const viewer = m
      ? (session.get(crypto.createHash('sha256').update(m[1]!).digest('hex'), Date.now()) as
          { reseller_id: number } | undefined)
      : undefined;
    if (!viewer || !req.url?.startsWith('/kb?q=')) {
      res.writeHead(viewer ? 404 : 401).end();
      return;
    }
    const query = decodeURIComponent(req.url.slice('/kb?q='.length));
    const terms = searchTerms(query, SEARCH_MAX_TERMS);
    let hits: { id: number; title: string; slug: string }[] = [];
    if (terms.length) {
      const scope = { companyId: viewer.reseller_id, masterId: viewer.reseller_id === master ? null : master };
      const { sql, params } = articleSearchSql('sqlite', scope, { terms, language: Language.EN, limit: 10 });
      hits = prepared(sql).all(...params) as typeof hits;
    }
    const body = { data: { kbSearch: hits.map((h) => ({ id: String(h.id), title: h.title, slug: h.slug })) } };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
