import { beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../pages/login.page';
import { createEndUser, setupMasterAdmin, signInApi, type MasterAdmin, type SeededUser } from '../support/api';
import { seedDomainHosting, type SeededHosting } from '../support/cluster';
import { useE2E } from '../support/harness';
import { skipReason } from '../support/prerequisites';
import { textOf, tid } from '../support/tid';

/*
 * The master admin's upkeep of a cluster, on the embedded FILES servers: re-sync a web server from
 * its logical server's page, and move an account's sites to another web server of the group from
 * the account's page.
 */
describe.skipIf(skipReason)('the master admin re-syncs a server and moves an account’s sites', () => {
  const e2e = useE2E({ env: { WEB_MOVE_GRACE_SECONDS: '0' } });
  let admin: MasterAdmin;
  let customer: SeededUser;
  let hosting: SeededHosting;
  let web2 = '';

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
    // A second web server in the same group, with an address of its own.
    const { logicalServers } = await admin.client.request<{ logicalServers: { id: string; group: { id: string } }[] }>(
      `{ logicalServers(kind: WEB) { id group { id } } }`,
    );
    const { createLogicalServer } = await admin.client.request<{ createLogicalServer: { id: string } }>(
      `mutation ($i: CreateLogicalServerInput!) { createLogicalServer(input: $i) { id } }`,
      {
        i: {
          name: 'web2',
          kind: 'WEB',
          physicalId: hosting.physicalId,
          groupId: logicalServers[0]!.group.id,
          driver: 'FILES',
        },
      },
    );
    web2 = createLogicalServer.id;
    await admin.client.request(`mutation ($i: AddIpAddressesInput!) { addIpAddresses(input: $i) { id } }`, {
      i: { serverId: web2, kind: 'SHARED', addresses: ['127.0.0.9'] },
    });
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
    await s.page.goto(new URL(`admin/accounts/${customer.accounts[0]!.id}/billing`, e2e.url).toString());
    await s.page.locator(tid('move-sites-server')).selectOption(web2);
    await s.page.locator(tid('move-sites-submit')).click();
    const notice = s.page.locator(tid('notice'));
    await notice.waitFor();
    expect(await textOf(notice)).toMatch(/moving from web1 to web2/);
    await e2e.screenshot(s.page, 'server-maintenance-move');

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
});
