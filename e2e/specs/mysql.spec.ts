import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabasesPage } from '../pages/databases.page';
import { signIn } from '../pages/login.page';
import { TasksPage } from '../pages/tasks.page';
import { createEndUser, setupMasterAdmin, type MasterAdmin, type SeededUser } from '../support/api';
import { seedMysqlServer } from '../support/cluster';
import { useE2E, type Session } from '../support/harness';
import { databaseExists, dropCreated, grantedDatabases, rootConnection, userHosts } from '../support/mariadb';
import mysql from 'mysql2/promise';
import { skipReason } from '../support/prerequisites';

/** Names no other run (or the API suite, on the same MariaDB) picks: the account prefix alone repeats across fresh databases. */
const run = Date.now().toString(36).slice(-5);

describe.skipIf(skipReason)('an end user gets a MySQL database', () => {
  const e2e = useE2E();
  let admin: MasterAdmin;
  let customer: SeededUser;
  let s: Session;
  let page: DatabasesPage;
  let dbName: string;
  let userName: string;
  const password = `pw-${run}-secret`;
  const created = { databases: [] as string[], users: [] as string[] };

  beforeAll(async () => {
    admin = await setupMasterAdmin(e2e.url);
    await seedMysqlServer(admin.client);
    customer = await createEndUser(admin.client, { login: 'dbowner', accountName: 'Shop with a database' });
    const prefix = `a${customer.accounts[0].id}_`;
    dbName = `${prefix}shop${run}`;
    userName = `${prefix}app${run}`;
    created.databases.push(dbName);
    created.users.push(userName);
    s = await e2e.newSession();
    const layout = await signIn(s.page, customer);
    await layout.navigate('databases');
    page = new DatabasesPage(s.page);
  });

  afterAll(async () => {
    await dropCreated(created);
  });

  it('shows the account prefix and the plan limits', async () => {
    expect(await page.prefix()).toBe(`a${customer.accounts[0].id}_`);
    expect(await page.databaseUsage.getAttribute('data-count')).toBe('0');
    expect(Number(await page.databaseUsage.getAttribute('data-max'))).toBeGreaterThan(0);
  });

  it('creates a database, which goes from QUEUED to ACTIVE as the worker creates it', async () => {
    await page.recordStates('mysql-db-row', dbName);
    const answer = await page.createDatabase(`shop${run}`);
    expect(answer).toMatchObject({ name: dbName, state: 'QUEUED' });
    await expect.poll(() => page.databaseState(dbName), { timeout: 15_000 }).toBe('ACTIVE');
    const seen = await page.recordedStates('mysql-db-row', dbName);
    expect(seen[0], `states shown: ${seen.join(' → ')}`).toBe('QUEUED');
    expect(seen.at(-1)).toBe('ACTIVE');
    expect(await page.databaseUsage.getAttribute('data-count')).toBe('1');
    expect(await page.databaseHost(dbName)).toBe('127.0.0.1'); // the MariaDB server's address, on the default port

    const db = await rootConnection();
    try {
      expect(await databaseExists(db, dbName)).toBe(true);
    } finally {
      await db.end();
    }
  });

  it('creates a database user with a password and grants it the database', async () => {
    const answer = await page.createUser(`app${run}`, password);
    expect(answer).toMatchObject({ name: userName, state: 'QUEUED' });
    await expect.poll(() => page.userState(userName), { timeout: 15_000 }).toBe('ACTIVE');

    await page.grant(userName, dbName);
    await expect.poll(() => page.grants(userName), { timeout: 10_000 }).toEqual([dbName]);
    await e2e.screenshot(s.page, 'mysql-databases');

    const db = await rootConnection();
    try {
      expect(await userHosts(db, userName)).toEqual(['%']);
      await expect.poll(() => grantedDatabases(db, userName), { timeout: 15_000 }).toEqual([dbName]);
    } finally {
      await db.end();
    }
    // The password set in the panel is the one the server knows: the user signs in and sees its database.
    const asUser = await mysql.createConnection({
      host: '127.0.0.1',
      port: 3306,
      user: userName,
      password,
      database: dbName,
    });
    try {
      const [rows] = await asUser.query<mysql.RowDataPacket[]>('SELECT DATABASE() AS db');
      expect(rows[0].db).toBe(dbName);
    } finally {
      await asUser.end();
    }
  });

  it('refreshes the sizes: the database the user filled shows its new size', async () => {
    const before = await page.databaseSize(dbName);
    expect(before).toBe(0); // measured empty when it was created
    const asUser = await mysql.createConnection({
      host: '127.0.0.1',
      port: 3306,
      user: userName,
      password,
      database: dbName,
    });
    try {
      await asUser.query('CREATE TABLE notes (id INT AUTO_INCREMENT PRIMARY KEY, body TEXT)');
      await asUser.query('INSERT INTO notes (body) VALUES ?', [Array.from({ length: 2000 }, () => ['n'.repeat(1000)])]);
    } finally {
      await asUser.end();
    }
    await page.refreshSizes();
    await expect.poll(() => page.databaseSize(dbName), { timeout: 15_000 }).toBeGreaterThan(2_000_000);
    await expect.poll(() => page.notice.textContent(), { timeout: 5_000 }).toBe('Sizes updated.');
    await e2e.screenshot(s.page, 'mysql-sizes-refreshed');
  });

  it('shows the master admin those tasks done in Events and processes', async () => {
    const master = await e2e.newSession();
    const layout = await signIn(master.page, admin);
    await layout.navigate('tasks');
    const tasks = new TasksPage(master.page);
    await tasks.filterAccount(customer.accounts[0].id);
    // Database, user, grant, size refresh: each its own task, all finished.
    await expect
      .poll(async () => (await tasks.tasks()).filter((t) => t.state === 'DONE').length, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(4);
    const shown = await tasks.tasks();
    expect(
      shown.every((t) => t.state === 'DONE'),
      JSON.stringify(shown),
    ).toBe(true);
    expect(shown.some((t) => t.subject.includes(dbName))).toBe(true);
    expect(shown.some((t) => t.subject.includes(userName))).toBe(true);
    await e2e.screenshot(master.page, 'mysql-tasks-done');

    await tasks.filterState('FAILED');
    await expect.poll(() => tasks.tasks(), { timeout: 10_000 }).toEqual([]);
    await master.context.close();
  });
});
