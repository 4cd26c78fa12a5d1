import { beforeAll, describe, expect, it } from 'vitest';
import { describeApi } from '../test/api';
import {
  createEndUser,
  createReseller,
  setupMaster,
  type EndUserClient,
  type MasterClient,
  type ResellerAdminClient,
} from '../test/factories';

const CHECKLIST = `query { firstRunChecklist { complete empty suggestedAddress steps { id done have need missing fixPath detail } } }`;
const SET_UP = `mutation($i: SingleMachineInput!) { setUpSingleMachine(input: $i) { complete empty steps { id done have need missing } } }`;
const CLUSTER = `{
  physicalServers { name address transport }
  logicalServers { name kind driver host group { name kind isDefault } physical { name } }
  serverGroups { name kind isDefault }
  ipAddresses(first: 10) { nodes { address kind server { name } } }
  dnsSettings { serviceDomain nameServers }
}`;

interface Step {
  id: string;
  done: boolean;
  have: number;
  need: number;
  missing: string[];
  fixPath: string;
  detail: string | null;
}

const stepsOf = async (master: MasterClient): Promise<Record<string, Step>> =>
  Object.fromEntries(((await master.ok(CHECKLIST)).firstRunChecklist.steps as Step[]).map((s) => [s.id, s] as const));

const done = (steps: Record<string, Step>) =>
  Object.fromEntries(Object.values(steps).map((s) => [s.id, s.done] as const));

describeApi('first run: the checklist, step by step', (api) => {
  let master: MasterClient;
  let machine: string;

  beforeAll(async () => {
    master = await setupMaster(api);
  });

  it('a fresh panel: nothing done, every step names its page; the cluster is empty', async () => {
    const { firstRunChecklist } = await master.ok(CHECKLIST);
    expect(firstRunChecklist).toMatchObject({ complete: false, empty: true });
    expect(firstRunChecklist.suggestedAddress).toMatch(/^[0-9.]+$/);
    const steps = await stepsOf(master);
    expect(Object.keys(steps)).toEqual([
      'PHYSICAL_SERVER',
      'WEB_SERVER',
      'DNS_SERVERS',
      'MYSQL_SERVER',
      'MAIL_SERVER',
      'SERVER_GROUPS',
      'ADDRESSES',
      'SERVICE_DOMAIN',
    ]);
    expect(Object.values(steps).every((s) => !s.done)).toBe(true);
    expect(steps.DNS_SERVERS).toMatchObject({ have: 0, need: 2, fixPath: '/admin/servers/logical' });
    expect(steps.PHYSICAL_SERVER).toMatchObject({ have: 0, need: 1, fixPath: '/admin/servers/physical' });
    expect(steps.SERVER_GROUPS).toMatchObject({ have: 0, need: 4, missing: ['WEB', 'DNS', 'MYSQL', 'MAIL'] });
    expect(steps.SERVER_GROUPS!.detail).toContain('there is no DNS server group');
    expect(steps.SERVICE_DOMAIN).toMatchObject({ have: 0, need: 1, fixPath: '/admin/settings' });
  });

  it('ticks each step as the admin does it by hand, and names what is still missing', async () => {
    machine = (
      await master.ok(
        `mutation { createPhysicalServer(input: { name: "box1", os: LINUX, address: "192.0.2.5" }) { id } }`,
      )
    ).createPhysicalServer.id;
    let steps = await stepsOf(master);
    expect(steps.PHYSICAL_SERVER).toMatchObject({ done: true, have: 1 });
    expect((await master.ok(CHECKLIST)).firstRunChecklist.empty).toBe(false);

    const group = async (kind: string) =>
      (
        await master.ok(`mutation($i: ServerGroupInput!) { createServerGroup(input: $i) { id } }`, {
          i: { name: kind.toLowerCase(), kind, isDefault: true },
        })
      ).createServerGroup.id as string;
    const server = async (name: string, kind: string, extra: Record<string, unknown> = {}) =>
      (
        await master.ok(`mutation($i: CreateLogicalServerInput!) { createLogicalServer(input: $i) { id } }`, {
          i: { name, kind, physicalId: machine, driver: 'FILES', groupId: await group(kind), ...extra },
        })
      ).createLogicalServer.id as string;

    await server('web1', 'WEB');
    const dns = await group('DNS');
    await master.ok(`mutation($i: CreateLogicalServerInput!) { createLogicalServer(input: $i) { id } }`, {
      i: { name: 'ns1', kind: 'DNS', physicalId: machine, driver: 'FILES', groupId: dns, host: '192.0.2.5' },
    });
    steps = await stepsOf(master);
    expect(steps.WEB_SERVER).toMatchObject({ done: true, have: 1 });
    // One name server of the two a zone is served by.
    expect(steps.DNS_SERVERS).toMatchObject({ done: false, have: 1, need: 2 });
    expect(steps.SERVER_GROUPS).toMatchObject({ done: false, have: 2, missing: ['MYSQL', 'MAIL'] });
    // web1 has no shared address; ns1 answers on its host address.
    expect(steps.ADDRESSES).toMatchObject({ done: false, have: 1, need: 2, missing: ['web1'] });
    expect(steps.ADDRESSES!.detail).toContain('WEB server web1');

    await master.ok(`mutation($i: CreateLogicalServerInput!) { createLogicalServer(input: $i) { id } }`, {
      i: { name: 'ns2', kind: 'DNS', physicalId: machine, driver: 'FILES', groupId: dns, host: '192.0.2.5' },
    });
    await server('mysql1', 'MYSQL');
    const mail = await server('mail1', 'MAIL');
    await master.ok(`mutation($id: ID!) { setLogicalServerEnabled(id: $id, enabled: false) { id } }`, { id: mail });
    steps = await stepsOf(master);
    expect(steps.DNS_SERVERS).toMatchObject({ done: true, have: 2 });
    expect(steps.MAIL_SERVER).toMatchObject({ done: true, have: 1 });
    // A disabled server takes nothing new: the mail group serves nobody yet.
    expect(steps.SERVER_GROUPS).toMatchObject({ done: false, have: 3, missing: ['MAIL'] });
    expect(steps.SERVER_GROUPS!.detail).toMatch(/no MAIL server has room: all 1 servers of group "mail" are disabled/);
    await master.ok(`mutation($id: ID!) { setLogicalServerEnabled(id: $id, enabled: true) { id } }`, { id: mail });

    const web = (await master.ok(`{ logicalServers(kind: WEB) { id } }`)).logicalServers[0].id;
    await master.ok(`mutation($i: AddIpAddressesInput!) { addIpAddresses(input: $i) { address } }`, {
      i: { serverId: web, kind: 'SHARED', addresses: ['192.0.2.5'] },
    });
    steps = await stepsOf(master);
    expect(done(steps)).toEqual({
      PHYSICAL_SERVER: true,
      WEB_SERVER: true,
      DNS_SERVERS: true,
      MYSQL_SERVER: true,
      MAIL_SERVER: true,
      SERVER_GROUPS: true,
      ADDRESSES: true,
      SERVICE_DOMAIN: false,
    });
    expect((await master.ok(CHECKLIST)).firstRunChecklist.complete).toBe(false);

    await master.ok(`mutation { setServiceDomain(serviceDomain: "by-hand.test") { serviceDomain } }`);
    const { firstRunChecklist } = await master.ok(CHECKLIST);
    expect(firstRunChecklist.complete).toBe(true);
    expect(firstRunChecklist.steps.every((s: Step) => s.done && s.missing.length === 0 && s.detail === null)).toBe(
      true,
    );
  });

  it('refuses the one-step layout on a cluster begun by hand, naming what exists, and changes nothing', async () => {
    const before = await master.ok(CLUSTER);
    const err = await master.fails(SET_UP, {
      i: { serviceDomain: 'other-host.test', address: '192.0.2.9', drivers: 'FILES' },
    });
    expect(err.extensions?.code).toBe('CONFLICT');
    expect(err.message).toContain('1 physical server (box1)');
    expect(err.message).toContain('5 logical servers (mail1, mysql1, ns1, ns2, web1)');
    expect(err.message).toContain('4 server groups');
    expect(await master.ok(CLUSTER)).toEqual(before);
  });
});

describeApi('first run: the single-machine layout in one step', (api) => {
  let master: MasterClient;
  let reseller: ResellerAdminClient;
  let customer: EndUserClient;

  beforeAll(async () => {
    master = await setupMaster(api);
    reseller = await createReseller(master, api);
    customer = await createEndUser(master, api);
  });

  describe('authorization', () => {
    it('a reseller admin and an end user may neither read the checklist nor make the layout', async () => {
      for (const client of [reseller, customer]) {
        expect((await client.fails(CHECKLIST)).extensions?.code).toBe('FORBIDDEN');
        const err = await client.fails(SET_UP, {
          i: { serviceDomain: 'sneaky.test', address: '192.0.2.7', drivers: 'FILES' },
        });
        expect(err.extensions?.code).toBe('FORBIDDEN');
      }
      expect((await api.client().fails(CHECKLIST)).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await master.ok(CLUSTER)).physicalServers).toEqual([]);
      expect((await master.ok(CHECKLIST)).firstRunChecklist.empty).toBe(true);
    });
  });

  it('bad input names each field and creates nothing', async () => {
    const err = await master.fails(SET_UP, {
      i: { serviceDomain: 'not a domain', address: '192.0.2.300', drivers: 'FILES' },
    });
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.extensions?.fields?.map((f) => f.field).sort()).toEqual(['address', 'serviceDomain']);
    const empty = await master.fails(SET_UP, { i: { serviceDomain: '', address: '', drivers: 'FILES' } });
    expect(empty.extensions?.fields).toEqual([
      { field: 'serviceDomain', message: 'must not be empty' },
      { field: 'address', message: 'must be an IPv4 or IPv6 address' },
    ]);
    const cluster = await master.ok(CLUSTER);
    expect(cluster.physicalServers).toEqual([]);
    expect(cluster.serverGroups).toEqual([]);
    expect(cluster.dnsSettings.serviceDomain).toBeNull();
  });

  it('a service domain another company uses is refused inside the transaction: nothing is left behind', async () => {
    await reseller.ok(`mutation { setServiceDomain(serviceDomain: "reseller-host.test") { serviceDomain } }`);
    const err = await master.fails(SET_UP, {
      i: { serviceDomain: 'ns.reseller-host.test', address: '192.0.2.7', drivers: 'FILES' },
    });
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.extensions?.fields?.[0]).toMatchObject({ field: 'serviceDomain' });
    const cluster = await master.ok(CLUSTER);
    expect([cluster.physicalServers, cluster.logicalServers, cluster.serverGroups]).toEqual([[], [], []]);
  });

  it('makes the machine, default groups, web1, ns1, ns2, mysql1, mail1, the address and the service domain: the checklist is complete', async () => {
    const { setUpSingleMachine } = await master.ok(SET_UP, {
      i: { serviceDomain: ' Example-Host.TEST ', address: '192.0.2.7', drivers: 'FILES' },
    });
    expect(setUpSingleMachine).toMatchObject({ complete: true, empty: false });
    expect(setUpSingleMachine.steps.every((s: Step) => s.done)).toBe(true);

    const cluster = await master.ok(CLUSTER);
    expect(cluster.physicalServers).toEqual([
      { name: expect.stringMatching(/^[a-z0-9][a-z0-9.-]*$/), address: '192.0.2.7', transport: 'LOCAL' },
    ]);
    const machine = cluster.physicalServers[0].name;
    expect(cluster.serverGroups).toEqual(
      ['DNS', 'MAIL', 'MYSQL', 'WEB'].map((kind) => ({ name: kind.toLowerCase(), kind, isDefault: true })),
    );
    const servers = Object.fromEntries(
      cluster.logicalServers.map((s: { name: string }) => [s.name, s] as [string, Record<string, unknown>]),
    );
    expect(Object.keys(servers).sort()).toEqual(['mail1', 'mysql1', 'ns1', 'ns2', 'web1']);
    for (const [name, kind] of [
      ['web1', 'WEB'],
      ['ns1', 'DNS'],
      ['ns2', 'DNS'],
      ['mysql1', 'MYSQL'],
      ['mail1', 'MAIL'],
    ] as const) {
      expect(servers[name]).toMatchObject({
        kind,
        driver: 'FILES',
        physical: { name: machine },
        group: { name: kind.toLowerCase(), kind, isDefault: true },
      });
    }
    expect(servers.ns1).toMatchObject({ host: '192.0.2.7' });
    expect(cluster.ipAddresses.nodes).toEqual([{ address: '192.0.2.7', kind: 'SHARED', server: { name: 'web1' } }]);
    expect(cluster.dnsSettings).toEqual({
      serviceDomain: 'example-host.test',
      nameServers: ['ns1.example-host.test', 'ns2.example-host.test'],
    });
    // The reseller's own service domain is its own: untouched.
    expect((await reseller.ok(`{ dnsSettings { serviceDomain } }`)).dnsSettings.serviceDomain).toBe(
      'reseller-host.test',
    );
  });

  it('a customer can now add a third-level name: the layout serves requests', async () => {
    const accountId = customer.accountIds[0];
    const { addDomain } = await customer.ok(`mutation($i: AddDomainInput!) { addDomain(input: $i) { name kind } }`, {
      i: { accountId, kind: 'THIRD_LEVEL', name: 'shop' },
    });
    expect(addDomain).toEqual({ name: 'shop.example-host.test', kind: 'THIRD_LEVEL' });
  });

  it('a second run is refused, naming what exists', async () => {
    const err = await master.fails(SET_UP, {
      i: { serviceDomain: 'example-host.test', address: '192.0.2.7', drivers: 'FILES' },
    });
    expect(err.extensions?.code).toBe('CONFLICT');
    expect(err.message).toMatch(
      /already has 1 physical server \(.+\), 5 logical servers \(mail1, mysql1, ns1, ns2, web1\), 4 server groups/,
    );
    expect((await master.ok(CLUSTER)).logicalServers).toHaveLength(5);
  });
});

describeApi('first run: the single-machine layout with the real drivers', (api) => {
  it('nginx, BIND (primary and secondary) and MariaDB with their folders; mail stays FILES', async () => {
    const master = await setupMaster(api);
    await master.ok(SET_UP, { i: { serviceDomain: 'real-host.test', address: '2001:DB8::7', drivers: 'REAL' } });
    const { logicalServers } = await master.ok(
      `{ logicalServers { name driver host user configDir webRoot dnsRole } }`,
    );
    expect(logicalServers).toEqual([
      { name: 'mail1', driver: 'FILES', host: null, user: null, configDir: null, webRoot: null, dnsRole: null },
      {
        name: 'mysql1',
        driver: 'MARIADB',
        host: '127.0.0.1',
        user: 'root',
        configDir: null,
        webRoot: null,
        dnsRole: null,
      },
      {
        name: 'ns1',
        driver: 'BIND',
        host: '2001:db8::7',
        user: null,
        configDir: '/etc/bind/heliosphere/ns1',
        webRoot: null,
        dnsRole: 'PRIMARY',
      },
      {
        name: 'ns2',
        driver: 'BIND',
        host: '2001:db8::7',
        user: null,
        configDir: '/etc/bind/heliosphere/ns2',
        webRoot: null,
        dnsRole: 'SECONDARY',
      },
      {
        name: 'web1',
        driver: 'NGINX',
        host: null,
        user: null,
        configDir: '/etc/nginx/heliosphere',
        webRoot: '/var/www/heliosphere',
        dnsRole: null,
      },
    ]);
  });
});
