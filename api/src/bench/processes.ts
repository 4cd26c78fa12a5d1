import { fork, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';
import { Queue } from 'bullmq';
import { loadConfig } from '../config';
import { QUEUE_NAME, queuePrefix } from '../tasks/dispatch-bullmq';
import type { Figure } from './figure';
import { CONNECTIONS, fetchBody, SECONDS, seededDatabase, VIEWER_QUERY, type Load } from './graphql';
import { login } from './login';
import { BENCH_HOST } from './seed';

/**
 * More than one process (issue 21): the viewer's page through one API process and through two, on
 * one PostgreSQL database and one Redis, as the README documents for growing. Both processes run
 * all the time (each with its worker, sessions revoked through Redis); "one" loads the first with
 * every connection, "two" splits the connections between both ports, loaded at once (no proxy in
 * between: a proxy in Node would take CPU from the same two cores). The load generator, PostgreSQL
 * and both processes share the machine's cores, so the ratio says what a second process gains here.
 */
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const USERS = Number(process.env.BENCH_USERS ?? 10_000);

export interface ProcessesRun {
  one: Load;
  two: Load;
  /** Each process's share of the two-process load. */
  perProcess: Load[];
}

function startPanel(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(path.join(__dirname, 'panel-child.js'), { env: { ...process.env, ...env }, stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, port: (m as { port: number }).port }));
    child.once('exit', (code) => reject(new Error(`bench API process exited with ${code}`)));
  });
}

async function stopPanel(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Loads every port at once, the connections split evenly; one figure summed over them. */
async function loadAtOnce(ports: number[], cookie: string): Promise<{ total: Load; each: Load[] }> {
  const options = (port: number, duration: number): autocannon.Options => ({
    url: `http://127.0.0.1:${port}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, host: BENCH_HOST },
    body: JSON.stringify({ query: VIEWER_QUERY, variables: {} }),
    connections: Math.round(CONNECTIONS / ports.length),
    duration,
  });
  await Promise.all(ports.map((p) => autocannon(options(p, 2)))); // warm-up
  const results = await Promise.all(ports.map((p) => autocannon(options(p, SECONDS))));
  const each = results.map((r) => ({
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
  }));
  return {
    each,
    total: {
      rps: each.reduce((n, l) => n + l.rps, 0),
      // Latencies of separate runs do not add up: the slower process's stands for the pair.
      p50: Math.max(...each.map((l) => l.p50)),
      p99: Math.max(...each.map((l) => l.p99)),
      errors: each.reduce((n, l) => n + l.errors, 0),
    },
  };
}

/** Why Redis cannot be reached (a refused or silent port), or null when it answers PING. */
function redisUnreachable(url: string): Promise<string | null> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port || 6379), hostname || '127.0.0.1');
    const done = (why: string | null) => {
      socket.destroy();
      resolve(why);
    };
    socket.setTimeout(2000, () => done('no answer in 2 s'));
    socket.once('error', (err) => done(err.message));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (d) => done(/^(\+PONG|-NOAUTH)/.test(d.toString()) ? null : d.toString().trim()));
  });
}

/** The run, or null (printed) when Redis is unreachable. */
export async function runProcessesBench(): Promise<ProcessesRun | null> {
  const why = await redisUnreachable(REDIS_URL);
  if (why) {
    console.log(`processes bench skipped: Redis at ${REDIS_URL} is unreachable (${why})`);
    return null;
  }
  console.log(`processes (postgresql): seeding ${USERS} users and accounts, two API processes on Redis…`);
  const db = await seededDatabase('postgresql');
  const env = { ...db.env, REDIS_URL };
  const started: ChildProcess[] = [];
  try {
    // One after the other, as a deployment would start them (the first finds the schema up to date).
    const a = await startPanel(env);
    started.push(a.child);
    const b = await startPanel(env);
    started.push(b.child);
    const cookie = await login(a.port, BENCH_HOST, `user${Math.floor(USERS / 2)}`);
    // The session made through one is served by the other, with the same answer.
    const body = JSON.stringify({ query: VIEWER_QUERY, variables: {} });
    const [fromA, fromB] = await Promise.all(
      [a.port, b.port].map((p) => fetchBody(`http://127.0.0.1:${p}/graphql`, { cookie, body })),
    );
    if (fromA !== fromB || !fromA.includes('"viewer":{'))
      throw new Error(`the two processes answer the viewer differently:\n${fromA}\n${fromB}`);
    const one = await loadAtOnce([a.port], cookie);
    const two = await loadAtOnce([a.port, b.port], cookie);
    return { one: one.total, two: two.total, perProcess: two.each };
  } finally {
    for (const child of started) await stopPanel(child);
    const queue = new Queue(QUEUE_NAME, {
      connection: { url: REDIS_URL },
      prefix: queuePrefix(loadConfig({ ...process.env, ...env })),
    });
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    await db.drop();
  }
}

export function formatProcessesRun(run: ProcessesRun): string {
  const row = (what: string, l: Load) => `| ${what} | ${Math.round(l.rps)} | ${l.p50} | ${l.p99} | ${l.errors} |`;
  return [
    '| viewer + accounts page, PostgreSQL + Redis | req/s | p50 ms | p99 ms | errors |',
    '| --- | ---: | ---: | ---: | ---: |',
    row('one API process', run.one),
    row('two API processes (sum; worse p50/p99)', run.two),
    ...run.perProcess.map((l, i) => row(`  process ${i + 1} of two`, l)),
  ].join('\n');
}

/** Both figures: one process, and two with their ratio to one. */
export function processesFigures(run: ProcessesRun): Figure[] {
  const ratio = run.two.rps / run.one.rps;
  return [
    {
      name: 'viewer + accounts page, one API process (PostgreSQL, Redis)',
      value: Math.round(run.one.rps),
      unit: 'req/s',
      baseline: null,
      ratio: null,
      goal: 'no target',
      met: run.one.errors === 0,
    },
    {
      name: 'viewer + accounts page, two API processes (PostgreSQL, Redis)',
      value: Math.round(run.two.rps),
      unit: 'req/s',
      baseline: Math.round(run.one.rps),
      ratio: Number(ratio.toFixed(2)),
      goal: 'no target (ratio: two processes over one, same run)',
      met: run.two.errors === 0,
    },
  ];
}
