import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config';
import { describeApi, type TestApi } from '../../test/api';
import { createEndUser, setupMaster, type EndUserClient, type MasterClient } from '../../test/factories';
import { systemFork } from '../../test/tasks';
import { LogicalServer } from '../servers/logical-server.entity';
import { MysqlDatabase } from './mysql-database.entity';
import { databaseState, eventually, FAST_TASKS, Q, setupMysqlServer } from './testing';
import { mysqlSettings } from './settings';

/*
 * Refreshing database sizes (mysql.refreshSizes) on the files driver, which measures nothing: on
 * demand (refreshMysqlSizes) and by the periodic job of worker processes. The real figures, from a
 * real MariaDB, are checked in mysql.mariadb.test.ts.
 */

type SizeTask = { id: string; state: string; account: { id: string }; server: { id: string } };

const sizeTasks = async (master: MasterClient): Promise<SizeTask[]> => (await master.ok(Q.sizeTasks)).tasks.nodes;
const pendingFor = async (master: MasterClient, accountId: string) =>
  (await sizeTasks(master)).filter(
    (t) => t.account.id === accountId && (t.state === 'QUEUED' || t.state === 'RUNNING'),
  );

/** max_tasks 0: the worker claims none of the server's tasks, so they stay QUEUED (no API sets that; admins may set 1–100). */
async function holdServer(api: TestApi, serverId: string, hold: boolean): Promise<void> {
  await systemFork(api).nativeUpdate(LogicalServer, { id: Number(serverId) }, { maxTasks: hold ? 0 : 2 });
}

/** A figure a real driver reported before (the server's driver was changed to FILES since). */
async function setSize(api: TestApi, databaseId: string, bytes: number): Promise<void> {
  await systemFork(api).nativeUpdate(MysqlDatabase, { id: Number(databaseId) }, { sizeBytes: bytes });
}

async function activeDatabase(
  client: EndUserClient,
  accountId: string,
  name: string,
): Promise<{ id: string; name: string; sizeBytes: number | null; sizeCheckedAt: string | null }> {
  const db = (await client.ok(Q.createDatabase, { i: { accountId, name } })).createMysqlDatabase;
  return databaseState(client, accountId, db.id, 'ACTIVE');
}

describe('MYSQL_SIZE_REFRESH_MINUTES', () => {
  it('defaults to an hour; 0 turns it off; fractions are allowed; negative or not a number is refused', () => {
    expect(mysqlSettings.of(loadConfig({})).sizeRefreshMs).toBe(3_600_000);
    expect(mysqlSettings.of(loadConfig({ MYSQL_SIZE_REFRESH_MINUTES: '0' })).sizeRefreshMs).toBe(0);
    expect(mysqlSettings.of(loadConfig({ MYSQL_SIZE_REFRESH_MINUTES: '0.02' })).sizeRefreshMs).toBe(1200);
    for (const bad of ['-1', 'often', '20000']) {
      expect(() => mysqlSettings.of(loadConfig({ MYSQL_SIZE_REFRESH_MINUTES: bad }))).toThrow(ConfigError);
    }
  });
});

describeApi(
  'refreshMysqlSizes (files driver)',
  (api) => {
    let master: MasterClient;
    let alice: EndUserClient;
    let bob: EndUserClient;
    let serverId: string;

    beforeAll(async () => {
      master = await setupMaster(api);
      ({ serverId } = await setupMysqlServer(master, 'FILES'));
      alice = await createEndUser(master, api, { accounts: 2 });
      bob = await createEndUser(master, api);
    });

    it('queues one refresh for the active account; clicking again while it is pending queues nothing', async () => {
      const [acc, other] = alice.accountIds as [string, string];
      const known = await activeDatabase(alice, acc, 'known');
      const unknown = await activeDatabase(alice, acc, 'unknown');
      await activeDatabase(alice, other, 'elsewhere');
      expect(unknown.sizeBytes).toBeNull(); // the files driver measures nothing, not even at creation
      await setSize(api, known.id, 123_456);
      await holdServer(api, serverId, true);

      expect(await alice.ok(Q.refreshSizes, {})).toEqual({ refreshMysqlSizes: true });
      const pending = await pendingFor(master, acc);
      expect(pending).toEqual([
        { id: expect.any(String), state: 'QUEUED', account: { id: acc }, server: { id: serverId } },
      ]);
      expect(await alice.ok(Q.refreshSizes, { a: acc })).toEqual({ refreshMysqlSizes: true });
      expect(await alice.ok(Q.refreshSizes, {})).toEqual({ refreshMysqlSizes: true });
      expect(await pendingFor(master, acc)).toEqual(pending);
      expect(await pendingFor(master, other)).toEqual([]); // only the account asked for

      // The task runs: it asked the server (sizeCheckedAt moves), which reported no figure, so none is overwritten.
      await holdServer(api, serverId, false);
      const lastChecked = [known.sizeCheckedAt!, unknown.sizeCheckedAt!].sort().at(-1)!;
      const rows = await eventually(async () => {
        const list = (await alice.ok(Q.databases, { a: acc })).mysqlDatabases;
        for (const db of list) expect(db.sizeCheckedAt > lastChecked).toBe(true);
        return list;
      });
      expect(rows.map((d: { name: string; sizeBytes: number | null }) => [d.name, d.sizeBytes])).toEqual([
        [known.name, 123_456],
        [unknown.name, null],
      ]);
      expect((await sizeTasks(master)).filter((t) => t.account.id === acc).map((t) => t.state)).toEqual(['DONE']);
    });

    it('an account without ACTIVE or SUSPENDED databases: true, and nothing is queued', async () => {
      const carol = await createEndUser(master, api);
      const acc = carol.accountIds[0]!;
      expect(await carol.ok(Q.refreshSizes, {})).toEqual({ refreshMysqlSizes: true });
      // One still being created, one whose creation was cancelled (FAILED): neither is on the server to measure.
      await holdServer(api, serverId, true);
      try {
        await carol.ok(Q.createDatabase, { i: { name: 'queued' } });
        const failed = (await carol.ok(Q.createDatabase, { i: { name: 'failed' } })).createMysqlDatabase;
        const { tasks } = await master.ok(
          `{ tasks(first: 1, kind: "mysql.createDatabase", accountId: "${acc}") { nodes { id } } }`,
        );
        await master.ok(`mutation($id: ID!) { cancelTask(id: $id) { state } }`, { id: tasks.nodes[0].id });
        await databaseState(carol, acc, failed.id, 'FAILED');
        expect(await carol.ok(Q.refreshSizes, {})).toEqual({ refreshMysqlSizes: true });
        expect((await sizeTasks(master)).filter((t) => t.account.id === acc)).toEqual([]);
      } finally {
        await holdServer(api, serverId, false);
      }
    });

    it('another customer’s account is NOT_FOUND and nothing is queued; an admin refreshes by accountId', async () => {
      const theirs = alice.accountIds[1]!;
      const before = await sizeTasks(master);
      const err = await bob.fails(Q.refreshSizes, { a: theirs });
      expect(err.extensions?.code).toBe('NOT_FOUND');
      expect((await bob.fails(Q.refreshSizes, { a: 'x' })).extensions?.code).toBe('BAD_USER_INPUT');
      expect(await sizeTasks(master)).toEqual(before);
      // Without accountId an admin has no active account to fall back on.
      expect((await master.fails(Q.refreshSizes, {})).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'accountId' }],
      });
      expect(await master.ok(Q.refreshSizes, { a: theirs })).toEqual({ refreshMysqlSizes: true });
      await eventually(async () =>
        expect((await sizeTasks(master)).filter((t) => t.account.id === theirs).map((t) => t.state)).toEqual(['DONE']),
      );
    });
  },
  { ...FAST_TASKS, MYSQL_SIZE_REFRESH_MINUTES: '0' },
);

describeApi(
  'the periodic size refresh of worker processes',
  (api) => {
    let master: MasterClient;
    let serverId: string;

    beforeAll(async () => {
      master = await setupMaster(api);
      ({ serverId } = await setupMysqlServer(master, 'FILES'));
    });

    it('queues one refresh per account with databases, never a second while one is pending, and keeps going', async () => {
      const alice = await createEndUser(master, api, { accounts: 2 });
      const bob = await createEndUser(master, api);
      const idle = await createEndUser(master, api); // no databases: never refreshed
      const [a1, a2] = alice.accountIds as [string, string];
      const b = bob.accountIds[0]!;
      const known = await activeDatabase(alice, a1, 'one');
      await activeDatabase(alice, a1, 'two');
      await activeDatabase(alice, a2, 'three');
      await activeDatabase(bob, b, 'four');
      await setSize(api, known.id, 98_765);

      // Held, the refreshes stay pending; ten ticks (60 ms apart) later there is still one each.
      await holdServer(api, serverId, true);
      await eventually(async () => {
        for (const acc of [a1, a2, b]) expect(await pendingFor(master, acc)).toHaveLength(1);
      });
      await new Promise((r) => setTimeout(r, 600));
      const held = await sizeTasks(master);
      for (const acc of [a1, a2, b]) {
        expect(await pendingFor(master, acc)).toEqual([
          { id: expect.any(String), state: 'QUEUED', account: { id: acc }, server: { id: serverId } },
        ]);
      }
      expect(held.filter((t) => t.account.id === idle.accountIds[0])).toEqual([]);

      // Released, they run (the sizes the files driver cannot measure stay as they were), and later ticks queue new ones.
      const checked = (await alice.ok(Q.databases, { a: a1 })).mysqlDatabases.map(
        (d: { sizeCheckedAt: string }) => d.sizeCheckedAt,
      );
      await holdServer(api, serverId, false);
      await eventually(async () => {
        const now = await sizeTasks(master);
        for (const acc of [a1, a2, b]) {
          const count = (tasks: SizeTask[]) => tasks.filter((t) => t.account.id === acc).length;
          expect(count(now)).toBeGreaterThan(count(held));
        }
      });
      const after = (await alice.ok(Q.databases, { a: a1 })).mysqlDatabases;
      expect(after.map((d: { sizeBytes: number | null }) => d.sizeBytes)).toEqual([98_765, null]);
      after.forEach((d: { sizeCheckedAt: string }, i: number) => expect(d.sizeCheckedAt > checked[i]).toBe(true));
    });
  },
  { ...FAST_TASKS, MYSQL_SIZE_REFRESH_MINUTES: '0.001' },
);
