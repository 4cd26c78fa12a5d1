import type { GraphQLError } from 'graphql';
import { beforeAll, expect, it } from 'vitest';
import { systemEm } from '../../db/scope';
import { describeApi } from '../../test/api';
import { createEndUser, setupMaster, type MasterClient } from '../../test/factories';
import { Account, AccountStatus } from '../accounts/account.entity';
import { MysqlDatabase } from '../mysql/mysql-database.entity';
import { AccountServer } from './account-server.entity';
import { ServerKind } from './enums';
import { LogicalServer } from './logical-server.entity';
import type { PlacementService } from './placement.service';
import { serversModule } from '.';

const PLACEMENTS = Number(process.env.PLACEMENTS ?? 3000);
describeApi('placement: which server an account’s resources go to', (api) => {
  // The app's own placement: the areas that keep data on servers (MySQL) have registered their measures with it.
  let placement: PlacementService;
  beforeAll(() => {
    placement = api.app.areas.get(serversModule).placement;
  });
  let master: MasterClient;
  let accountIds: number[];
  let physicalId: string;
  let offlineId: string;
  const serverIds = new Map<string, number>();

  /** Places one account in its own transaction, as a service would (the row lock needs one). */
  const placeOne = (accountId: number, kind: ServerKind): Promise<string> =>
    systemEm(api.orm, 'test set-up: accounts placed on servers directly, with no viewer').transactional(async (em) => {
      const account = await em.findOneOrFail(Account, { id: accountId });
      return (await placement.place(em, account, kind)).name;
    });

  /**
   * Places many accounts; returns how many went to each server. Several transactions run at once,
   * each placing a batch of accounts one by one and flushing each row before the next placement
   * counts (a transaction per account would only make the test slower, not stricter).
   */
  async function placeAll(ids: number[], kind: ServerKind, parallel = 4, batch = 50): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    const batches: number[][] = [];
    for (let i = 0; i < ids.length; i += batch) batches.push(ids.slice(i, i + batch));
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        for (let next = batches.shift(); next; next = batches.shift()) {
          const chunk = next;
          await systemEm(api.orm, 'test set-up: accounts placed on servers directly, with no viewer').transactional(
            async (em) => {
              for (const account of await em.find(Account, { id: { $in: chunk } })) {
                const { name } = await placement.place(em, account, kind);
                await em.flush();
                counts[name] = (counts[name] ?? 0) + 1;
              }
            },
          );
          // better-sqlite3 answers synchronously: without a turn of the event loop now and then, the
          // server's timers (keep-alive) fire only after the run, racing the next request (ECONNRESET).
          await new Promise((resolve) => setImmediate(resolve));
        }
      }),
    );
    return counts;
  }

  async function server(name: string, kind: string, extra: Record<string, unknown> = {}): Promise<number> {
    const { createLogicalServer } = await master.ok(
      `mutation($input: CreateLogicalServerInput!) { createLogicalServer(input: $input) { id } }`,
      { input: { name, kind, physicalId, driver: 'FILES', ...extra } },
    );
    serverIds.set(name, Number(createLogicalServer.id));
    return Number(createLogicalServer.id);
  }

  const group = async (name: string, kind: string, extra: Record<string, unknown> = {}): Promise<string> =>
    (
      await master.ok(`mutation($input: ServerGroupInput!) { createServerGroup(input: $input) { id } }`, {
        input: { name, kind, ...extra },
      })
    ).createServerGroup.id;

  /** Pre-existing placements, written directly (the accounts are taken from the end of the pool). */
  async function prefill(serverName: string, kind: ServerKind, n: number): Promise<void> {
    const em = systemEm(api.orm, 'test set-up: accounts placed on servers directly, with no viewer');
    const target = await em.findOneOrFail(LogicalServer, { id: serverIds.get(serverName)! });
    for (let i = 0; i < n; i++) {
      const account = await em.findOneOrFail(Account, { id: accountIds.pop()! });
      em.create(AccountServer, { reseller: account.reseller, account, kind, server: target });
    }
    await em.flush();
  }

  async function addDatabase(serverName: string, bytes: number): Promise<void> {
    const em = systemEm(api.orm, 'test set-up: accounts placed on servers directly, with no viewer');
    const account = await em.findOneOrFail(Account, { id: accountIds[accountIds.length - 1]! });
    const target = await em.findOneOrFail(LogicalServer, { id: serverIds.get(serverName)! });
    em.create(MysqlDatabase, {
      reseller: account.reseller,
      account,
      server: target,
      name: `d${Math.random().toString(36).slice(2, 10)}`,
      charset: 'utf8mb4',
      sizeBytes: bytes,
    });
    await em.flush();
  }

  const rowsOf = (kind: ServerKind) =>
    systemEm(api.orm, 'test set-up: accounts placed on servers directly, with no viewer').count(AccountServer, {
      kind,
    });

  async function expectNoRoom(accountId: number, kind: ServerKind, message: RegExp): Promise<void> {
    const before = await rowsOf(kind);
    const err = (await placeOne(accountId, kind).then(
      () => null,
      (e: unknown) => e,
    )) as GraphQLError | null;
    expect(err?.extensions?.code).toBe('CONFLICT');
    expect(err?.message).toMatch(message);
    expect(await rowsOf(kind)).toBe(before);
  }

  beforeAll(async () => {
    master = await setupMaster(api);
    const owner = await createEndUser(master, api);
    const em = systemEm(api.orm, 'test set-up: accounts placed on servers directly, with no viewer');
    const { reseller } = await em.findOneOrFail(Account, { id: Number(owner.accountIds[0]) });
    const createdAt = new Date();
    const rows = Array.from({ length: PLACEMENTS + 100 }, (_, i) => ({
      reseller: reseller.id,
      owner: Number(owner.userId),
      name: `bulk ${i}`,
      status: AccountStatus.ACTIVE,
      createdAt,
    }));
    for (let i = 0; i < rows.length; i += 500) await em.insertMany(Account, rows.slice(i, i + 500));
    accountIds = (await em.find(Account, { name: { $like: 'bulk %' } }, { orderBy: { id: 'asc' } })).map((a) => a.id);
    expect(accountIds).toHaveLength(PLACEMENTS + 100);

    const machines = await master.ok(`mutation {
      a: createPhysicalServer(input: { name: "rack-a", os: LINUX, address: "10.0.0.1" }) { id }
      b: createPhysicalServer(input: { name: "rack-down", os: LINUX, address: "10.0.0.2", status: OFFLINE }) { id }
    }`);
    physicalId = machines.a.id;
    offlineId = machines.b.id;
  }, 120_000);

  it(`RANDOM: ${PLACEMENTS} placements over 3 servers land within ±10% of even; disabled, full, offline and outside servers get none`, async () => {
    const g = await group('mysql-pool', 'MYSQL', { isDefault: true });
    await group('mysql-other', 'MYSQL');
    for (const name of ['my1', 'my2', 'my3']) await server(name, 'MYSQL', { groupId: g });
    await server('my-disabled', 'MYSQL', { groupId: g, enabled: false });
    await server('my-full', 'MYSQL', { groupId: g, maxAccounts: 2 });
    await server('my-diskfull', 'MYSQL', { groupId: g, maxDiskMb: 1 });
    await server('my-offline', 'MYSQL', { groupId: g, physicalId: offlineId });
    await server('my-outside', 'MYSQL');
    await prefill('my-full', ServerKind.MYSQL, 2);
    await addDatabase('my-diskfull', 2 * 2 ** 20);

    const counts = await placeAll(accountIds.slice(0, PLACEMENTS), ServerKind.MYSQL);
    expect(Object.keys(counts).sort()).toEqual(['my1', 'my2', 'my3']);
    for (const name of ['my1', 'my2', 'my3']) {
      expect(counts[name]).toBeGreaterThanOrEqual((PLACEMENTS / 3) * 0.9);
      expect(counts[name]).toBeLessThanOrEqual((PLACEMENTS / 3) * 1.1);
    }

    // The admin pages' load figures agree with what was placed.
    const { logicalServers } = await master.ok(
      `{ logicalServers(kind: MYSQL) { name load { accounts databases diskBytes } } }`,
    );
    const load = Object.fromEntries(
      logicalServers.map((s: { name: string; load: { accounts: number } }) => [s.name, s.load.accounts]),
    );
    expect(load).toEqual({
      my1: counts.my1,
      my2: counts.my2,
      my3: counts.my3,
      'my-disabled': 0,
      'my-full': 2,
      'my-diskfull': 0,
      'my-offline': 0,
      'my-outside': 0,
    });
  }, 180_000);

  it('sticky: an account placed once gets the same server again, with one row, even twice in one unit of work', async () => {
    const first = await placeOne(accountIds[0]!, ServerKind.MYSQL);
    for (let i = 0; i < 5; i++) expect(await placeOne(accountIds[0]!, ServerKind.MYSQL)).toBe(first);
    const em = systemEm(api.orm, 'test set-up: accounts placed on servers directly, with no viewer');
    expect(await em.count(AccountServer, { account: accountIds[0]!, kind: ServerKind.MYSQL })).toBe(1);

    const fresh = accountIds[PLACEMENTS]!;
    const [a, b] = await systemEm(
      api.orm,
      'test set-up: accounts placed on servers directly, with no viewer',
    ).transactional(async (tem) => {
      const account = await tem.findOneOrFail(Account, { id: fresh });
      return [
        (await placement.place(tem, account, ServerKind.MYSQL)).name,
        (await placement.place(tem, account, ServerKind.MYSQL)).name,
      ];
    });
    expect(a).toBe(b);
    expect(
      await systemEm(api.orm, 'test set-up: accounts placed on servers directly, with no viewer').count(AccountServer, {
        account: fresh,
        kind: ServerKind.MYSQL,
      }),
    ).toBe(1);
  });

  it(`LEAST_LOADED: ${PLACEMENTS} placements even out to within one account; the only group of a kind is used without being default`, async () => {
    const g = await group('web-pool', 'WEB', { policy: 'LEAST_LOADED' });
    for (const name of ['w1', 'w2', 'w3']) await server(name, 'WEB', { groupId: g });
    await server('w-disabled', 'WEB', { groupId: g, enabled: false });
    await server('w-full', 'WEB', { groupId: g, maxAccounts: 1 });
    await prefill('w3', ServerKind.WEB, 10); // starts ahead: the others catch up first
    await prefill('w-full', ServerKind.WEB, 1);

    const counts = await placeAll(accountIds.slice(0, PLACEMENTS), ServerKind.WEB);
    expect(Object.keys(counts).sort()).toEqual(['w1', 'w2', 'w3']);
    const { logicalServers } = await master.ok(`{ logicalServers(kind: WEB) { name load { accounts } } }`);
    const load = Object.fromEntries(
      logicalServers.map((s: { name: string; load: { accounts: number } }) => [s.name, s.load.accounts]),
    );
    const even = [load.w1, load.w2, load.w3];
    expect(even.reduce((a, b) => a + b, 0)).toBe(PLACEMENTS + 10);
    expect(Math.max(...even) - Math.min(...even)).toBeLessThanOrEqual(1);
    expect({ disabled: load['w-disabled'], full: load['w-full'] }).toEqual({ disabled: 0, full: 1 });
  }, 180_000);

  it('LEAST_LOADED breaks a tie in accounts by disk used', async () => {
    const g = await group('dns-pool', 'DNS', { policy: 'LEAST_LOADED', isDefault: true });
    await server('d1', 'DNS', { groupId: g });
    await server('d2', 'DNS', { groupId: g });
    await addDatabase('d1', 2 ** 20); // same accounts (none), more disk
    const order = [];
    for (const id of accountIds.slice(0, 4)) order.push(await placeOne(id, ServerKind.DNS));
    expect(order).toEqual(['d2', 'd1', 'd2', 'd1']);
  });

  it('with no eligible server the placement fails with a clear CONFLICT and writes nothing', async () => {
    const account = accountIds[PLACEMENTS + 1]!;
    await expectNoRoom(account, ServerKind.PGSQL, /^no PGSQL server has room: there is no PGSQL server group/);

    await group('cp-one', 'CP');
    await group('cp-two', 'CP');
    await expectNoRoom(account, ServerKind.CP, /^no CP server has room: none of the 2 CP server groups is the default/);

    const g = await group('mail-pool', 'MAIL', { isDefault: true });
    await expectNoRoom(account, ServerKind.MAIL, /^no MAIL server has room: group "mail-pool" has no servers/);
    await server('mail-off', 'MAIL', { groupId: g, enabled: false });
    await server('mail-full', 'MAIL', { groupId: g, maxAccounts: 1 });
    await server('mail-down', 'MAIL', { groupId: g, physicalId: offlineId });
    await prefill('mail-full', ServerKind.MAIL, 1);
    await expectNoRoom(
      account,
      ServerKind.MAIL,
      /^no MAIL server has room: all 3 servers of group "mail-pool" .*\(1 disabled, 1 not online or not answering, 1 full\)/,
    );

    // Enabled again through the API, the server takes the account.
    await master.ok(`mutation($id: ID!) { setLogicalServerEnabled(id: $id, enabled: true) { id } }`, {
      id: String(serverIds.get('mail-off')),
    });
    expect(await placeOne(account, ServerKind.MAIL)).toBe('mail-off');
  });

  it('concurrent placements never exceed maxAccounts', async () => {
    const g = await group('pg-pool', 'PGSQL', { isDefault: true });
    await server('pg1', 'PGSQL', { groupId: g, maxAccounts: 5 });
    const ids = accountIds.slice(100, 120);
    const results = await Promise.allSettled(ids.map((id) => placeOne(id, ServerKind.PGSQL)));
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(5);
    expect(refused).toHaveLength(15);
    for (const r of refused) expect((r.reason as GraphQLError).message).toMatch(/^no PGSQL server has room: .*1 full/);
    expect(await rowsOf(ServerKind.PGSQL)).toBe(5);
  }, 60_000);
});
