import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mysql from 'mysql2/promise';
import { mariadbStatus, randomShortName, rootConnection, TEST_MARIADB } from '../../drivers/mysql/testing';
import { describeApi } from '../../test/api';
import { createEndUser, setupMaster, type EndUserClient, type MasterClient } from '../../test/factories';
import { mariadbServerStatus, startMariadb, type MariadbInstance } from '../../test/mariadb';
import { freePort } from '../../test/named';
import { databaseState, eventually, Q, setupMysqlServer, userState } from './testing';

const MOVE = `mutation($a: ID!, $to: ID!) { moveAccountDatabases(accountId: $a, toServerId: $to) { accountId from to databases users } }`;
const DBS = `query($a: ID) { mysqlDatabases(accountId: $a) { id name state host port sizeBytes } }`;
const MOVE_TASKS = `query { tasks(first: 100, kind: "mysql.moveAccount") { nodes { id state lastError attempts } } }`;

interface Where {
  host: string;
  port: number;
}

/** What a customer's application sees: a login to `where` with the password, or the refusal's error code. */
async function asApp<T>(
  where: Where,
  user: string,
  password: string,
  db: string,
  fn: (c: mysql.Connection) => Promise<T>,
) {
  let conn: mysql.Connection;
  try {
    conn = await mysql.createConnection({
      ...where,
      user,
      password,
      database: db,
      connectTimeout: 3000,
      dateStrings: true,
    });
  } catch (err) {
    return { refused: (err as { code?: string }).code ?? String(err) };
  }
  try {
    return { ok: await fn(conn) };
  } finally {
    await conn.end();
  }
}

/*
 * Moving an account's databases between two real MariaDB servers (the shared test one and one the
 * test starts): the login keeps its password, the data, view, trigger and routine arrive, nothing
 * is written to the old copy meanwhile, a failed move gives the old copy back, and the old copy is
 * dropped after the grace time.
 */
describe('moving an account’s databases between real MariaDB servers', async () => {
  const status = [await mariadbStatus(), await mariadbServerStatus()].find((s) => !s.ok);
  if (status && !status.ok) {
    it.skip(`skipped: ${status.reason}`, () => {});
    return;
  }

  describeApi(
    'databases move',
    (api) => {
      let second: MariadbInstance;
      let master: MasterClient;
      let alice: EndUserClient;
      let acc: string;
      let servers: { a: string; b: string; dead: string; files: string };
      const made = { databases: new Set<string>(), users: new Set<string>() };

      beforeAll(async () => {
        second = await startMariadb();
        master = await setupMaster(api);
        const first = await setupMysqlServer(master, 'MARIADB', TEST_MARIADB);
        const add = async (name: string, port: number, driver = 'MARIADB') =>
          (
            await master.ok(`mutation($i: CreateLogicalServerInput!) { createLogicalServer(input: $i) { id } }`, {
              i: {
                name,
                kind: 'MYSQL',
                physicalId: first.physicalId,
                groupId: first.groupId,
                driver,
                ...(driver === 'MARIADB'
                  ? { host: '127.0.0.1', port, user: 'root', password: null, userHost: '%' }
                  : {}),
              },
            })
          ).createLogicalServer.id as string;
        alice = await createEndUser(master, api);
        acc = alice.accountIds[0]!;
        // The account is placed on the first server before the others join its group.
        const db = (await alice.ok(Q.createDatabase, { i: { name: randomShortName() } })).createMysqlDatabase;
        made.databases.add(db.name);
        await databaseState(alice, acc, db.id, 'ACTIVE');
        servers = {
          a: first.serverId,
          b: await add('mysql-two', second.port),
          dead: await add('mysql-gone', await freePort()),
          files: await add('mysql-files', 0, 'FILES'),
        };
      }, 60_000);

      afterAll(async () => {
        await second?.stop();
        const root = await rootConnection();
        try {
          for (const db of made.databases) await root.query(`DROP DATABASE IF EXISTS ${mysql.escapeId(db)}`);
          for (const user of made.users) await root.query('DROP USER IF EXISTS ?@?', [user, '%']);
        } finally {
          await root.end();
        }
      });

      it('logins, data, views, triggers and routines arrive; the old copy is locked, then dropped', async () => {
        const [empty] = (await alice.ok(Q.databases, { a: acc })).mysqlDatabases; // made before the other servers joined
        const db = (await alice.ok(Q.createDatabase, { i: { name: randomShortName() } })).createMysqlDatabase;
        made.databases.add(db.name);
        const password = 'Move-me 1 "quoted" \\ pass';
        const user = (await alice.ok(Q.createUser, { i: { name: randomShortName('u'), password } })).createMysqlUser;
        made.users.add(user.name);
        await databaseState(alice, acc, db.id, 'ACTIVE');
        await databaseState(alice, acc, empty.id, 'ACTIVE');
        await userState(alice, acc, user.id, 'ACTIVE');
        await alice.ok(Q.grant, { u: user.id, d: db.id });
        const a = { host: TEST_MARIADB.host, port: TEST_MARIADB.port };
        const b = { host: '127.0.0.1', port: second.port };

        // The customer's application fills its database on the first server.
        const blob = Buffer.from([0, 1, 2, 255, 39, 92, 10]);
        await eventually(async () => {
          const r = await asApp(a, user.name, password, db.name, async (c) => {
            await c.query(
              'CREATE TABLE orders (id INT PRIMARY KEY AUTO_INCREMENT, note TEXT, raw BLOB, at DATETIME(6), total DECIMAL(12,2))',
            );
            await c.query('CREATE TABLE audit (n INT)');
            await c.query(
              'CREATE TRIGGER orders_ai AFTER INSERT ON orders FOR EACH ROW INSERT INTO audit VALUES (NEW.id)',
            );
            await c.query('CREATE VIEW big AS SELECT id, total FROM orders WHERE total > 10');
            await c.query('CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC RETURN x * 2');
            for (let i = 1; i <= 300; i++)
              await c.query('INSERT INTO orders (note, raw, at, total) VALUES (?, ?, ?, ?)', [
                `order ${i} ‘ünïcode’ ; DROP TABLE x; --`,
                blob,
                '2026-12-05 01:02:03.456789',
                (i * 1.25).toFixed(2),
              ]);
          });
          expect(r).toEqual({ ok: undefined });
        });

        // Refused, changing nothing: a server of another driver, the server it is on, a customer's call.
        const files = await master.gql(MOVE, { a: acc, to: servers.files });
        expect(files.errors?.[0]?.extensions?.code).toBe('CONFLICT');
        expect(files.errors?.[0]?.message).toMatch(/databases move between servers of one driver/);
        expect((await master.gql(MOVE, { a: acc, to: servers.a })).errors?.[0]?.message).toMatch(/is on .* already/);
        expect((await alice.gql(MOVE, { a: acc, to: servers.b })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

        // A move to a server that does not answer fails for good; the old copy's logins open again.
        await master.ok(MOVE, { a: acc, to: servers.dead });
        const busy = await alice.gql(Q.createDatabase, { i: { name: randomShortName() } });
        expect(busy.errors?.[0]?.message).toMatch(/moving to another server/);
        await eventually(async () => {
          const [task] = (await master.ok(MOVE_TASKS)).tasks.nodes;
          expect(task.state).toBe('FAILED');
        }, 30_000);
        await eventually(async () =>
          expect(
            await asApp(
              a,
              user.name,
              password,
              db.name,
              async (c) => (await c.query<any[]>('SELECT COUNT(*) AS n FROM orders'))[0][0].n,
            ),
          ).toEqual({ ok: 300 }),
        );

        // The move to the second server.
        const moved = (await master.ok(MOVE, { a: acc, to: servers.b })).moveAccountDatabases;
        expect(moved).toMatchObject({ databases: 2, users: 1, to: 'mysql-two' });
        await eventually(async () => {
          const tasks = (await master.ok(MOVE_TASKS)).tasks.nodes;
          expect(tasks.map((t: { state: string }) => t.state).sort(), JSON.stringify(tasks)).toEqual([
            'DONE',
            'FAILED',
          ]);
        }, 60_000);
        const placed = await master.ok(`query($id: ID!) { account(id: $id) { servers { name kind } } }`, { id: acc });
        expect(placed.account.servers).toContainEqual({ name: 'mysql-two', kind: 'MYSQL' });
        const rows = (await alice.ok(DBS, { a: acc })).mysqlDatabases;
        expect(rows.map((r: Where) => [r.host, r.port])).toEqual([
          ['127.0.0.1', second.port],
          ['127.0.0.1', second.port],
        ]);

        // Same password, same data on the new server; the trigger and routine work there.
        const there = await asApp(b, user.name, password, db.name, async (c) => {
          const [[count]] = await c.query<any[]>('SELECT COUNT(*) AS n, SUM(total) AS sum FROM orders');
          const [[first]] = await c.query<any[]>('SELECT note, raw, at FROM orders WHERE id = 1');
          const [[view]] = await c.query<any[]>('SELECT COUNT(*) AS n FROM big');
          const [[audit]] = await c.query<any[]>('SELECT COUNT(*) AS n FROM audit');
          await c.query('INSERT INTO orders (note, total) VALUES (?, ?)', ['after the move', 1]);
          const [[audit2]] = await c.query<any[]>('SELECT COUNT(*) AS n FROM audit');
          const [[fn]] = await c.query<any[]>('SELECT twice(21) AS v');
          return { count, first, view: view.n, audit: [audit.n, audit2.n], fn: fn.v };
        });
        expect(there).toEqual({
          ok: {
            count: { n: 300, sum: '56437.50' },
            first: { note: 'order 1 ‘ünïcode’ ; DROP TABLE x; --', raw: blob, at: '2026-12-05 01:02:03.456789' },
            view: 292, // totals above 10: orders 9 to 300
            audit: [300, 301],
            fn: 42,
          },
        });
        // The old copy takes no more writes: its login is locked.
        const old = await asApp(a, user.name, password, db.name, async () => 'in');
        expect(old).toHaveProperty('refused');

        // A new database of the account lands on the new server.
        const later = (await alice.ok(Q.createDatabase, { i: { name: randomShortName() } })).createMysqlDatabase;
        made.databases.add(later.name);
        await databaseState(alice, acc, later.id, 'ACTIVE');
        const secondRoot = await second.root();
        try {
          const [names] = await secondRoot.query<any[]>(
            'SELECT SCHEMA_NAME AS n FROM information_schema.SCHEMATA WHERE SCHEMA_NAME IN (?)',
            [[db.name, empty.name, later.name]],
          );
          expect(names.map((r) => r.n).sort()).toEqual([db.name, empty.name, later.name].sort());
        } finally {
          await secondRoot.end();
        }

        // After the grace time the old copies are gone from the first server.
        await eventually(async () => {
          const root = await rootConnection();
          try {
            const [dbs] = await root.query<any[]>(
              'SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME IN (?)',
              [[db.name, empty.name]],
            );
            const [users] = await root.query<any[]>('SELECT User FROM mysql.user WHERE User = ?', [user.name]);
            expect([dbs.length, users.length]).toEqual([0, 0]);
          } finally {
            await root.end();
          }
        }, 30_000);
      }, 150_000);
    },
    { TASK_POLL_MS: '50', TASK_BACKOFF_MS: '300', MYSQL_MOVE_GRACE_SECONDS: '3' },
  );
});
