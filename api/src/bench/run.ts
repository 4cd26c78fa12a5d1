import 'reflect-metadata';
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadConfig, repoRoot } from '../config';
import { openDatabase } from '../app';
import { formatBillingBench, runBillingBench } from './billing';
import { runDnsBench } from './dns';
import { runMysqlBench } from './mysql';
import { formatRemoteBench, runRemoteBench } from './remote';
import { formatPaymentsBench, runPaymentsBench } from './payments';
import { login } from './login';
import { BENCH_HOST, seedBenchReseller } from './seed';
import { benchTasks, formatTaskBench } from './tasks';
import { formatAcmeBench, runAcmeBench } from './acme';
import { formatKnowledgeBench, runKnowledgeBench } from './knowledge';

// `npm run bench`: the GraphQL path against a plain SQL endpoint, same process, same database, same run.
const USERS = Number(process.env.BENCH_USERS ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

/**
 * `npm run bench -- acme dns`: only the figures named; every one without a name. `graphql` is the
 * first figure (GraphQL against plain SQL, with the task engine's), which writes bench-results/latest.json.
 */
const FIGURES = ['graphql', 'dns', 'mysql', 'billing', 'payments', 'remote', 'acme', 'knowledge'] as const;
const chosen = process.argv.slice(2);
for (const name of chosen)
  if (!(FIGURES as readonly string[]).includes(name))
    throw new Error(`unknown bench figure "${name}": choose among ${FIGURES.join(', ')}`);
const wanted = (figure: (typeof FIGURES)[number]) => chosen.length === 0 || chosen.includes(figure);

const VIEWER_QUERY = `query AccountsPage { viewer { user { id login email } role activeAccount { id name status }
  accounts { id name status } preferences { skin textOnly language } } }`;
const SEARCH_QUERY = `query AdminAccounts($q: String) { accounts(first: 25, search: $q) { totalCount pageInfo { hasNextPage }
  nodes { id name status owner { login } } } }`;

interface Result {
  name: string;
  rps: number;
  p99: number;
  p50: number;
  errors: number;
  non2xx: number;
}

async function load(name: string, opts: autocannon.Options): Promise<Result> {
  await autocannon({ ...opts, duration: 2, connections: CONNECTIONS }); // warm-up
  const r = await autocannon({ ...opts, duration: SECONDS, connections: CONNECTIONS });
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}

async function main(): Promise<void> {
  const failed = wanted('graphql') ? await runGraphqlBench() : false;
  if (wanted('dns')) await runDnsBench(); // its own figure: 10,000 zones through the BIND driver into our own named
  if (wanted('mysql')) await runMysqlBench(); // its own figure: databases made through the task engine on MariaDB (skipped if unreachable)
  if (wanted('billing')) console.log(`\n${formatBillingBench(await runBillingBench())}`); // its own figure: 100,000 accounts billed on SQLite and PostgreSQL
  if (wanted('payments')) console.log(`\n${formatPaymentsBench(await runPaymentsBench())}`); // its own figure: invoices paid by card through the Stripe adapter
  const remote = wanted('remote') ? await runRemoteBench() : null; // its own figure: 1,000 site changes to a remote nginx through SSH and the agent, against local
  if (remote) console.log(`\n${formatRemoteBench(remote)}`);
  const acme = wanted('acme') ? await runAcmeBench() : null; // its own figure: 100 certificates through the task engine against pebble, against acme-client alone
  if (acme) console.log(`\n${formatAcmeBench(acme)}`);
  // Its own figure: knowledge-base search of 10,000 articles under load, GraphQL against the same SQL.
  if (wanted('knowledge')) console.log(`\n${formatKnowledgeBench(await runKnowledgeBench())}`);
  // Every figure is printed first; then a run with failed or timed-out requests exits non-zero.
  if (failed) throw new Error('some requests failed or timed out during the bench (see the errors column)');
}

/** The first figure: the GraphQL path against a plain SQL endpoint, then the task engine's; true when requests failed. */
async function runGraphqlBench(): Promise<boolean> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-bench-'));
  const env = { DATA_DIR: dir, LOG_LEVEL: 'silent', NODE_ENV: 'production', LOGIN_MAX_FAILURES_PER_IP: '1000' };
  console.log(`seeding ${USERS} users and accounts under one reseller…`);
  const orm = await openDatabase(loadConfig(env));
  await seedBenchReseller(orm, USERS);
  await orm.close();

  const child = fork(path.join(__dirname, 'child.js'), { env: { ...process.env, ...env }, stdio: 'inherit' });
  const ports = await new Promise<{ gqlPort: number; plainPort: number }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { gqlPort: number; plainPort: number }));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  let failed = false;
  try {
    // The reseller's panel is picked by host name; the bench sends it as the Host header.
    const userCookie = await login(ports.gqlPort, BENCH_HOST, `user${Math.floor(USERS / 2)}`);
    const adminCookie = await login(ports.gqlPort, BENCH_HOST, 'benchadmin');
    const gql = (cookie: string, query: string, variables: object): autocannon.Options => ({
      url: `http://127.0.0.1:${ports.gqlPort}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, host: BENCH_HOST },
      body: JSON.stringify({ query, variables }),
    });
    const plain = (cookie: string, p: string): autocannon.Options => ({
      url: `http://127.0.0.1:${ports.plainPort}${p}`,
      headers: { cookie },
    });
    const results = [
      // The stack's ceiling: Apollo + context + HTTP with no resolver work at all.
      await load('empty GraphQL request `{ __typename }`', gql(userCookie, '{ __typename }', {})),
      await load('viewer + accounts page (GraphQL)', gql(userCookie, VIEWER_QUERY, {})),
      await load('viewer + accounts page (plain SQL)', plain(userCookie, '/viewer')),
      await load('admin accounts search (GraphQL)', gql(adminCookie, SEARCH_QUERY, { q: 'user12' })),
      await load('admin accounts search (plain SQL)', plain(adminCookie, '/accounts?q=user12')),
    ];
    console.log(
      `\n${USERS} accounts, ${CONNECTIONS} connections, ${SECONDS} s each (after 2 s warm-up), Node ${process.version}\n`,
    );
    console.log('| scenario | req/s | p50 ms | p99 ms | errors |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const r of results)
      console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors + r.non2xx} |`);
    const ratio = (a: Result, b: Result) => (a.rps / b.rps).toFixed(2);
    console.log(
      `\nGraphQL / plain: viewer ${ratio(results[1]!, results[2]!)}×, admin search ${ratio(results[3]!, results[4]!)}×, empty request ${ratio(results[0]!, results[2]!)}× (target ≥ 0.35×, p99 < 25 ms)`,
    );
    const tasks = await benchTasks(); // its own figure: queued file tasks drained by the task engine
    console.log(`\n${formatTaskBench(tasks)}`);
    fs.mkdirSync(path.join(repoRoot, 'bench-results'), { recursive: true });
    fs.writeFileSync(
      path.join(repoRoot, 'bench-results', 'latest.json'),
      JSON.stringify({ users: USERS, connections: CONNECTIONS, seconds: SECONDS, results, tasks }, null, 2),
    );
    failed = results.some((r) => r.errors + r.non2xx > 0);
  } finally {
    child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return failed;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
