import { fork } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { knex } from '@mikro-orm/knex';
import { loadConfig } from '../config';
import { openDatabase } from '../app';
import type { Figure } from './figure';
import { login } from './login';
import { BENCH_HOST, seedBenchReseller } from './seed';

/**
 * The request path's figures: the panel's GraphQL server against the reference server (Apollo with
 * defaults over hand-written prepared SQL, reference.ts) and the bare endpoint (the same SQL with no
 * GraphQL, plain.ts), all three in one child process on one database, loaded in turn in the same run.
 */
const USERS = Number(process.env.BENCH_USERS ?? 10_000);
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PG_SERVER = (process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres').replace(/\/[^/]*$/, '');

export const VIEWER_QUERY = `query AccountsPage { viewer { user { id login email } role activeAccount { id name status }
  accounts { id name status } preferences { skin textOnly language } } }`;
export const SEARCH_QUERY = `query AdminAccounts($q: String) { accounts(first: 25, search: $q) { totalCount pageInfo { hasNextPage }
  nodes { id name status owner { login } } } }`;
const SEARCH_TERM = 'user12';

export interface Load {
  rps: number;
  p50: number;
  p99: number;
  /** Failed, timed-out and non-2xx requests. */
  errors: number;
}

export async function load(opts: autocannon.Options): Promise<Load> {
  await autocannon({ ...opts, duration: 2, connections: CONNECTIONS }); // warm-up
  const r = await autocannon({ ...opts, duration: SECONDS, connections: CONNECTIONS });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

export type Dialect = 'sqlite' | 'postgresql';

interface Ports {
  gqlPort: number;
  plainPort: number;
  referencePort: number;
}

/** A fresh database of the dialect, seeded with the bench's company; `env` points the child at it. */
export async function seededDatabase(
  dialect: Dialect,
): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-bench-'));
  const env: Record<string, string> = {
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
    LOGIN_MAX_FAILURES_PER_IP: '1000',
  };
  const admin = () => knex({ client: 'pg', connection: `${PG_SERVER}/postgres`, pool: { min: 0, max: 1 } });
  const name = `helio_bench_gql_${process.pid}`;
  if (dialect === 'postgresql') {
    const k = admin();
    await k.raw(`drop database if exists "${name}" with (force)`);
    await k.raw(`create database "${name}"`);
    await k.destroy();
    env.DATABASE_URL = `${PG_SERVER}/${name}`;
  }
  const orm = await openDatabase(loadConfig(env));
  await seedBenchReseller(orm, USERS);
  await orm.close();
  return {
    env,
    drop: async () => {
      fs.rmSync(dir, { recursive: true, force: true });
      if (dialect === 'postgresql') {
        const k = admin();
        await k.raw(`drop database if exists "${name}" with (force)`);
        await k.destroy();
      }
    },
  };
}

/** One request's body, with the Host header the panel picks the company by (fetch cannot set it). */
export function fetchBody(url: string, init: { cookie: string; body?: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: init.body ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json', cookie: init.cookie, host: BENCH_HOST },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve(text));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

export interface GraphqlRun {
  dialect: Dialect;
  loads: Record<string, Load>;
  figures: Figure[];
}

const ms = (n: number) => `${n} ms`;

/**
 * Loads the panel, the reference and the bare endpoint on one dialect. On SQLite: the signed-in
 * `{ __typename }`, the viewer's page and the admin search; on PostgreSQL the admin search (the
 * figure the issue sets on both).
 */
export async function runGraphqlBench(dialect: Dialect): Promise<GraphqlRun> {
  console.log(`graphql (${dialect}): seeding ${USERS} users and accounts under one reseller…`);
  const db = await seededDatabase(dialect);
  const child = fork(path.join(__dirname, 'child.js'), { env: { ...process.env, ...db.env }, stdio: 'inherit' });
  const ports = await new Promise<Ports>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Ports));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  try {
    const userCookie = await login(ports.gqlPort, BENCH_HOST, `user${Math.floor(USERS / 2)}`);
    const adminCookie = await login(ports.gqlPort, BENCH_HOST, 'benchadmin');
    const gql = (port: number, cookie: string, query: string, variables: object): autocannon.Options => ({
      url: `http://127.0.0.1:${port}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, host: BENCH_HOST },
      body: JSON.stringify({ query, variables }),
    });
    const bare = (cookie: string, p: string): autocannon.Options => ({
      url: `http://127.0.0.1:${ports.plainPort}${p}`,
      headers: { cookie },
    });
    // The three must give the same answer, or the comparison means nothing.
    const same = async (what: string, cookie: string, query: string, variables: object, barePath: string) => {
      const body = JSON.stringify({ query, variables });
      const [panel, reference, plain] = await Promise.all([
        fetchBody(`http://127.0.0.1:${ports.gqlPort}/graphql`, { cookie, body }),
        fetchBody(`http://127.0.0.1:${ports.referencePort}/graphql`, { cookie, body }),
        fetchBody(`http://127.0.0.1:${ports.plainPort}${barePath}`, { cookie }),
      ]);
      const norm = (s: string) => JSON.stringify(JSON.parse(s));
      if (norm(panel) !== norm(reference) || norm(panel) !== norm(plain))
        throw new Error(
          `${what}: the panel, the reference and the bare endpoint answer differently:\n${panel}\n${reference}\n${plain}`,
        );
    };
    await same('admin search', adminCookie, SEARCH_QUERY, { q: SEARCH_TERM }, `/accounts?q=${SEARCH_TERM}`);
    const loads: Record<string, Load> = {};
    const figures: Figure[] = [];
    const compare = (name: string, panel: Load, reference: Load, plain: Load | null, goal: number, p99Max?: number) => {
      const ratio = panel.rps / reference.rps;
      const p99 = p99Max === undefined ? '' : `, p99 ≤ ${p99Max} ms`;
      figures.push({
        name,
        value: Math.round(panel.rps),
        unit: 'req/s',
        baseline: Math.round(reference.rps),
        ratio: Number(ratio.toFixed(2)),
        goal: `≥ ${goal}× of the reference server${p99}`,
        met: ratio >= goal && (p99Max === undefined || panel.p99 <= p99Max) && panel.errors === 0,
      });
      const detail = [`panel p99 ${ms(panel.p99)}`, `reference p99 ${ms(reference.p99)}`];
      if (plain)
        detail.push(`${(panel.rps / plain.rps).toFixed(2)}× of the bare endpoint (${Math.round(plain.rps)} req/s)`);
      console.log(
        `  ${name}: ${Math.round(panel.rps)} req/s, ${ratio.toFixed(2)}× of the reference (${Math.round(reference.rps)} req/s); ${detail.join(', ')}`,
      );
    };
    if (dialect === 'sqlite') {
      await same('viewer', userCookie, VIEWER_QUERY, {}, '/viewer');
      loads.typenamePanel = await load(gql(ports.gqlPort, userCookie, '{ __typename }', {}));
      loads.typenameReference = await load(gql(ports.referencePort, userCookie, '{ __typename }', {}));
      compare('signed-in `{ __typename }`', loads.typenamePanel, loads.typenameReference, null, 0.8);
      loads.viewerPanel = await load(gql(ports.gqlPort, userCookie, VIEWER_QUERY, {}));
      loads.viewerReference = await load(gql(ports.referencePort, userCookie, VIEWER_QUERY, {}));
      loads.viewerBare = await load(bare(userCookie, '/viewer'));
      compare('viewer + accounts page', loads.viewerPanel, loads.viewerReference, loads.viewerBare, 0.6, 25);
    }
    loads.searchPanel = await load(gql(ports.gqlPort, adminCookie, SEARCH_QUERY, { q: SEARCH_TERM }));
    loads.searchReference = await load(gql(ports.referencePort, adminCookie, SEARCH_QUERY, { q: SEARCH_TERM }));
    loads.searchBare = await load(bare(adminCookie, `/accounts?q=${SEARCH_TERM}`));
    compare(
      `admin accounts search, ${USERS.toLocaleString('en')} accounts (${dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'})`,
      loads.searchPanel,
      loads.searchReference,
      loads.searchBare,
      0.6,
      80,
    );
    return { dialect, loads, figures };
  } finally {
    child.kill();
    await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(undefined)));
    await db.drop();
  }
}

/** The loads of a run as a markdown table (printed, and kept in latest.json). */
export function formatGraphqlRun(run: GraphqlRun): string {
  const names: Record<string, string> = {
    typenamePanel: 'signed-in `{ __typename }`: panel',
    typenameReference: 'signed-in `{ __typename }`: reference server',
    viewerPanel: 'viewer + accounts page: panel',
    viewerReference: 'viewer + accounts page: reference server',
    viewerBare: 'viewer + accounts page: bare endpoint',
    searchPanel: 'admin accounts search: panel',
    searchReference: 'admin accounts search: reference server',
    searchBare: 'admin accounts search: bare endpoint',
  };
  const lines = [`| ${run.dialect} | req/s | p50 ms | p99 ms | errors |`, '| --- | ---: | ---: | ---: | ---: |'];
  for (const [key, l] of Object.entries(run.loads))
    lines.push(`| ${names[key] ?? key} | ${Math.round(l.rps)} | ${l.p50} | ${l.p99} | ${l.errors} |`);
  return lines.join('\n');
}
