import { beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../pages/login.page';
import { MoveAccountCard } from '../pages/move-account.page';
import {
  createEndUser,
  setupMasterAdmin,
  signInApi,
  type GraphQLClient,
  type MasterAdmin,
  type SeededUser,
} from '../support/api';
import { createMysqlDatabase, seedDomainHosting, type SeededHosting } from '../support/cluster';
import { useE2E } from '../support/harness';
import { skipReason } from '../support/prerequisites';
import { textOf, tid } from '../support/tid';

/*
 * The master admin's upkeep of a cluster, on the embedded FILES servers: re-sync a web server from
 * its logical server's page, and move an account's sites, zones and databases to other servers of
 * their groups from the account's page.
 */
describe.skipIf(skipReason)('the master admin re-syncs a server and moves an account between servers', () => {
  const e2e = useE2E({ env: { WEB_MOVE_GRACE_SECONDS: '0' } });
  let admin: MasterAdmin;
  let customer: SeededUser;
  let hosting: SeededHosting;
  let web2 = '';
  let web3 = '';
  let dns3 = '';
  let mysql2 = '';

  beforeAll(async () => {
    admin = await setupMasterAdmin(e2e.url);
    hosting = await seedDomainHosting(admin.client);
    customer = await createEndUser(admin.client, { login: 'moving-customer' });
    const client = await signInApi(e2e.url, customer);
    const { addDomain } = await client.request<{ addDomain: { id: string } }>(
      `mutation ($i: AddDomainInput!) { addDomain(input: $i) { id } }`,
      { i: { kind: 'OWN', name: 'moving-e2e.com' } },
    );
    for (let waited = 0; ; waited += 200) {
      const { domain } = await client.request<{ domain: { state: string } }>(
        `query ($id: ID!) { domain(id: $id) { state } }`,
        { id: addDomain.id },
      );
      if (domain.state === 'ACTIVE') break;
      if (waited > 20_000) throw new Error(`the domain is ${domain.state}, not ACTIVE`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const server = (input: Record<string, unknown>) => createServer(admin.client, hosting.physicalId, input);
    const groupOf = async (serverId: string) =>
      (
        await admin.client.request<{ logicalServer: { group: { id: string } } }>(
          `query ($id: ID!) { logicalServer(id: $id) { group { id } } }`,
          { id: serverId },
        )
      ).logicalServer.group.id;
    // A second web server and a third name server in the same groups, each with an address of its own,
    // and a disabled web server the move is refused on.
    web2 = await server({ name: 'web2', kind: 'WEB', groupId: await groupOf(hosting.webServerId) });
    await addAddress(admin.client, web2, '127.0.0.9');
    web3 = await server({ name: 'web3', kind: 'WEB', groupId: await groupOf(hosting.webServerId), enabled: false });
    dns3 = await server({
      name: 'dns3',
      kind: 'DNS',
      groupId: await groupOf(hosting.dnsServerIds[0]!),
      nameServer: 'ns3.helio-e2e.com',
    });
    await addAddress(admin.client, dns3, '127.0.0.4');

    // A database and a login of the customer's on mysql1; then mysql2 joins its group.
    const { createServerGroup } = await admin.client.request<{ createServerGroup: { id: string } }>(
      `mutation ($i: ServerGroupInput!) { createServerGroup(input: $i) { id } }`,
      { i: { name: 'mysql-default', kind: 'MYSQL', policy: 'LEAST_LOADED', isDefault: true } },
    );
    await server({ name: 'mysql1', kind: 'MYSQL', groupId: createServerGroup.id });
    const accountId = customer.accounts[0]!.id;
    await createMysqlDatabase(admin.client, { accountId, name: 'shop' });
    await admin.client.request(`mutation ($i: CreateMysqlUserInput!) { createMysqlUser(input: $i) { id } }`, {
      i: { accountId, name: 'app', password: 'app-secret-1' },
    });
    for (let waited = 0; ; waited += 200) {
      const { mysqlDatabases, mysqlUsers } = await admin.client.request<{
        mysqlDatabases: { state: string }[];
        mysqlUsers: { state: string }[];
      }>(`query ($a: ID!) { mysqlDatabases(accountId: $a) { state } mysqlUsers(accountId: $a) { state } }`, {
        a: accountId,
      });
      const states = [...mysqlDatabases, ...mysqlUsers].map((r) => r.state);
      if (states.length === 2 && states.every((state) => state === 'ACTIVE')) break;
      if (waited > 20_000) throw new Error(`the database and login are ${states.join(', ')}, not ACTIVE`);
      await new Promise((r) => setTimeout(r, 200));
    }
    mysql2 = await server({ name: 'mysql2', kind: 'MYSQL', groupId: createServerGroup.id });
  }, 60_000);

  it('re-sync on a web server’s page reports it in sync', async () => {
    const s = await e2e.newSession();
    await signIn(s.page, admin);
    await s.page.goto(new URL(`admin/servers/logical/${hosting.webServerId}`, e2e.url).toString());
    await s.page.locator(tid('logical-server-resync')).click();
    const report = s.page.locator(tid('resync-report'));
    await report.waitFor();
    expect(await s.page.locator(tid('resync-queued')).getAttribute('data-queued')).toBe('0');
    for (const list of ['resync-missing', 'resync-different', 'resync-unknown'])
      expect(await s.page.locator(tid(list)).getAttribute('data-count')).toBe('0');
    await e2e.screenshot(s.page, 'server-maintenance-resync');
  });

  it('moving the account’s sites from its page points its domain at the new server', async () => {
    const s = await e2e.newSession();
    await signIn(s.page, admin);
    const card = new MoveAccountCard(s.page);
    await card.open(customer.accounts[0]!.id);
    expect(await textOf(card.current)).toBe('Now on web1');
    expect(await card.targets()).toEqual(['web2 on box1', 'web3 on box1 (disabled)']);
    // The API's refusal shows in the card.
    await card.moveTo(web3);
    expect(await textOf(card.formError)).toBe('web3 is disabled: it takes nothing new');
    expect(await textOf(card.current)).toBe('Now on web1');
    await e2e.screenshot(s.page, 'server-maintenance-move-refused');
    await card.moveTo(web2);
    expect(await card.noticeText()).toMatch(/moving from web1 to web2/);
    expect(await card.formError.count()).toBe(0);
    await expect.poll(() => textOf(card.current)).toBe('Now on web2');
    await e2e.screenshot(s.page, 'server-maintenance-move-sites');

    const client = await signInApi(e2e.url, customer);
    await expect
      .poll(
        async () =>
          (
            await client.request<{
              domains: { name: string; records: { name: string; type: string; value: string }[] }[];
            }>(`{ domains { name records { name type value } } }`)
          ).domains
            .find((d) => d.name === 'moving-e2e.com')
            ?.records.find((r) => r.name === '@' && r.type === 'A')?.value,
        { timeout: 20_000 },
      )
      .toBe('127.0.0.9');
  });

  it('moving the account’s zones to another name server names it to the customer', async () => {
    const s = await e2e.newSession();
    await signIn(s.page, admin);
    const card = new MoveAccountCard(s.page);
    await card.open(customer.accounts[0]!.id);
    await card.choose('DNS');
    expect(await textOf(card.current)).toBe('Now on dns1, dns2');
    await card.from.selectOption(hosting.dnsServerIds[0]!);
    // dns2 holds the zone already: only dns3 can take dns1's place.
    expect(await card.targets()).toEqual(['dns3 on box1']);
    await card.server.selectOption(dns3);
    await e2e.screenshot(s.page, 'server-maintenance-move-zones-form');
    await card.moveTo(dns3);
    expect(await card.noticeText()).toMatch(
      /^1 zone moves from dns1 to dns3; the customer sets ns3\.helio-e2e\.com instead of ns1\.helio-e2e\.com at the registrar; dns1 answers until .+\.$/,
    );
    await expect.poll(() => textOf(card.current)).toBe('Now on dns2, dns3');
    await e2e.screenshot(s.page, 'server-maintenance-move-zones');

    const client = await signInApi(e2e.url, customer);
    const { domains } = await client.request<{ domains: { name: string; nameServers: string[] }[] }>(
      `{ domains { name nameServers } }`,
    );
    expect(domains.find((d) => d.name === 'moving-e2e.com')?.nameServers.sort()).toEqual([
      'ns2.helio-e2e.com',
      'ns3.helio-e2e.com',
    ]);
  });

  it('moving the account’s databases places its MySQL on the new server once the copy is done', async () => {
    const s = await e2e.newSession();
    await signIn(s.page, admin);
    const card = new MoveAccountCard(s.page);
    await card.open(customer.accounts[0]!.id);
    await card.choose('MYSQL');
    expect(await textOf(card.current)).toBe('Now on mysql1');
    expect(await card.targets()).toEqual(['mysql2 on box1']);
    await card.moveTo(mysql2);
    expect(await card.noticeText()).toBe(
      '1 database and 1 login move from mysql1 to mysql2; applications connect to the new host once it is done.',
    );
    // The card asks again until the task has moved the account.
    await expect.poll(() => textOf(card.current), { timeout: 20_000 }).toBe('Now on mysql2');
    await e2e.screenshot(s.page, 'server-maintenance-move-databases');

    const { account } = await admin.client.request<{ account: { servers: { name: string; kind: string }[] } }>(
      `query ($id: ID!) { account(id: $id) { servers { name kind } } }`,
      { id: customer.accounts[0]!.id },
    );
    expect(account.servers).toContainEqual({ name: 'mysql2', kind: 'MYSQL' });
  });

  it('an account with nothing placed says so for each kind', async () => {
    const newcomer = await createEndUser(admin.client, { login: 'unplaced-customer' });
    const s = await e2e.newSession();
    await signIn(s.page, admin);
    const card = new MoveAccountCard(s.page);
    await card.open(newcomer.accounts[0]!.id);
    expect(await textOf(card.nothing)).toBe('This account has no web server yet: nothing to move.');
    await card.choose('DNS');
    expect(await textOf(card.nothing)).toBe('This account has no DNS zones yet: nothing to move.');
    await card.choose('MYSQL');
    expect(await textOf(card.nothing)).toBe('This account has no MySQL server yet: nothing to move.');
    expect(await card.server.count()).toBe(0);
    await e2e.screenshot(s.page, 'server-maintenance-move-nothing');
  });
});

/** As the master admin, a FILES logical server on `physicalId`; resolves with its ID. */
async function createServer(admin: GraphQLClient, physicalId: string, input: Record<string, unknown>): Promise<string> {
  const { createLogicalServer } = await admin.request<{ createLogicalServer: { id: string } }>(
    `mutation ($i: CreateLogicalServerInput!) { createLogicalServer(input: $i) { id } }`,
    { i: { physicalId, driver: 'FILES', ...input } },
  );
  return createLogicalServer.id;
}

/** A shared address for a server (name servers need one for their glue records; web servers for their sites). */
async function addAddress(admin: GraphQLClient, serverId: string, address: string): Promise<void> {
  await admin.request(`mutation ($i: AddIpAddressesInput!) { addIpAddresses(input: $i) { id } }`, {
    i: { serverId, kind: 'SHARED', addresses: [address] },
  });
}
