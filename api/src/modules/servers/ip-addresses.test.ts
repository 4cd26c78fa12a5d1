import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { createEndUser, setupMaster, type EndUserClient, type MasterClient } from '../../test/factories';

const IP = 'id address kind server { id name } account { id } allocatedAt createdAt';
const ADD = `mutation($input: AddIpAddressesInput!) { addIpAddresses(input: $input) { ${IP} } }`;
const ALLOCATE = `mutation($accountId: ID!, $serverId: ID!) { allocateIp(accountId: $accountId, serverId: $serverId) { ${IP} } }`;
const RELEASE = `mutation($id: ID!) { releaseIp(id: $id) { ${IP} } }`;
const DELETE = `mutation($id: ID!) { deleteIpAddress(id: $id) }`;
const LIST = `query($first: Int, $after: String, $serverId: ID, $kind: IpKind, $free: Boolean, $search: String) {
  ipAddresses(first: $first, after: $after, serverId: $serverId, kind: $kind, free: $free, search: $search) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ${IP} }
  }
}`;

interface Ip {
  id: string;
  address: string;
  kind: string;
  server: { id: string; name: string };
  account: { id: string } | null;
  allocatedAt: string | null;
}

describeApi('IP address pools: adding, allocating, releasing', (api) => {
  let master: MasterClient;
  let customer: EndUserClient;
  let web1: string;
  let web2: string;
  /** Every address, as the master admin sees it: what a refused call must leave alone. */
  const all = async (): Promise<Ip[]> => (await master.ok(LIST, { first: 100 })).ipAddresses.nodes;
  const add = async (serverId: string, kind: string, addresses: string[]): Promise<Ip[]> =>
    (await master.ok(ADD, { input: { serverId, kind, addresses } })).addIpAddresses;

  beforeAll(async () => {
    master = await setupMaster(api);
    customer = await createEndUser(master, api, { accounts: 3 });
    const { createPhysicalServer } = await master.ok(
      `mutation { createPhysicalServer(input: { name: "ip-host", os: LINUX, address: "10.0.0.1" }) { id } }`,
    );
    const servers = await master.ok(
      `mutation($p: ID!) {
        a: createLogicalServer(input: { name: "web1", kind: WEB, physicalId: $p, driver: FILES }) { id }
        b: createLogicalServer(input: { name: "web2", kind: WEB, physicalId: $p, driver: FILES }) { id }
      }`,
      { p: createPhysicalServer.id },
    );
    web1 = servers.a.id;
    web2 = servers.b.id;
  });

  it('adds single addresses and IPv4 ranges, in canonical form', async () => {
    const added = await add(web1, 'SHARED', ['192.0.2.1', ' 2001:DB8:0:0::A ', '10.0.0.10 - 10.0.0.12']);
    expect(added.map((ip) => ip.address)).toEqual(['192.0.2.1', '2001:db8::a', '10.0.0.10', '10.0.0.11', '10.0.0.12']);
    expect(
      added.every(
        (ip) => ip.kind === 'SHARED' && ip.server.id === web1 && ip.account === null && ip.allocatedAt === null,
      ),
    ).toBe(true);
    const crossing = await add(web2, 'DEDICATED', ['10.0.1.254-10.0.2.1']);
    expect(crossing.map((ip) => ip.address)).toEqual(['10.0.1.254', '10.0.1.255', '10.0.2.0', '10.0.2.1']);
  });

  it('refuses bad entries one by one, naming each, and adds nothing', async () => {
    const before = await all();
    const err = await master.fails(ADD, {
      input: {
        serverId: web1,
        kind: 'SHARED',
        addresses: ['10.9.9.1', 'nope', '10.0.0.5-10.0.0.1', '2001:db8::1-2001:db8::5', 'fe80::1%eth0', '256.1.1.1'],
      },
    });
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.extensions?.fields?.map((f) => f.field)).toEqual([
      'addresses.1',
      'addresses.2',
      'addresses.3',
      'addresses.4',
      'addresses.5',
    ]);

    const tooMany = await master.fails(ADD, {
      input: { serverId: web1, kind: 'SHARED', addresses: ['10.1.0.0-10.1.3.255', '10.2.0.0'] },
    });
    expect(tooMany.extensions?.fields).toEqual([
      { field: 'addresses', message: expect.stringMatching(/1025 addresses; at most 1024/) },
    ]);
    const hugeRange = await master.fails(ADD, {
      input: { serverId: web1, kind: 'SHARED', addresses: ['10.0.0.0-10.255.255.255'] },
    });
    expect(hugeRange.extensions?.fields?.[0]?.field).toBe('addresses.0');
    const empty = await master.fails(ADD, { input: { serverId: web1, kind: 'SHARED', addresses: [] } });
    expect(empty.extensions?.fields?.map((f) => f.field)).toEqual(['addresses']);
    const badId = await master.fails(ADD, { input: { serverId: 'x', kind: 'SHARED', addresses: ['bad'] } });
    expect(badId.extensions?.fields?.map((f) => f.field).sort()).toEqual(['addresses.0', 'serverId']);
    expect(
      (await master.fails(ADD, { input: { serverId: '999999', kind: 'SHARED', addresses: ['10.9.9.9'] } })).extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect(await all()).toEqual(before);
  });

  it('a duplicate, in the call or already in any pool, is a CONFLICT naming it; nothing is added', async () => {
    const before = await all();
    const twice = await master.fails(ADD, {
      input: { serverId: web1, kind: 'SHARED', addresses: ['10.5.0.1', '10.5.0.0-10.5.0.3'] },
    });
    expect({ code: twice.extensions?.code, message: twice.message }).toEqual({
      code: 'CONFLICT',
      message: '10.5.0.1 is listed more than once',
    });
    const taken = await master.fails(ADD, {
      input: { serverId: web2, kind: 'DEDICATED', addresses: ['10.6.0.1', '2001:db8:0::a', '10.6.0.2'] },
    });
    expect({ code: taken.extensions?.code, message: taken.message }).toEqual({
      code: 'CONFLICT',
      message: '2001:db8::a (on web1) is already in a pool',
    });
    expect(await all()).toEqual(before);
  });

  it('lists with filters and pages through', async () => {
    const shared = (await master.ok(LIST, { serverId: web1, kind: 'SHARED' })).ipAddresses;
    expect(shared.totalCount).toBe(5);
    expect((await master.ok(LIST, { serverId: web2 })).ipAddresses.totalCount).toBe(4);
    expect((await master.ok(LIST, { search: '10.0.1.' })).ipAddresses.nodes.map((n: Ip) => n.address).sort()).toEqual([
      '10.0.1.254',
      '10.0.1.255',
    ]);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const {
        ipAddresses,
      }: { ipAddresses: { nodes: Ip[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
        await master.ok(LIST, { first: 4, after });
      seen.push(...ipAddresses.nodes.map((n: Ip) => n.id));
      if (!ipAddresses.pageInfo.hasNextPage) break;
      after = ipAddresses.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
    const bad = await master.fails(LIST, { serverId: 'abc' });
    expect(bad.extensions?.fields).toEqual([{ field: 'serverId', message: expect.any(String) }]);
  });

  it('allocates the lowest free dedicated address, never a shared one; releases; refuses what cannot be done', async () => {
    const account = customer.accountIds[0]!;
    const first: Ip = (await master.ok(ALLOCATE, { accountId: account, serverId: web2 })).allocateIp;
    expect(first).toMatchObject({
      address: '10.0.1.254',
      kind: 'DEDICATED',
      account: { id: account },
      server: { id: web2 },
    });
    expect(Date.parse(first.allocatedAt!)).toBeGreaterThan(Date.now() - 60_000);
    const second: Ip = (await master.ok(ALLOCATE, { accountId: account, serverId: web2 })).allocateIp;
    expect(second.address).toBe('10.0.1.255');
    expect((await master.ok(LIST, { serverId: web2, free: false })).ipAddresses.totalCount).toBe(2);
    expect((await master.ok(LIST, { serverId: web2, free: true })).ipAddresses.totalCount).toBe(2);

    const before = await all();
    const noDedicated = await master.fails(ALLOCATE, { accountId: account, serverId: web1 });
    expect({ code: noDedicated.extensions?.code, message: noDedicated.message }).toEqual({
      code: 'CONFLICT',
      message: 'no free dedicated address on web1',
    });
    expect((await master.fails(ALLOCATE, { accountId: '999999', serverId: web2 })).extensions?.code).toBe('NOT_FOUND');
    expect((await master.fails(ALLOCATE, { accountId: account, serverId: '999999' })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await master.fails(ALLOCATE, { accountId: 'x', serverId: web2 })).extensions?.fields).toEqual([
      { field: 'accountId', message: expect.any(String) },
    ]);
    const held = await master.fails(DELETE, { id: first.id });
    expect({ code: held.extensions?.code, message: held.message }).toEqual({
      code: 'CONFLICT',
      message: `10.0.1.254 is allocated to account ${account}; release it first`,
    });
    const onIt = await master.fails(`mutation($id: ID!) { deleteLogicalServer(id: $id) }`, { id: web2 });
    expect({ code: onIt.extensions?.code, message: onIt.message }).toEqual({
      code: 'CONFLICT',
      message: 'web2 still has 2 allocated IP addresses on it; move or remove them first',
    });
    expect(await all()).toEqual(before);

    const released: Ip = (await master.ok(RELEASE, { id: first.id })).releaseIp;
    expect(released).toMatchObject({ id: first.id, account: null, allocatedAt: null });
    expect((await master.fails(RELEASE, { id: first.id })).message).toBe('10.0.1.254 is not allocated');
    expect((await master.fails(RELEASE, { id: '999999' })).extensions?.code).toBe('NOT_FOUND');
    // Released, it is the lowest free one again.
    expect((await master.ok(ALLOCATE, { accountId: customer.accountIds[1], serverId: web2 })).allocateIp.address).toBe(
      '10.0.1.254',
    );
  });

  it('deletes a free address; deleting a logical server takes its free addresses with it', async () => {
    const [a] = await add(web1, 'DEDICATED', ['172.16.0.1']);
    expect((await master.ok(DELETE, { id: a!.id })).deleteIpAddress).toBe(true);
    expect((await master.fails(DELETE, { id: a!.id })).extensions?.code).toBe('NOT_FOUND');

    const { createLogicalServer } = await master.ok(
      `mutation($p: ID!) { createLogicalServer(input: { name: "short-lived", kind: MAIL, physicalId: $p, driver: FILES }) { id } }`,
      {
        p: (await master.ok(`{ physicalServers { id } }`)).physicalServers[0].id,
      },
    );
    await add(createLogicalServer.id, 'SHARED', ['172.16.1.1-172.16.1.3']);
    expect(
      (await master.ok(`mutation($id: ID!) { deleteLogicalServer(id: $id) }`, { id: createLogicalServer.id }))
        .deleteLogicalServer,
    ).toBe(true);
    expect((await master.ok(LIST, { search: '172.16.1.' })).ipAddresses.totalCount).toBe(0);
  });

  it('40 concurrent allocations of 25 free addresses: exactly 25 succeed, all different; 15 are CONFLICT', async () => {
    const { createLogicalServer } = await master.ok(
      `mutation($p: ID!) { createLogicalServer(input: { name: "pool", kind: WEB, physicalId: $p, driver: FILES }) { id } }`,
      {
        p: (await master.ok(`{ physicalServers { id } }`)).physicalServers[0].id,
      },
    );
    const pool = createLogicalServer.id;
    await add(pool, 'DEDICATED', ['10.20.0.1-10.20.0.25']);
    await add(pool, 'SHARED', ['10.20.1.1-10.20.1.5']);

    // Separate browsers (own connections), the same master session.
    const clients = Array.from({ length: 40 }, () => master.fresh());
    for (const c of clients) c.sessionCookie = master.sessionCookie;
    const results = await Promise.all(
      clients.map((c, i) => c.gql(ALLOCATE, { accountId: customer.accountIds[i % 3], serverId: pool })),
    );
    const won = results.filter((r) => !r.errors).map((r) => r.data.allocateIp as Ip);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(25);
    expect(new Set(won.map((ip) => ip.address)).size).toBe(25);
    expect(won.every((ip) => ip.kind === 'DEDICATED' && ip.address.startsWith('10.20.0.'))).toBe(true);
    expect(lost).toHaveLength(15);
    for (const r of lost)
      expect(r.errors).toEqual([
        expect.objectContaining({ message: 'no free dedicated address on pool', extensions: { code: 'CONFLICT' } }),
      ]);

    // What the API said is what the database holds: each address held once, by the account that won it.
    const held = (await master.ok(LIST, { first: 100, serverId: pool, free: false })).ipAddresses.nodes as Ip[];
    expect(held.map((ip) => `${ip.address}=${ip.account!.id}`).sort()).toEqual(
      won.map((ip) => `${ip.address}=${ip.account!.id}`).sort(),
    );
    expect((await master.ok(LIST, { serverId: pool, free: true, kind: 'DEDICATED' })).ipAddresses.totalCount).toBe(0);
  });
});
