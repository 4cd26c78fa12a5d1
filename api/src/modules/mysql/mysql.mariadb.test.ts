import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mysql from 'mysql2/promise';
import {
  connectAs,
  loginResult,
  mariadbStatus,
  randomShortName,
  rootConnection,
  TEST_MARIADB,
} from '../../drivers/mysql/testing';
import { describeApi } from '../../test/api';
import { createEndUser, setupMaster, type EndUserClient, type MasterClient } from '../../test/factories';
import { databaseState, eventually, FAST_TASKS, Q, setupMysqlServer, userState } from './testing';

/*
 * The whole path against the real MariaDB: GraphQL → service → task → MariaDB driver, then a
 * login AS the new database user. Account IDs restart at 1 in every test database while this
 * MariaDB is shared by every test file and both dialects, so the short names are random and
 * afterAll drops exactly the names this file made.
 */
describe('MySQL hosting on a real MariaDB', async () => {
  const status = await mariadbStatus();
  if (!status.ok) {
    it.skip(`skipped: ${status.reason}`, () => {});
    return;
  }

  describeApi(
    'MySQL hosting on MariaDB, through the API',
    (api) => {
      let master: MasterClient;
      let alice: EndUserClient;
      let acc: string;
      let serverId: string;
      const made = { databases: new Set<string>(), users: new Set<string>() };

      beforeAll(async () => {
        master = await setupMaster(api);
        serverId = (await setupMysqlServer(master, 'MARIADB', TEST_MARIADB)).serverId;
        alice = await createEndUser(master, api);
        acc = alice.accountIds[0]!;
      });

      afterAll(async () => {
        const root = await rootConnection();
        try {
          for (const db of made.databases) await root.query(`DROP DATABASE IF EXISTS ${mysql.escapeId(db)}`);
          for (const user of made.users) await root.query('DROP USER IF EXISTS ?@?', [user, '%']);
        } finally {
          await root.end();
        }
      });

      async function createDatabase(client: EndUserClient, short = randomShortName()) {
        const db = (await client.ok(Q.createDatabase, { i: { name: short } })).createMysqlDatabase;
        made.databases.add(db.name);
        await databaseState(client, db.account.id, db.id, 'ACTIVE');
        return db;
      }

      async function createUser(client: EndUserClient, password: string, short = randomShortName('u')) {
        const user = (await client.ok(Q.createUser, { i: { name: short, password } })).createMysqlUser;
        made.users.add(user.name);
        await userState(client, user.account.id, user.id, 'ACTIVE');
        return user;
      }

      /** Waits until the login can reach the database (the grant task ran). */
      const canUse = (user: string, password: string, db: string) =>
        eventually(async () => expect(await loginResult(user, password, db)).toBe('OK'));

      async function onServer(sql: string, values: unknown[] = []): Promise<any[]> {
        const root = await rootConnection();
        try {
          return (await root.query<any[]>(sql, values))[0];
        } finally {
          await root.end();
        }
      }

      it('a user creates a database and a login; the login works with that password and can create a table', async () => {
        const db = await createDatabase(alice);
        expect(db.name).toMatch(new RegExp(`^a${acc}_t[0-9a-f]{8}$`));
        const password = 'app-' + randomShortName();
        const user = await createUser(alice, password);
        await alice.ok(Q.grant, { u: user.id, d: db.id });
        await canUse(user.name, password, db.name);

        const conn = await connectAs(user.name, password, db.name);
        await conn.query('CREATE TABLE orders (id INT PRIMARY KEY, note TEXT)');
        await conn.query('INSERT INTO orders VALUES (1, ?)', ['first order']);
        const [rows] = await conn.query<any[]>('SELECT note FROM orders');
        await conn.end();
        expect(rows).toEqual([{ note: 'first order' }]);
        expect(await loginResult(user.name, password + '!')).toBe('ACCESS_DENIED');
        const [schema] = await onServer(
          'SELECT DEFAULT_CHARACTER_SET_NAME AS cs FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?',
          [db.name],
        );
        expect(schema).toEqual({ cs: 'utf8mb4' });
      });

      it('refreshMysqlSizes reads what the database holds now, after the customer filled it', async () => {
        const db = await createDatabase(alice);
        const row = async () =>
          (await alice.ok(Q.databases, {})).mysqlDatabases.find((d: { id: string }) => d.id === db.id);
        expect((await row()).sizeBytes).toBe(0); // read when it was created: empty
        const password = 'size-' + randomShortName();
        const user = await createUser(alice, password);
        await alice.ok(Q.grant, { u: user.id, d: db.id });
        await canUse(user.name, password, db.name);
        const conn = await connectAs(user.name, password, db.name);
        try {
          await conn.query('CREATE TABLE pages (id INT AUTO_INCREMENT PRIMARY KEY, body TEXT)');
          await conn.query('INSERT INTO pages (body) VALUES ?', [
            Array.from({ length: 5000 }, (_, i) => [`page ${i} `.padEnd(1000, 'x')]),
          ]);
        } finally {
          await conn.end();
        }
        const before = await row();

        expect(await alice.ok(Q.refreshSizes, {})).toEqual({ refreshMysqlSizes: true });
        await eventually(async () => {
          const { tasks } = await master.ok(
            `{ tasks(first: 5, kind: "mysql.refreshSizes", accountId: "${acc}") { nodes { state lastError } } }`,
          );
          expect(tasks.nodes[0]).toEqual({ state: 'DONE', lastError: null });
        });
        const after = await row();
        expect(after.sizeCheckedAt > before.sizeCheckedAt).toBe(true);
        expect(after.sizeBytes).toBeGreaterThan(5_000_000); // 5,000 rows of 1 KB, at once (InnoDB's statistics would still say 16 KiB)
      });

      it('suspending the account makes the login fail (and ends its session); resuming restores it', async () => {
        const db = await createDatabase(alice);
        const password = 'susp-' + randomShortName();
        const user = await createUser(alice, password);
        await alice.ok(Q.grant, { u: user.id, d: db.id });
        await canUse(user.name, password, db.name);
        const open = await connectAs(user.name, password, db.name);
        open.on('error', () => {});

        await master.ok(Q.suspend, { id: acc });
        await userState(alice, acc, user.id, 'SUSPENDED');
        expect(await loginResult(user.name, password, db.name)).toBe('ACCOUNT_LOCKED');
        await expect(open.query('SELECT 1')).rejects.toThrow();

        await master.ok(Q.resume, { id: acc });
        await userState(alice, acc, user.id, 'ACTIVE');
        expect(await loginResult(user.name, password, db.name)).toBe('OK');
      });

      it('a password of quotes, semicolons and backslashes is stored literally, and nothing else runs', async () => {
        const db = await createDatabase(alice);
        const password = `x'; DROP DATABASE ${db.name}; -- \\' " \` \\\\ ;`;
        const user = await createUser(alice, password);
        await alice.ok(Q.grant, { u: user.id, d: db.id });
        await canUse(user.name, password, db.name);
        expect(await loginResult(user.name, password.replace(/\\/g, ''), db.name)).toBe('ACCESS_DENIED');
        expect(
          await onServer('SELECT 1 AS ok FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [db.name]),
        ).toEqual([{ ok: 1 }]);

        const next = `"; DROP USER ${user.name}; '`;
        await alice.ok(Q.setPassword, { id: user.id, p: next });
        await eventually(async () => expect(await loginResult(user.name, next, db.name)).toBe('OK'));
        expect(await loginResult(user.name, password, db.name)).toBe('ACCESS_DENIED');
      });

      it('revoking and deleting remove access, the login and the database from MariaDB', async () => {
        const db = await createDatabase(alice);
        const password = 'del-' + randomShortName();
        const user = await createUser(alice, password);
        await alice.ok(Q.grant, { u: user.id, d: db.id });
        await canUse(user.name, password, db.name);
        // Revoking a grant whose task has not finished is refused (CONFLICT); retry until it has.
        await eventually(() => alice.ok(Q.revoke, { u: user.id, d: db.id }));
        await eventually(async () => expect(await loginResult(user.name, password, db.name)).toBe('DB_ACCESS_DENIED'));

        await alice.ok(Q.deleteDatabase, { id: db.id });
        await alice.ok(Q.deleteUser, { id: user.id });
        await databaseState(alice, acc, db.id, null);
        await userState(alice, acc, user.id, null);
        expect(await onServer('SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [db.name])).toEqual(
          [],
        );
        expect(await onServer('SELECT 1 FROM mysql.user WHERE User = ?', [user.name])).toEqual([]);
        expect(await loginResult(user.name, password)).toBe('ACCESS_DENIED');
      });

      it('re-sync puts back a database and a grant dropped by hand, lists a login it cannot, and leaves a stray alone', async () => {
        const R = `mutation($id: ID!) { resyncLogicalServer(id: $id) { missing different unknown queued } }`;
        const db = await createDatabase(alice);
        const password = 'sync-' + randomShortName();
        const user = await createUser(alice, password);
        const loner = await createUser(alice, 'lone-' + randomShortName());
        await alice.ok(Q.grant, { u: user.id, d: db.id });
        await canUse(user.name, password, db.name);
        const stray = `a999999_${randomShortName()}`;
        made.databases.add(stray);
        await onServer(`CREATE DATABASE ${mysql.escapeId(stray)}`);
        // Dropping a database leaves its grants in mysql.db: the grant goes by hand too.
        await onServer(`DROP DATABASE ${mysql.escapeId(db.name)}`);
        await onServer(`REVOKE ALL PRIVILEGES ON ${mysql.escapeId(db.name.replace(/_/g, '\\_'))}.* FROM ?@'%'`, [
          user.name,
        ]);
        await onServer('DROP USER ?@?', [loner.name, '%']);

        const report = (await master.ok(R, { id: serverId })).resyncLogicalServer;
        expect(report.missing).toEqual(
          expect.arrayContaining([
            `database ${db.name}`,
            `grant ${user.name} on ${db.name}`,
            `user ${loner.name} (set a new password to recreate it)`,
          ]),
        );
        expect(report.missing).toHaveLength(3);
        expect(report.unknown).toContain(`database ${stray}`);
        expect(report.queued).toBe(2);

        // Both come back (the database empty), the login reaches it again; the stray is still there.
        await databaseState(alice, acc, db.id, 'ACTIVE');
        await canUse(user.name, password, db.name);
        expect(await onServer('SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [stray])).toHaveLength(
          1,
        );
        const again = (await master.ok(R, { id: serverId })).resyncLogicalServer;
        expect(again.missing).toEqual([`user ${loner.name} (set a new password to recreate it)`]);
        expect(again.queued).toBe(0);
      });

      it('bad input and other customers’ IDs: clear errors, and nothing is created on MariaDB', async () => {
        const marker = randomShortName('z');
        const bob = await createEndUser(master, api);
        const theirs = await createDatabase(bob);
        const before = await master.ok(`{ tasks(first: 1) { totalCount } }`);
        const refused: [string, Record<string, unknown>, string][] = [
          [Q.createDatabase, { i: { name: `${marker}'; DROP DATABASE mysql; --` } }, 'BAD_USER_INPUT'],
          [Q.createDatabase, { i: { name: `${marker}\`` } }, 'BAD_USER_INPUT'],
          [Q.createDatabase, { i: { name: 'mysql' } }, 'BAD_USER_INPUT'],
          [Q.createDatabase, { i: { name: marker, charset: "utf8mb4'; DROP DATABASE mysql; --" } }, 'BAD_USER_INPUT'],
          [Q.createUser, { i: { name: `${marker}'@'%`, password: 'long enough 1' } }, 'BAD_USER_INPUT'],
          [Q.createUser, { i: { name: 'root', password: 'long enough 1' } }, 'BAD_USER_INPUT'],
          [Q.createUser, { i: { name: marker, password: 'short' } }, 'BAD_USER_INPUT'],
          [Q.createUser, { i: { name: marker, password: 'long enough\u0000' } }, 'BAD_USER_INPUT'],
          [Q.createDatabase, { i: { accountId: bob.accountIds[0], name: marker } }, 'NOT_FOUND'],
          [Q.deleteDatabase, { id: theirs.id }, 'NOT_FOUND'],
        ];
        for (const [query, variables, code] of refused) {
          const err = await alice.fails(query, variables);
          expect({ variables, code: err.extensions?.code }).toEqual({ variables, code });
          expect(err.message).not.toMatch(/syntax|ER_[A-Z]|errno|mysql2/i);
        }
        expect(await master.ok(`{ tasks(first: 1) { totalCount } }`)).toEqual(before);
        expect(
          await onServer('SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE ?', [
            `%${marker}%`,
          ]),
        ).toEqual([]);
        expect(await onServer('SELECT User FROM mysql.user WHERE User LIKE ?', [`%${marker}%`])).toEqual([]);
        expect(
          await onServer('SELECT 1 AS ok FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [theirs.name]),
        ).toEqual([{ ok: 1 }]);
      });
    },
    FAST_TASKS,
  );
});
