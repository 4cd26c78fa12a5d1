import 'reflect-metadata';
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { openDatabase } from '../app';
import { loadConfig } from '../config';
import { login } from './login';
import { BENCH_HOST, seedBenchReseller } from './seed';

/*
 * `npm run bench -- knowledge`: knowledge-base search under load. 10,000 published articles of a
 * reseller (and 100,000 ticket-message-like rows with their own FTS5 table beside them, the size a
 * help desk's database reaches), searched by a customer through GraphQL (`kbSearch`) and through
 * the same SQL run directly (knowledge-plain.ts), in one server process, in the same run.
 */
const ARTICLES = Number(process.env.BENCH_KB_ARTICLES ?? 10_000);
const MESSAGES = Number(process.env.BENCH_KB_MESSAGES ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

const WORDS = (
  'domain dns zone record name server nameserver mail mailbox imap smtp spam filter forward alias password ' +
  'login account invoice payment card refund plan upgrade downgrade disk quota traffic bandwidth database mysql ' +
  'user backup restore website site ftp sftp ssh upload file folder permission certificate ssl https redirect ' +
  'renew expire cron job php version error timeout cache wordpress install migrate transfer registrar whois ' +
  'propagation ttl cname mx txt spf dkim dmarc webmail quota limit reseller panel language skin theme logo support'
).split(' ');
const SEARCHES = [
  'name servers',
  'mail forward',
  'ssl certificate renew',
  'mysql database backup',
  'upload files ftp',
  'php version error',
  'dns propagation ttl',
  'invoice payment card',
  'wordpress install',
  'spam filter',
  'redirect https',
  'disk quota limit',
];

/** A deterministic pseudo-random generator (the same texts every run). */
function random(seed: number): () => number {
  let x = (seed * 2654435761) >>> 0;
  return () => (x = (x * 1103515245 + 12345) >>> 0);
}

// Filler words like a language's long tail: 5,000 made-up words, the first ones far more common.
const FILLER = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}x${(i * 7919) % 97}`);

/**
 * A text of `n` words: a few of the hosting topics (each article is about some of them, as a real
 * knowledge base is) among filler words, so a search term matches a few per cent of the articles.
 */
function words(seed: number, n: number, topical: number): string {
  const next = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const r = next();
    if (i < topical) return WORDS[r % WORDS.length]!;
    const skew = (r % 10_000) / 10_000;
    return FILLER[Math.floor(skew * skew * FILLER.length)]!;
  }).join(' ');
}

/** Articles through the real tables (the FTS5 triggers index them) and the ticket-like rows. */
function seedKnowledge(file: string, resellerId: number): void {
  const db = new Database(file);
  const now = Date.now();
  db.transaction(() => {
    const category = db
      .prepare(
        `insert into kb_category (reseller_id, language, name, slug, position, created_at) values (?, 'EN', 'Help', 'help', 0, ?)`,
      )
      .run(resellerId, now).lastInsertRowid;
    const article = db.prepare(
      `insert into kb_article (reseller_id, category_id, language, title, slug, body, state, shared_with_resellers, published_at, created_at, updated_at)
       values (?, ?, 'EN', ?, ?, ?, 'PUBLISHED', 0, ?, ?, ?)`,
    );
    for (let i = 0; i < ARTICLES; i++)
      article.run(
        resellerId,
        category,
        `How to ${words(i, 5, 3)}`,
        `article-${i}`,
        words(i + 1_000_000, 120, 6),
        now,
        now,
        now,
      );
    db.exec(
      `create table bench_ticket_message (id integer primary key, reseller_id integer not null, body text not null);
       create virtual table bench_ticket_message_search using fts5(body, content = 'bench_ticket_message', content_rowid = 'id', tokenize = 'porter unicode61');`,
    );
    const message = db.prepare('insert into bench_ticket_message (id, reseller_id, body) values (?, ?, ?)');
    for (let i = 1; i <= MESSAGES; i++) message.run(i, resellerId, words(i + 5_000_000, 40, 3));
    db.exec(`insert into bench_ticket_message_search (bench_ticket_message_search) values ('rebuild');`);
  })();
  db.close();
}

export interface KbBenchRow {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

export interface KbBenchResult {
  articles: number;
  messages: number;
  seedSeconds: number;
  rows: KbBenchRow[];
}

/** Each request asks the next of the searches, so the load is not one cached answer. */
function rotating(make: (q: string) => autocannon.Request): autocannon.Request[] {
  return SEARCHES.map((q) => make(q));
}

async function load(name: string, opts: autocannon.Options): Promise<KbBenchRow> {
  await autocannon({ ...opts, duration: 2, connections: CONNECTIONS }); // warm-up
  const r = await autocannon({ ...opts, duration: SECONDS, connections: CONNECTIONS });
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

export async function runKnowledgeBench(): Promise<KbBenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-bench-kb-'));
  const env = { DATA_DIR: dir, LOG_LEVEL: 'silent', NODE_ENV: 'production', LOGIN_MAX_FAILURES_PER_IP: '1000' };
  const t0 = performance.now();
  const config = loadConfig(env);
  const orm = await openDatabase(config);
  await seedBenchReseller(orm, 1);
  const reseller = await orm.em
    .getConnection()
    .execute<{ id: number }[]>(`select id from reseller where cp_host = ?`, [BENCH_HOST]);
  await orm.close();
  if (config.database.dialect !== 'sqlite') throw new Error('the bench runs on SQLite');
  seedKnowledge(config.database.file, reseller[0]!.id);
  const seedSeconds = (performance.now() - t0) / 1000;

  const child = fork(path.join(__dirname, 'knowledge-child.js'), { env: { ...process.env, ...env }, stdio: 'inherit' });
  try {
    const ports = await new Promise<{ gqlPort: number; plainPort: number }>((resolve, reject) => {
      child.once('message', (m) => resolve(m as { gqlPort: number; plainPort: number }));
      child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    });
    const cookie = await login(ports.gqlPort, BENCH_HOST, 'user0');
    const query = 'query KbSearch($q: String!) { kbSearch(query: $q, language: EN, first: 10) { id title slug } }';
    const graphql = await load('`kbSearch` through GraphQL', {
      url: `http://127.0.0.1:${ports.gqlPort}/graphql`,
      requests: rotating((q) => ({
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', cookie, host: BENCH_HOST },
        body: JSON.stringify({ query, variables: { q } }),
      })),
    });
    const plain = await load('the same SQL run directly', {
      url: `http://127.0.0.1:${ports.plainPort}`,
      requests: rotating((q) => ({ method: 'GET', path: `/kb?q=${encodeURIComponent(q)}`, headers: { cookie } })),
    });
    return { articles: ARTICLES, messages: MESSAGES, seedSeconds, rows: [plain, graphql] };
  } finally {
    child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function formatKnowledgeBench(r: KbBenchResult): string {
  const [plain, graphql] = r.rows as [KbBenchRow, KbBenchRow];
  return [
    `Knowledge base: ${r.articles.toLocaleString('en')} published articles, ${r.messages.toLocaleString('en')} ticket-message-like rows beside them (seeded in ${r.seedSeconds.toFixed(1)} s), ${SEARCHES.length} searches in turn, ${CONNECTIONS} connections, ${SECONDS} s each, SQLite`,
    '| path | req/s | p50 ms | p99 ms | errors | p99 ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...[plain, graphql].map(
      (x) =>
        `| ${x.name} | ${x.rps.toFixed(0)} | ${x.p50} | ${x.p99} | ${x.errors} | ${(x.p99 / Math.max(plain.p99, 1)).toFixed(1)}× |`,
    ),
  ].join('\n');
}

if (require.main === module) {
  runKnowledgeBench()
    .then((r) => console.log(`\n${formatKnowledgeBench(r)}`))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
