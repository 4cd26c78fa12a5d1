import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { filesDirFor } from '../../drivers/files-dir';
import { describeApi } from '../../test/api';
import {
  createEndUser,
  createReseller,
  setupMaster,
  unique,
  type EndUserClient,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { databaseState, eventually, FAST_TASKS, Q, setupMysqlServer, userState } from './testing';

/*
 * MySQL databases and logins through the API, on the files driver (no MariaDB needed): the task
 * engine runs the handlers, which write the SQL under DATA_DIR/drivers/mysql/<server>/.
 * The same flows against a real MariaDB are in mysql.mariadb.test.ts.
 */
describeApi(
  'MySQL databases and users (files driver)',
  (api) => {
    let master: MasterClient;
    let alice: EndUserClient;
    let bob: EndUserClient;
    let serverName: string;
    let cluster: { groupId: string; physicalId: string };
    const sqlFile = () => path.join(filesDirFor(api.config, 'mysql', serverName), 'applied.sql');
    const sqlText = () => (fs.existsSync(sqlFile()) ? fs.readFileSync(sqlFile(), 'utf8') : '');

    beforeAll(async () => {
      master = await setupMaster(api);
      ({ serverName, ...cluster } = await setupMysqlServer(master, 'FILES'));
      alice = await createEndUser(master, api, { accounts: 2 });
      bob = await createEndUser(master, api);
    });

    /** Everything a refused call could have changed: the rows of both users, the tasks, the SQL written. */
    const snapshot = async () => ({
      alice: await alice.ok(`{ a: mysqlDatabases { ${'id name state'} } b: mysqlUsers { id name state } }`),
      bob: await bob.ok(`{ a: mysqlDatabases { id name state } b: mysqlUsers { id name state } }`),
      tasks: (await master.ok(Q.tasks)).tasks.nodes.length,
      sql: sqlText(),
    });

    it('a user creates a database and a login, grants it, and the SQL is written without the password', async () => {
      const acc = alice.accountIds[0]!;
      const password = "Pa55'; DROP USER root; --\\";
      const db = (await alice.ok(Q.createDatabase, { i: { name: 'shop' } })).createMysqlDatabase;
      expect(db).toMatchObject({
        name: `a${acc}_shop`,
        charset: 'utf8mb4',
        state: 'QUEUED',
        account: { id: acc },
        users: [],
      });
      const user = (await alice.ok(Q.createUser, { i: { name: 'app', password } })).createMysqlUser;
      expect(user).toMatchObject({ name: `a${acc}_app`, state: 'QUEUED', databases: [] });
      const grant = (await alice.ok(Q.grant, { u: user.id, d: db.id })).grantMysqlDatabase;
      expect(grant).toMatchObject({ state: 'QUEUED', user: { id: user.id }, database: { id: db.id } });

      await databaseState(alice, acc, db.id, 'ACTIVE');
      await userState(alice, acc, user.id, 'ACTIVE');
      const listed = await eventually(async () => {
        const rows = (await alice.ok(Q.databases, {})).mysqlDatabases;
        expect(rows[0].users).toEqual([{ id: user.id, name: `a${acc}_app` }]);
        return rows;
      });
      expect(listed).toHaveLength(1);
      expect((await alice.ok(Q.users, {})).mysqlUsers[0].databases).toEqual([{ id: db.id, name: `a${acc}_shop` }]);

      const sql = await eventually(async () => {
        const text = sqlText();
        expect(text).toContain('GRANT ALL PRIVILEGES');
        return text;
      });
      expect(sql).toContain(`CREATE DATABASE IF NOT EXISTS \`a${acc}_shop\` CHARACTER SET utf8mb4;`);
      expect(sql).toContain(`CREATE USER IF NOT EXISTS 'a${acc}_app'@'%' IDENTIFIED BY '[redacted]';`);
      expect(sql).toContain(`GRANT ALL PRIVILEGES ON \`a${acc}\\_shop\`.* TO 'a${acc}_app'@'%';`);
      expect(sql).not.toContain('Pa55');
      // Nor is it kept anywhere in the panel's data directory or its task rows.
      const tasks = await master.ok(`{ tasks(first: 100) { nodes { kind subject lastError } } }`);
      expect(JSON.stringify(tasks)).not.toContain('Pa55');
    });

    it('set password, revoke, delete: each is applied and the rows follow', async () => {
      const acc = alice.accountIds[0]!;
      const [db] = (await alice.ok(Q.databases, {})).mysqlDatabases;
      const [user] = (await alice.ok(Q.users, {})).mysqlUsers;
      const tooShort = await alice.fails(Q.setPassword, { id: user.id, p: 'short' });
      expect(tooShort.extensions?.fields).toEqual([{ field: 'password', message: 'must be at least 8 characters' }]);
      await alice.ok(Q.setPassword, { id: user.id, p: 'another password 1' });
      await eventually(async () =>
        expect(sqlText()).toContain(`ALTER USER 'a${acc}_app'@'%' IDENTIFIED BY '[redacted]';`),
      );
      expect(await alice.ok(Q.revoke, { u: user.id, d: db.id })).toEqual({ revokeMysqlDatabase: true });
      await eventually(async () => expect((await alice.ok(Q.databases, {})).mysqlDatabases[0].users).toEqual([]));
      expect(sqlText()).toContain(`REVOKE ALL PRIVILEGES ON \`a${acc}\\_shop\`.* FROM 'a${acc}_app'@'%';`);

      expect((await alice.ok(Q.deleteDatabase, { id: db.id })).deleteMysqlDatabase.state).toBe('DELETING');
      expect((await alice.ok(Q.deleteUser, { id: user.id })).deleteMysqlUser.state).toBe('DELETING');
      await databaseState(alice, acc, db.id, null);
      await userState(alice, acc, user.id, null);
      expect(sqlText()).toContain(`DROP DATABASE IF EXISTS \`a${acc}_shop\`;`);
      expect(sqlText()).toContain(`DROP USER IF EXISTS 'a${acc}_app'@'%';`);
      expect(sqlText()).not.toContain('another password');
      // The name is free again.
      const again = (await alice.ok(Q.createDatabase, { i: { name: 'shop', charset: 'latin1' } })).createMysqlDatabase;
      await databaseState(alice, acc, again.id, 'ACTIVE');
      await alice.ok(Q.deleteDatabase, { id: again.id });
      await databaseState(alice, acc, again.id, null);
    });

    it('bad names, reserved names, bad passwords and charsets: per-field errors, nothing created', async () => {
      const before = await snapshot();
      const fieldOf = async (query: string, i: Record<string, unknown>) => {
        const err = await alice.fails(query, { i });
        expect(err.extensions?.code).toBe('BAD_USER_INPUT');
        return err.extensions!.fields!.map((f) => f.field).sort();
      };
      for (const name of [
        '',
        'Shop',
        '1shop',
        '_shop',
        'shop-1',
        'shop db',
        'mysql',
        'test',
        'sys',
        'root',
        'x'.repeat(17),
        "s'; DROP DATABASE mysql; --",
        's`x',
        'é',
        'shop\u0000',
      ]) {
        expect(await fieldOf(Q.createDatabase, { name })).toEqual(['name']);
        expect(await fieldOf(Q.createUser, { name, password: 'long enough 1' })).toEqual(['name']);
      }
      for (const password of ['short', 'x'.repeat(129), 'tab\there ok?', 'new\nline!!', 'pässwört123']) {
        expect(await fieldOf(Q.createUser, { name: 'app', password })).toEqual(['password']);
      }
      expect(await fieldOf(Q.createDatabase, { name: 'shop', charset: 'utf8mb4; DROP DATABASE x' })).toEqual([
        'charset',
      ]);
      expect(await fieldOf(Q.createUser, { name: 'Bad!', password: 'x' })).toEqual(['name', 'password']);
      expect(await snapshot()).toEqual(before);
    });

    it('a password of quotes and semicolons is accepted as it is', async () => {
      const acc = alice.accountIds[0]!;
      const u = (await alice.ok(Q.createUser, { i: { name: 'quoted', password: `'";\\--'); DROP TABLE x; #` } }))
        .createMysqlUser;
      await userState(alice, acc, u.id, 'ACTIVE');
      expect(sqlText()).toContain(`CREATE USER IF NOT EXISTS 'a${acc}_quoted'@'%' IDENTIFIED BY '[redacted]';`);
      expect(sqlText()).not.toContain('DROP TABLE');
      await alice.ok(Q.deleteUser, { id: u.id });
      await userState(alice, acc, u.id, null);
    });

    it('duplicate names are a field error, also while the first is still queued', async () => {
      const acc = alice.accountIds[0]!;
      const first = (await alice.ok(Q.createDatabase, { i: { name: 'dup' } })).createMysqlDatabase;
      const err = await alice.fails(Q.createDatabase, { i: { name: 'dup' } });
      expect(err.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'name', message: `a database named a${acc}_dup already exists` }],
      });
      const u = (await alice.ok(Q.createUser, { i: { name: 'dup', password: 'long enough 1' } })).createMysqlUser;
      expect(
        (await alice.fails(Q.createUser, { i: { name: 'dup', password: 'long enough 1' } })).extensions?.fields,
      ).toEqual([{ field: 'name', message: `a user named a${acc}_dup already exists` }]);
      // The same short name in the user's other account is another full name: allowed.
      const other = alice.accountIds[1]!;
      const inOther = (await alice.ok(Q.createDatabase, { i: { accountId: other, name: 'dup' } })).createMysqlDatabase;
      expect(inOther).toMatchObject({ name: `a${other}_dup`, account: { id: other } });
      await databaseState(alice, acc, first.id, 'ACTIVE');
      await userState(alice, acc, u.id, 'ACTIVE');
      await databaseState(alice, other, inOther.id, 'ACTIVE');
      // A second grant of the same pair is a conflict.
      await alice.ok(Q.grant, { u: u.id, d: first.id });
      expect((await alice.fails(Q.grant, { u: u.id, d: first.id })).extensions?.code).toBe('CONFLICT');
      // A database of another account (same owner) cannot be granted to this account's user.
      const cross = await alice.fails(Q.grant, { u: u.id, d: inOther.id });
      expect(cross.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'databaseId' }] });
    });

    it('limits: the account may not have more databases or users than its numbers allow', async () => {
      const carol = await createEndUser(master, api);
      const acc = carol.accountIds[0]!;
      for (let i = 0; i < 10; i++) await carol.ok(Q.createDatabase, { i: { name: `db${i}` } });
      const err = await carol.fails(Q.createDatabase, { i: { name: 'db10' } });
      expect(err.extensions).toMatchObject({ code: 'CONFLICT', limit: 10 });
      expect(err.message).toMatch(/at most 10 MySQL databases/);
      for (let i = 0; i < 10; i++) await carol.ok(Q.createUser, { i: { name: `u${i}`, password: 'long enough 1' } });
      expect(
        (await carol.fails(Q.createUser, { i: { name: 'u10', password: 'long enough 1' } })).extensions,
      ).toMatchObject({ code: 'CONFLICT', limit: 10 });
      expect((await carol.ok(Q.databases, {})).mysqlDatabases).toHaveLength(10);
      expect((await carol.ok(Q.users, {})).mysqlUsers).toHaveLength(10);
      // A deleted database frees its slot once it is gone.
      const [first] = (await carol.ok(Q.databases, {})).mysqlDatabases;
      await databaseState(carol, acc, first.id, 'ACTIVE');
      await carol.ok(Q.deleteDatabase, { id: first.id });
      await databaseState(carol, acc, first.id, null);
      await carol.ok(Q.createDatabase, { i: { name: 'db10' } });
    });

    it('limits hold under concurrent requests (the account row is locked while counting)', async () => {
      const gina = await createEndUser(master, api);
      const results = await Promise.all(
        Array.from({ length: 14 }, (_, i) => gina.gql(Q.createDatabase, { i: { name: `par${i}` } })),
      );
      const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
      expect(codes.filter((c) => c === 'OK')).toHaveLength(10);
      expect(codes.filter((c) => c !== 'OK')).toEqual(Array(4).fill('CONFLICT'));
      expect((await gina.ok(Q.databases, {})).mysqlDatabases).toHaveLength(10);
    });

    it('tenant isolation: another customer’s IDs are NOT_FOUND and nothing changes', async () => {
      const [db] = (await alice.ok(Q.databases, {})).mysqlDatabases;
      const [user] = (await alice.ok(Q.users, {})).mysqlUsers;
      const bobDb = (await bob.ok(Q.createDatabase, { i: { name: 'mine' } })).createMysqlDatabase;
      await databaseState(bob, bob.accountIds[0]!, bobDb.id, 'ACTIVE');
      const bobUser = (await bob.ok(Q.createUser, { i: { name: 'mine', password: 'long enough 1' } })).createMysqlUser;
      await userState(bob, bob.accountIds[0]!, bobUser.id, 'ACTIVE');
      const before = await snapshot();

      const calls: [string, Record<string, unknown>][] = [
        [Q.databases, { a: alice.accountIds[0] }],
        [Q.users, { a: alice.accountIds[0] }],
        [Q.createDatabase, { i: { accountId: alice.accountIds[0], name: 'evil' } }],
        [Q.createUser, { i: { accountId: alice.accountIds[0], name: 'evil', password: 'long enough 1' } }],
        [Q.deleteDatabase, { id: db.id }],
        [Q.deleteUser, { id: user.id }],
        [Q.setPassword, { id: user.id, p: 'taken over 123' }],
        [Q.grant, { u: bobUser.id, d: db.id }],
        [Q.grant, { u: user.id, d: bobDb.id }],
        [Q.revoke, { u: user.id, d: db.id }],
      ];
      for (const [query, variables] of calls) {
        const err = await bob.fails(query, variables);
        expect({ query, code: err.extensions?.code }).toEqual({ query, code: 'NOT_FOUND' });
      }
      expect(await snapshot()).toEqual(before);
    });

    it('admins act on accounts they manage by accountId; a reseller admin cannot reach another reseller’s account', async () => {
      const acc = bob.accountIds[0]!;
      const made = (await master.ok(Q.createDatabase, { i: { accountId: acc, name: 'byadmin' } })).createMysqlDatabase;
      expect(made).toMatchObject({ name: `a${acc}_byadmin`, account: { id: acc } });
      expect((await bob.ok(Q.databases, {})).mysqlDatabases.map((d: { name: string }) => d.name)).toContain(
        `a${acc}_byadmin`,
      );
      // Without accountId an admin has no active account to fall back on.
      expect((await master.fails(Q.createDatabase, { i: { name: 'x' } })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'accountId' }],
      });

      const reseller: ResellerAdminClient = await createReseller(master, api);
      const theirs = await createEndUser(reseller, api);
      const mine = (await reseller.ok(Q.createDatabase, { i: { accountId: theirs.accountIds[0], name: 'viaseller' } }))
        .createMysqlDatabase;
      expect(mine.account.id).toBe(theirs.accountIds[0]);
      expect((await reseller.fails(Q.databases, { a: acc })).extensions?.code).toBe('NOT_FOUND');
      expect((await reseller.fails(Q.deleteDatabase, { id: made.id })).extensions?.code).toBe('NOT_FOUND');
      await databaseState(master, acc, made.id, 'ACTIVE');
    });

    it('a suspended account gets no new databases; its logins are locked and unlocked with it', async () => {
      const dave = await createEndUser(master, api);
      const acc = dave.accountIds[0]!;
      const u = (await dave.ok(Q.createUser, { i: { name: 'app', password: 'long enough 1' } })).createMysqlUser;
      await userState(dave, acc, u.id, 'ACTIVE');
      await master.ok(Q.suspend, { id: acc });
      await userState(dave, acc, u.id, 'SUSPENDED');
      expect(sqlText()).toContain(`ALTER USER IF EXISTS 'a${acc}_app'@'%' ACCOUNT LOCK;`);
      expect((await dave.fails(Q.createDatabase, { i: { name: 'more' } })).extensions?.code).toBe('CONFLICT');
      await master.ok(Q.resume, { id: acc });
      await userState(dave, acc, u.id, 'ACTIVE');
      expect(sqlText()).toContain(`ALTER USER IF EXISTS 'a${acc}_app'@'%' ACCOUNT UNLOCK;`);
    });

    it('bad IDs are bad input, not lookups', async () => {
      for (const id of ['0', '-1', 'abc', '1 OR 1=1']) {
        expect((await alice.fails(Q.deleteDatabase, { id })).extensions?.code).toBe('BAD_USER_INPUT');
      }
      expect((await alice.fails(Q.databases, { a: 'x' })).extensions?.fields).toEqual([
        { field: 'accountId', message: 'must be a positive numeric ID' },
      ]);
    });

    // Last: a second server in the group would take some of the later tests' new accounts.
    it('placement: the account’s server is chosen on first use and then sticks', async () => {
      const frank = await createEndUser(master, api);
      const acc = frank.accountIds[0]!;
      const first = (await frank.ok(Q.createDatabase, { i: { name: 'first' } })).createMysqlDatabase;
      await databaseState(frank, acc, first.id, 'ACTIVE');
      const second = unique('mysql');
      await master.ok(`mutation($i: CreateLogicalServerInput!) { createLogicalServer(input: $i) { id } }`, {
        i: { name: second, kind: 'MYSQL', physicalId: cluster.physicalId, groupId: cluster.groupId, driver: 'FILES' },
      });
      // Placement is RANDOM: were it not sticky, each of these would land on the new server half the time.
      for (let i = 0; i < 5; i++) {
        const db = (await frank.ok(Q.createDatabase, { i: { name: `more${i}` } })).createMysqlDatabase;
        await databaseState(frank, acc, db.id, 'ACTIVE');
      }
      const u = (await frank.ok(Q.createUser, { i: { name: 'app', password: 'long enough 1' } })).createMysqlUser;
      await userState(frank, acc, u.id, 'ACTIVE');
      for (let i = 0; i < 5; i++) expect(sqlText()).toContain(`\`a${acc}_more${i}\``);
      expect(sqlText()).toContain(`'a${acc}_app'@'%'`);
      expect(fs.existsSync(filesDirFor(api.config, 'mysql', second))).toBe(false);
    });
  },
  FAST_TASKS,
);
