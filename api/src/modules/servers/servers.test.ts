import { beforeAll, describe, expect, it } from 'vitest';
import { systemEm } from '../../db/scope';
import { describeApi } from '../../test/api';
import { createEndUser, setupMaster, type EndUserClient, type MasterClient } from '../../test/factories';
import { Account } from '../accounts/account.entity';
import { MysqlDatabase } from '../mysql/mysql-database.entity';
import { Task, TaskState } from '../../tasks/task.entity';
import { AccountServer } from './account-server.entity';
import { ServerKind } from './enums';
import { LogicalServer } from './logical-server.entity';

const PHYSICAL = 'id name os address status notes createdAt logicalServers { id name }';
const LOGICAL = `id name kind physical { id name } group { id name } driver host port user userHost hasPassword
  maxAccounts maxDiskMb maxTasks enabled createdAt load { accounts databases diskBytes runningTasks }`;
const GROUP = 'id name kind policy isDefault members { id name } createdAt';

const CREATE_PHYSICAL = `mutation($input: PhysicalServerInput!) { createPhysicalServer(input: $input) { ${PHYSICAL} } }`;
const UPDATE_PHYSICAL = `mutation($id: ID!, $input: PhysicalServerInput!) { updatePhysicalServer(id: $id, input: $input) { ${PHYSICAL} } }`;
const DELETE_PHYSICAL = `mutation($id: ID!) { deletePhysicalServer(id: $id) }`;
const CREATE_LOGICAL = `mutation($input: CreateLogicalServerInput!) { createLogicalServer(input: $input) { ${LOGICAL} } }`;
const UPDATE_LOGICAL = `mutation($id: ID!, $input: UpdateLogicalServerInput!) { updateLogicalServer(id: $id, input: $input) { ${LOGICAL} } }`;
const DELETE_LOGICAL = `mutation($id: ID!) { deleteLogicalServer(id: $id) }`;
const CREATE_GROUP = `mutation($input: ServerGroupInput!) { createServerGroup(input: $input) { ${GROUP} } }`;
const UPDATE_GROUP = `mutation($id: ID!, $input: UpdateServerGroupInput!) { updateServerGroup(id: $id, input: $input) { ${GROUP} } }`;
const DELETE_GROUP = `mutation($id: ID!) { deleteServerGroup(id: $id) }`;

/** An EntityManager that sees every tenant, for setting up rows the API has no mutation for yet. */
describeApi('cluster model: physical servers, logical servers, groups', (api) => {
  let master: MasterClient;
  let customer: EndUserClient;
  /** Everything a refused call could have changed, as the master admin sees it. */
  const state = () =>
    master.ok(`{
      physicalServers { ${PHYSICAL} }
      logicalServers { ${LOGICAL} }
      serverGroups { ${GROUP} }
      ipAddresses(first: 100) { totalCount nodes { id address kind server { id } account { id } } }
    }`);

  async function expectFields(
    query: string,
    variables: Record<string, unknown>,
    fields: string[],
  ): Promise<{ field: string; message: string }[]> {
    const err = await master.fails(query, variables);
    expect({ code: err.extensions?.code, fields: err.extensions?.fields?.map((f) => f.field).sort() }).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [...fields].sort(),
    });
    return err.extensions!.fields!;
  }

  async function expectCode(
    query: string,
    variables: Record<string, unknown>,
    code: string,
    message?: RegExp,
  ): Promise<void> {
    const err = await master.fails(query, variables);
    expect(err.extensions?.code).toBe(code);
    if (message) expect(err.message).toMatch(message);
  }

  const physical = async (name: string, extra: Record<string, unknown> = {}) =>
    (await master.ok(CREATE_PHYSICAL, { input: { name, os: 'LINUX', address: '192.0.2.10', ...extra } }))
      .createPhysicalServer;
  const logical = async (name: string, physicalId: string, extra: Record<string, unknown> = {}) =>
    (await master.ok(CREATE_LOGICAL, { input: { name, kind: 'WEB', physicalId, driver: 'FILES', ...extra } }))
      .createLogicalServer;
  const group = async (name: string, kind: string, extra: Record<string, unknown> = {}) =>
    (await master.ok(CREATE_GROUP, { input: { name, kind, ...extra } })).createServerGroup;

  beforeAll(async () => {
    master = await setupMaster(api);
    customer = await createEndUser(master, api);
  });

  describe('physical servers', () => {
    it('creates, canonicalizes the address, lists by name, reads one', async () => {
      const web = await physical('web1.dc1', { address: ' Web1.Example.COM ', notes: '  rack 4  ' });
      expect(web).toMatchObject({
        name: 'web1.dc1',
        os: 'LINUX',
        address: 'web1.example.com',
        status: 'ONLINE',
        notes: 'rack 4',
        logicalServers: [],
      });
      const v6 = await physical('db1.dc1', {
        os: 'FREEBSD',
        address: '2001:DB8:0:0::0:1',
        status: 'MAINTENANCE',
        notes: '',
      });
      expect(v6).toMatchObject({ address: '2001:db8::1', status: 'MAINTENANCE', notes: null, os: 'FREEBSD' });

      const { physicalServers } = await master.ok(`{ physicalServers { name } }`);
      expect(physicalServers.map((p: { name: string }) => p.name)).toEqual(['db1.dc1', 'web1.dc1']);
      const { physicalServer } = await master.ok(`query($id: ID!) { physicalServer(id: $id) { ${PHYSICAL} } }`, {
        id: web.id,
      });
      expect(physicalServer).toEqual(web);
    });

    it('updates: omitted status and notes stay, null notes clear', async () => {
      const p = await physical('upd1', { status: 'OFFLINE', notes: 'keep me' });
      const same = (
        await master.ok(UPDATE_PHYSICAL, { id: p.id, input: { name: 'upd1b', os: 'WINDOWS', address: '10.1.1.1' } })
      ).updatePhysicalServer;
      expect(same).toMatchObject({
        id: p.id,
        name: 'upd1b',
        os: 'WINDOWS',
        address: '10.1.1.1',
        status: 'OFFLINE',
        notes: 'keep me',
      });
      const cleared = (
        await master.ok(UPDATE_PHYSICAL, {
          id: p.id,
          input: { name: 'upd1b', os: 'WINDOWS', address: '10.1.1.1', status: 'ONLINE', notes: null },
        })
      ).updatePhysicalServer;
      expect(cleared).toMatchObject({ status: 'ONLINE', notes: null });
    });

    it('refuses bad input field by field and changes nothing', async () => {
      const p = await physical('bad-input-target');
      const before = await state();
      const ok = { name: 'fine', os: 'LINUX', address: '10.0.0.1' };
      await expectFields(CREATE_PHYSICAL, { input: { ...ok, name: '', address: '' } }, ['name', 'address']);
      const [upper] = await expectFields(CREATE_PHYSICAL, { input: { ...ok, name: 'Web1' } }, ['name']);
      expect(upper!.message).toMatch(/lowercase/);
      await expectFields(CREATE_PHYSICAL, { input: { ...ok, name: '-web' } }, ['name']);
      await expectFields(CREATE_PHYSICAL, { input: { ...ok, name: 'a'.repeat(65) } }, ['name']);
      await expectFields(CREATE_PHYSICAL, { input: { ...ok, name: 'web_1' } }, ['name']);
      for (const address of [
        'not an address!',
        'host..name',
        '300.1.1.1',
        'fe80::1%eth0',
        `${'a'.repeat(64)}.example.com`,
      ]) {
        await expectFields(CREATE_PHYSICAL, { input: { ...ok, address } }, ['address']);
      }
      await expectFields(CREATE_PHYSICAL, { input: { ...ok, notes: 'n'.repeat(4001) } }, ['notes']);
      await expectFields(UPDATE_PHYSICAL, { id: p.id, input: { ...ok, name: 'UPPER', address: '' } }, [
        'name',
        'address',
      ]);
      await expectFields(UPDATE_PHYSICAL, { id: 'abc', input: ok }, ['id']);
      expect(await state()).toEqual(before);
    });

    it('unknown IDs are NOT_FOUND; a taken name is CONFLICT naming the field', async () => {
      await expectCode(`{ physicalServer(id: "999999") { id } }`, {}, 'NOT_FOUND');
      await expectCode(
        UPDATE_PHYSICAL,
        { id: '999999', input: { name: 'x', os: 'LINUX', address: '10.0.0.1' } },
        'NOT_FOUND',
      );
      await expectCode(DELETE_PHYSICAL, { id: '999999' }, 'NOT_FOUND');

      const a = await physical('taken-a');
      await physical('taken-b');
      const before = await state();
      const err = await master.fails(CREATE_PHYSICAL, { input: { name: 'taken-a', os: 'LINUX', address: '10.0.0.1' } });
      expect({ code: err.extensions?.code, fields: err.extensions?.fields }).toEqual({
        code: 'CONFLICT',
        fields: [{ field: 'name', message: 'is already taken' }],
      });
      await expectCode(
        UPDATE_PHYSICAL,
        { id: a.id, input: { name: 'taken-b', os: 'LINUX', address: '10.0.0.1' } },
        'CONFLICT',
        /taken-b/,
      );
      expect(await state()).toEqual(before);
      // Keeping its own name is no conflict.
      await master.ok(UPDATE_PHYSICAL, { id: a.id, input: { name: 'taken-a', os: 'LINUX', address: '10.0.0.2' } });
    });

    it('deletes only a machine no logical server runs on', async () => {
      const p = await physical('to-delete');
      const l = await logical('on-to-delete', p.id);
      const before = await state();
      await expectCode(DELETE_PHYSICAL, { id: p.id }, 'CONFLICT', /to-delete still runs 1 logical server/);
      expect(await state()).toEqual(before);
      expect((await master.ok(DELETE_LOGICAL, { id: l.id })).deleteLogicalServer).toBe(true);
      expect((await master.ok(DELETE_PHYSICAL, { id: p.id })).deletePhysicalServer).toBe(true);
      await expectCode(`query($id: ID!) { physicalServer(id: $id) { id } }`, { id: p.id }, 'NOT_FOUND');
    });
  });

  describe('logical servers', () => {
    let machine: { id: string; name: string };
    let webGroup: { id: string };
    let mysqlGroup: { id: string };

    beforeAll(async () => {
      machine = await physical('ls-machine');
      webGroup = await group('ls-web', 'WEB');
      mysqlGroup = await group('ls-mysql', 'MYSQL');
    });

    it('creates with driver settings, capacity and group; reads back through every field', async () => {
      const db = await logical('mysql1', machine.id, {
        kind: 'MYSQL',
        driver: 'MARIADB',
        groupId: mysqlGroup.id,
        host: '127.0.0.1',
        port: 3306,
        user: 'helio',
        password: 'pw-1',
        userHost: '10.0.%',
        maxAccounts: 500,
        maxDiskMb: 10240,
        maxTasks: 4,
        enabled: false,
      });
      expect(db).toMatchObject({
        name: 'mysql1',
        kind: 'MYSQL',
        physical: { id: machine.id, name: 'ls-machine' },
        group: { id: mysqlGroup.id, name: 'ls-mysql' },
        driver: 'MARIADB',
        host: '127.0.0.1',
        port: 3306,
        user: 'helio',
        userHost: '10.0.%',
        hasPassword: true,
        maxAccounts: 500,
        maxDiskMb: 10240,
        maxTasks: 4,
        enabled: false,
        load: { accounts: 0, databases: 0, diskBytes: 0, runningTasks: 0 },
      });
      const web = await logical('web1', machine.id);
      expect(web).toMatchObject({
        kind: 'WEB',
        driver: 'FILES',
        group: null,
        host: null,
        port: null,
        user: null,
        userHost: null,
        hasPassword: false,
        maxAccounts: null,
        maxDiskMb: null,
        maxTasks: 2,
        enabled: true,
      });

      const { logicalServer } = await master.ok(`query($id: ID!) { logicalServer(id: $id) { ${LOGICAL} } }`, {
        id: db.id,
      });
      expect(logicalServer).toEqual(db);
      const { logicalServers } = await master.ok(
        `{ logicalServers(kind: MYSQL) { name } all: logicalServers { name } }`,
      );
      expect(logicalServers.map((s: { name: string }) => s.name)).toEqual(['mysql1']);
      const { physicalServer } = await master.ok(
        `query($id: ID!) { physicalServer(id: $id) { logicalServers { name kind } } }`,
        { id: machine.id },
      );
      expect(physicalServer.logicalServers).toEqual([
        { name: 'mysql1', kind: 'MYSQL' },
        { name: 'web1', kind: 'WEB' },
      ]);
    });

    it('refuses bad input field by field and changes nothing', async () => {
      const before = await state();
      const ok = { name: 'fine', kind: 'WEB', physicalId: machine.id, driver: 'FILES' };
      await expectFields(
        CREATE_LOGICAL,
        { input: { ...ok, name: 'Mail', physicalId: 'x', port: 0, maxAccounts: 0, maxDiskMb: -1, maxTasks: 101 } },
        ['name', 'physicalId', 'port', 'maxAccounts', 'maxDiskMb', 'maxTasks'],
      );
      await expectFields(
        CREATE_LOGICAL,
        { input: { ...ok, port: 65536, host: 'bad host', user: 'a b', userHost: "x'y", password: '' } },
        ['port', 'host', 'user', 'userHost', 'password'],
      );
      await expectFields(CREATE_LOGICAL, { input: { ...ok, password: 'p'.repeat(201), groupId: '0' } }, [
        'password',
        'groupId',
      ]);
      const [driver] = await expectFields(
        CREATE_LOGICAL,
        { input: { ...ok, driver: 'MARIADB', host: 'db.example.com', user: 'root' } },
        ['driver'],
      );
      expect(driver!.message).toMatch(/MYSQL/);
      await expectFields(CREATE_LOGICAL, { input: { ...ok, kind: 'MYSQL', driver: 'MARIADB' } }, ['host', 'user']);
      const [groupId] = await expectFields(CREATE_LOGICAL, { input: { ...ok, groupId: mysqlGroup.id } }, ['groupId']);
      expect(groupId!.message).toMatch(/WEB/);
      await expectCode(CREATE_LOGICAL, { input: { ...ok, physicalId: '999999' } }, 'NOT_FOUND', /Physical server/);
      await expectCode(CREATE_LOGICAL, { input: { ...ok, groupId: '999999' } }, 'NOT_FOUND', /Server group/);
      await expectCode(CREATE_LOGICAL, { input: { ...ok, name: 'mysql1' } }, 'CONFLICT', /mysql1/);
      await expectCode(`{ logicalServer(id: "999999") { id } }`, {}, 'NOT_FOUND');
      expect(await state()).toEqual(before);
    });

    it('updates only what is given; null clears optional settings; group kind and driver rules hold', async () => {
      const s = await logical('upd-web', machine.id, {
        host: 'files.example.com',
        port: 8080,
        user: 'www',
        maxAccounts: 10,
        groupId: webGroup.id,
      });
      const id = s.id;
      const cap = (await master.ok(UPDATE_LOGICAL, { id, input: { maxAccounts: 20 } })).updateLogicalServer;
      expect(cap).toMatchObject({ ...s, maxAccounts: 20, createdAt: s.createdAt });
      const cleared = (
        await master.ok(UPDATE_LOGICAL, { id, input: { host: null, port: null, maxAccounts: null, groupId: null } })
      ).updateLogicalServer;
      expect(cleared).toMatchObject({ host: null, port: null, user: 'www', maxAccounts: null, group: null });

      const before = await state();
      await expectFields(UPDATE_LOGICAL, { id, input: { groupId: mysqlGroup.id } }, ['groupId']);
      await expectFields(UPDATE_LOGICAL, { id, input: { driver: 'MARIADB' } }, ['driver', 'host']);
      await expectFields(UPDATE_LOGICAL, { id, input: { name: 'Bad', port: 99999, maxTasks: 0 } }, [
        'name',
        'port',
        'maxTasks',
      ]);
      await expectFields(UPDATE_LOGICAL, { id, input: { password: 'x', clearPassword: true } }, ['clearPassword']);
      await expectCode(UPDATE_LOGICAL, { id, input: { name: 'mysql1' } }, 'CONFLICT', /mysql1/);
      await expectCode(UPDATE_LOGICAL, { id: '999999', input: {} }, 'NOT_FOUND');
      await expectCode(UPDATE_LOGICAL, { id, input: { physicalId: '999999' } }, 'NOT_FOUND');
      expect(await state()).toEqual(before);

      // Kind and group change together; a MARIADB server keeps needing its host.
      const asMysql = (
        await master.ok(UPDATE_LOGICAL, {
          id,
          input: { name: 'upd-mysql', kind: 'MYSQL', groupId: mysqlGroup.id, driver: 'MARIADB', host: '192.0.2.5' },
        })
      ).updateLogicalServer;
      expect(asMysql).toMatchObject({
        name: 'upd-mysql',
        kind: 'MYSQL',
        driver: 'MARIADB',
        host: '192.0.2.5',
        user: 'www',
        group: { id: mysqlGroup.id },
      });
      await expectFields(UPDATE_LOGICAL, { id, input: { host: null } }, ['host']);
      await expectFields(UPDATE_LOGICAL, { id, input: { kind: 'WEB' } }, ['driver', 'groupId']);
    });

    it('enables and disables', async () => {
      const s = await logical('toggle', machine.id);
      const off = (
        await master.ok(`mutation($id: ID!) { setLogicalServerEnabled(id: $id, enabled: false) { id enabled } }`, {
          id: s.id,
        })
      ).setLogicalServerEnabled;
      expect(off).toEqual({ id: s.id, enabled: false });
      const { logicalServer } = await master.ok(`query($id: ID!) { logicalServer(id: $id) { enabled } }`, { id: s.id });
      expect(logicalServer.enabled).toBe(false);
      await expectCode(`mutation { setLogicalServerEnabled(id: "999999", enabled: true) { id } }`, {}, 'NOT_FOUND');
    });

    it('load counts placed accounts, databases, their bytes and running tasks; such a server cannot be deleted or change kind', async () => {
      const s = await logical('loaded', machine.id, { kind: 'MYSQL', groupId: mysqlGroup.id });
      const other = await logical('unloaded', machine.id, { kind: 'MYSQL' });
      const em = systemEm(api.orm, 'test set-up: server rows written directly, with no viewer');
      const account = await em.findOneOrFail(Account, { id: Number(customer.accountIds[0]) });
      const server = await em.findOneOrFail(LogicalServer, { id: Number(s.id) });
      em.create(AccountServer, { reseller: account.reseller, account, kind: ServerKind.MYSQL, server });
      em.create(MysqlDatabase, {
        reseller: account.reseller,
        account,
        server,
        name: 'a_one',
        charset: 'utf8mb4',
        sizeBytes: 1.5 * 2 ** 20,
      });
      em.create(MysqlDatabase, {
        reseller: account.reseller,
        account,
        server,
        name: 'a_two',
        charset: 'utf8mb4',
        sizeBytes: 2 ** 20,
      });
      em.create(MysqlDatabase, { reseller: account.reseller, account, server, name: 'a_new', charset: 'utf8mb4' });
      em.create(Task, { kind: 'test.running', server, state: TaskState.RUNNING, subject: 'x' });
      em.create(Task, { kind: 'test.done', server, state: TaskState.DONE, subject: 'x' });
      await em.flush();

      const { logicalServers } = await master.ok(
        `{ logicalServers(kind: MYSQL) { name load { accounts databases diskBytes runningTasks } } }`,
      );
      const byName = Object.fromEntries(logicalServers.map((l: { name: string; load: unknown }) => [l.name, l.load]));
      expect(byName.loaded).toEqual({ accounts: 1, databases: 3, diskBytes: 2.5 * 2 ** 20, runningTasks: 1 });
      expect(byName[other.name]).toEqual({ accounts: 0, databases: 0, diskBytes: 0, runningTasks: 0 });
      const { serverGroups } = await master.ok(
        `{ serverGroups(kind: MYSQL) { name members { name load { accounts } } } }`,
      );
      expect(serverGroups.find((g: { name: string }) => g.name === 'ls-mysql').members).toContainEqual({
        name: 'loaded',
        load: { accounts: 1 },
      });

      const before = await state();
      await expectCode(
        DELETE_LOGICAL,
        { id: s.id },
        'CONFLICT',
        /loaded still has 1 account, 3 MySQL databases, 1 unfinished task on it/,
      );
      await expectCode(
        UPDATE_LOGICAL,
        { id: s.id, input: { kind: 'WEB', groupId: null } },
        'CONFLICT',
        /kind cannot change/,
      );
      expect(await state()).toEqual(before);
      await expectCode(DELETE_LOGICAL, { id: '999999' }, 'NOT_FOUND');
    });
  });

  describe('server groups', () => {
    it('creates with defaults; one default group per kind, switched in one step', async () => {
      const a = await group('dns-a', 'DNS', { isDefault: true });
      expect(a).toMatchObject({ name: 'dns-a', kind: 'DNS', policy: 'RANDOM', isDefault: true, members: [] });
      const mailDefault = await group('mail-a', 'MAIL', { isDefault: true, policy: 'LEAST_LOADED' });
      const b = await group('dns-b', 'DNS', { isDefault: true });
      const defaults = async () =>
        (await master.ok(`{ serverGroups { name isDefault } }`)).serverGroups
          .filter((g: { isDefault: boolean }) => g.isDefault)
          .map((g: { name: string }) => g.name)
          .sort();
      expect(b.isDefault).toBe(true);
      expect(await defaults()).toEqual(['dns-b', 'mail-a']);
      await master.ok(UPDATE_GROUP, { id: a.id, input: { isDefault: true } });
      expect(await defaults()).toEqual(['dns-a', 'mail-a']);
      const renamed = (
        await master.ok(UPDATE_GROUP, { id: mailDefault.id, input: { name: 'mail-main', policy: 'RANDOM' } })
      ).updateServerGroup;
      expect(renamed).toMatchObject({ name: 'mail-main', policy: 'RANDOM', isDefault: true, kind: 'MAIL' });
      await master.ok(UPDATE_GROUP, { id: a.id, input: { isDefault: false } });
      expect(await defaults()).toEqual(['mail-main']);
      const { serverGroups } = await master.ok(`{ serverGroups(kind: DNS) { name } }`);
      expect(serverGroups.map((g: { name: string }) => g.name)).toEqual(['dns-a', 'dns-b']);
    });

    it('refuses bad input and taken names; changes nothing', async () => {
      const g = await group('grp-x', 'WEB');
      const before = await state();
      const [name] = await expectFields(CREATE_GROUP, { input: { name: 'Web Servers', kind: 'WEB' } }, ['name']);
      expect(name!.message).toMatch(/lowercase/);
      await expectFields(CREATE_GROUP, { input: { name: '', kind: 'WEB' } }, ['name']);
      await expectFields(UPDATE_GROUP, { id: g.id, input: { name: '.dot' } }, ['name']);
      await expectCode(CREATE_GROUP, { input: { name: 'grp-x', kind: 'MAIL' } }, 'CONFLICT', /grp-x/);
      await expectCode(UPDATE_GROUP, { id: g.id, input: { name: 'ls-web' } }, 'CONFLICT', /ls-web/);
      await expectCode(UPDATE_GROUP, { id: '999999', input: {} }, 'NOT_FOUND');
      await expectCode(DELETE_GROUP, { id: '999999' }, 'NOT_FOUND');
      expect(await state()).toEqual(before);
    });

    it('lists members; deleting a group leaves its members in no group', async () => {
      const machine = await physical('grp-machine');
      const g = await group('grp-del', 'WEB');
      const m1 = await logical('grp-m1', machine.id, { groupId: g.id });
      const m2 = await logical('grp-m2', machine.id, { groupId: g.id });
      const { serverGroups } = await master.ok(`{ serverGroups(kind: WEB) { id members { id name group { id } } } }`);
      expect(serverGroups.find((x: { id: string }) => x.id === g.id).members).toEqual([
        { id: m1.id, name: 'grp-m1', group: { id: g.id } },
        { id: m2.id, name: 'grp-m2', group: { id: g.id } },
      ]);
      expect((await master.ok(DELETE_GROUP, { id: g.id })).deleteServerGroup).toBe(true);
      const { logicalServer } = await master.ok(`query($id: ID!) { logicalServer(id: $id) { group { id } } }`, {
        id: m1.id,
      });
      expect(logicalServer.group).toBeNull();
      expect((await master.ok(`{ serverGroups { id } }`)).serverGroups.map((x: { id: string }) => x.id)).not.toContain(
        g.id,
      );
    });
  });

  it.each(['abc', '0', '-1', '1.5', ' 1', ''])(
    'the ID "%s" is BAD_USER_INPUT naming the argument, for every cluster operation that takes one',
    async (bad) => {
      const before = await state();
      const cases: [string, Record<string, unknown>, string][] = [
        [`query($id: ID!) { physicalServer(id: $id) { id } }`, { id: bad }, 'id'],
        [UPDATE_PHYSICAL, { id: bad, input: { name: 'x', os: 'LINUX', address: '10.0.0.1' } }, 'id'],
        [DELETE_PHYSICAL, { id: bad }, 'id'],
        [`query($id: ID!) { logicalServer(id: $id) { id } }`, { id: bad }, 'id'],
        [UPDATE_LOGICAL, { id: bad, input: {} }, 'id'],
        [`mutation($id: ID!) { setLogicalServerEnabled(id: $id, enabled: true) { id } }`, { id: bad }, 'id'],
        [DELETE_LOGICAL, { id: bad }, 'id'],
        [CREATE_LOGICAL, { input: { name: 'x', kind: 'WEB', physicalId: bad, driver: 'FILES' } }, 'physicalId'],
        [UPDATE_GROUP, { id: bad, input: {} }, 'id'],
        [DELETE_GROUP, { id: bad }, 'id'],
        [`query($id: ID!) { ipAddresses(serverId: $id) { totalCount } }`, { id: bad }, 'serverId'],
        [
          `mutation($id: ID!) { addIpAddresses(input: { serverId: $id, kind: SHARED, addresses: ["10.0.0.1"] }) { id } }`,
          { id: bad },
          'serverId',
        ],
        [`mutation($id: ID!) { allocateIp(accountId: $id, serverId: "1") { id } }`, { id: bad }, 'accountId'],
        [`mutation($id: ID!) { allocateIp(accountId: "1", serverId: $id) { id } }`, { id: bad }, 'serverId'],
        [`mutation($id: ID!) { releaseIp(id: $id) { id } }`, { id: bad }, 'id'],
        [`mutation($id: ID!) { deleteIpAddress(id: $id) }`, { id: bad }, 'id'],
      ];
      for (const [query, variables, field] of cases) {
        const err = await master.fails(query, variables);
        expect({ query, code: err.extensions?.code, fields: err.extensions?.fields }).toEqual({
          query,
          code: 'BAD_USER_INPUT',
          fields: [{ field, message: expect.any(String) }],
        });
      }
      expect(await state()).toEqual(before);
    },
  );

  it('every cluster operation is for the master admin only', async () => {
    for (const query of [
      `{ physicalServers { id } }`,
      `{ logicalServers { id } }`,
      `{ serverGroups { id } }`,
      `{ ipAddresses { totalCount } }`,
    ]) {
      expect((await customer.fails(query)).extensions?.code).toBe('FORBIDDEN');
    }
  });
});
