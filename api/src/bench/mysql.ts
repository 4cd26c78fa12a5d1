import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { loadConfig, repoRoot } from '../config';
import { openDatabase } from '../app';
import { createLogger } from '../logger';
import { putOnPlan } from '../modules/plans';
import { startServer } from '../server';
import { GqlClient } from '../test/client';

// The MySQL figure of `npm run bench`: N databases created through GraphQL and the task engine on a real MariaDB
// (BENCH_MYSQL_DATABASES, 200 by default; 0 skips it). Also runs alone: node api/dist/bench/mysql.js
const COUNT = Number(process.env.BENCH_MYSQL_DATABASES ?? 200);
const CONCURRENT_REQUESTS = 10;
const MARIADB = {
  host: process.env.BENCH_MARIADB_HOST ?? '127.0.0.1',
  port: Number(process.env.BENCH_MARIADB_PORT ?? 3306),
  user: process.env.BENCH_MARIADB_USER ?? 'root',
  password: process.env.BENCH_MARIADB_PASSWORD ?? '',
};
const PASSWORD = 'bench-password-1';

export interface MysqlBenchResult {
  databases: number;
  maxTasks: number;
  requestSeconds: number;
  createSeconds: number;
  dropSeconds: number;
}

async function reachable(): Promise<string | null> {
  try {
    const conn = await mysql.createConnection({ ...MARIADB, connectTimeout: 3000 });
    await conn.end();
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250)); // each look loads every row: keep it off the CPU the work needs
  }
}

/**
 * Creates COUNT databases as one customer would (createMysqlDatabase over HTTP), times until the
 * task engine has made every one on MariaDB, then deletes them the same way (and, as a safety net,
 * drops any of exactly those names that is left). Prints the figure; returns null when MariaDB is unreachable.
 */
export async function runMysqlBench(): Promise<MysqlBenchResult | null> {
  if (COUNT <= 0) return null;
  const why = await reachable();
  if (why) {
    console.log(`\nMySQL bench skipped: MariaDB at ${MARIADB.host}:${MARIADB.port} is unreachable (${why})`);
    return null;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-bench-mysql-'));
  const config = loadConfig({
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
  });
  const orm = await openDatabase(config);
  const server = await startServer({ orm, config, log: createLogger('silent') });
  const names: string[] = [];
  try {
    const master = new GqlClient(server.port);
    await master.ok(`mutation($i: SetupInput!) { setup(input: $i) { user { id } } }`, {
      i: { companyName: 'Bench Hosting', login: 'master', email: 'master@bench.test', password: PASSWORD },
    });
    const machine = await master.ok(
      `mutation { createPhysicalServer(input: { name: "db1", os: LINUX, address: "127.0.0.1" }) { id } }`,
    );
    const group = await master.ok(
      `mutation { createServerGroup(input: { name: "mysql", kind: MYSQL, isDefault: true }) { id } }`,
    );
    const created = await master.ok(
      `mutation($i: CreateLogicalServerInput!) { createLogicalServer(input: $i) { maxTasks } }`,
      {
        i: {
          name: 'mysql1',
          kind: 'MYSQL',
          physicalId: machine.createPhysicalServer.id,
          groupId: group.createServerGroup.id,
          driver: 'MARIADB',
          host: MARIADB.host,
          port: MARIADB.port,
          user: MARIADB.user,
          password: MARIADB.password || null,
          userHost: '%',
        },
      },
    );
    const owner = await master.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { accounts { id } } }`, {
      i: { login: 'customer', email: 'customer@bench.test', password: PASSWORD, accountName: 'Bench' },
    });
    const accountId = Number(owner.createUser.accounts[0].id);
    await putOnPlan(orm, accountId, { MYSQL_DATABASE: COUNT });

    const customer = new GqlClient(server.port);
    await customer.ok(`mutation($i: LoginInput!) { login(input: $i) { role } }`, {
      i: { login: 'customer', password: PASSWORD },
    });
    // Random short names: the shared MariaDB may hold a<accountId>_… databases of test runs.
    const shorts = Array.from({ length: COUNT }, () => 'b' + crypto.randomBytes(6).toString('hex'));
    const ids: string[] = [];
    const allIn = async (state: string | null): Promise<boolean> => {
      const rows: { state: string }[] = (await customer.ok(`{ mysqlDatabases { state } }`)).mysqlDatabases;
      if (rows.some((r) => r.state === 'FAILED')) throw new Error('a database task failed (see the tasks list)');
      return state === null ? rows.length === 0 : rows.length === COUNT && rows.every((r) => r.state === state);
    };

    const t0 = performance.now();
    await inBatches(shorts, CONCURRENT_REQUESTS, async (name) => {
      const res = await customer.ok(
        `mutation($i: CreateMysqlDatabaseInput!) { createMysqlDatabase(input: $i) { id name } }`,
        { i: { name } },
      );
      ids.push(res.createMysqlDatabase.id);
      names.push(res.createMysqlDatabase.name);
    });
    const t1 = performance.now();
    await until('the databases to be created', () => allIn('ACTIVE'), 600_000);
    const t2 = performance.now();
    await inBatches(ids, CONCURRENT_REQUESTS, (id) =>
      customer.ok(`mutation($id: ID!) { deleteMysqlDatabase(id: $id) { id } }`, { id }),
    );
    await until('the databases to be dropped', () => allIn(null), 600_000);
    const t3 = performance.now();

    const result: MysqlBenchResult = {
      databases: COUNT,
      maxTasks: created.createLogicalServer.maxTasks,
      requestSeconds: (t1 - t0) / 1000,
      createSeconds: (t2 - t0) / 1000,
      dropSeconds: (t3 - t2) / 1000,
    };
    console.log(
      `\nMariaDB: ${COUNT} databases created through GraphQL + the task engine in ${result.createSeconds.toFixed(2)} s ` +
        `(requests ${result.requestSeconds.toFixed(2)} s, ${(COUNT / result.createSeconds).toFixed(0)} databases/s, ` +
        `server maxTasks ${result.maxTasks}); dropped again in ${result.dropSeconds.toFixed(2)} s`,
    );
    fs.mkdirSync(path.join(repoRoot, 'bench-results'), { recursive: true });
    fs.writeFileSync(path.join(repoRoot, 'bench-results', 'mysql.json'), JSON.stringify(result, null, 2));
    return result;
  } finally {
    await server.close(); // closes the MySQL area's connection pools too
    await orm.close();
    await dropLeftovers(names);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Drops any of exactly these databases still on the server (a run stopped half-way). */
async function dropLeftovers(names: string[]): Promise<void> {
  if (!names.length) return;
  const conn = await mysql.createConnection(MARIADB);
  try {
    for (const name of names) await conn.query(`DROP DATABASE IF EXISTS ${mysql.escapeId(name)}`);
  } finally {
    await conn.end();
  }
}

if (require.main === module) {
  runMysqlBench().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
