import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DnsSettingsSection, DomainPage, DomainsPage } from '../pages/domains.page';
import { signIn } from '../pages/login.page';
import { createEndUser, setupMasterAdmin, type MasterAdmin, type SeededUser } from '../support/api';
import { seedDomainHosting } from '../support/cluster';
import { useE2E, type Session } from '../support/harness';
import { skipReason } from '../support/prerequisites';

const SERVICE_DOMAIN = 'helio-e2e.com';
const NAME_SERVERS = [`ns1.${SERVICE_DOMAIN}`, `ns2.${SERVICE_DOMAIN}`];
const OWN = 'shop-e2e.com';

interface ApiRecord {
  id: string;
  name: string;
  type: string;
  value: string;
  managed: boolean;
}

describe.skipIf(skipReason)('an end user hosts domains and edits their DNS', () => {
  const e2e = useE2E();
  let admin: MasterAdmin;
  let customer: SeededUser;
  let s: Session;
  let list: DomainsPage;
  let domain: DomainPage;

  /** The domain's records as the API has them (checked as the admin, who manages the account). */
  async function apiRecords(name: string): Promise<ApiRecord[]> {
    const { domains } = await admin.client.request<{ domains: { name: string | null; records: ApiRecord[] }[] }>(
      `query ($a: ID) { domains(accountId: $a) { name records { id name type value managed } } }`,
      { a: customer.accounts[0].id },
    );
    return domains.find((d) => d.name === name)?.records ?? [];
  }

  beforeAll(async () => {
    admin = await setupMasterAdmin(e2e.url);
    await seedDomainHosting(admin.client, { serviceDomain: SERVICE_DOMAIN });
    customer = await createEndUser(admin.client, { login: 'domainowner', accountName: 'Shop with domains' });
    s = await e2e.newSession();
    await signIn(s.page, customer);
    list = new DomainsPage(s.page);
    await list.open();
  });

  afterAll(() => s?.context.close());

  it('offers the ways to add a domain, registration and transfer disabled', async () => {
    for (const way of ['OWN', 'THIRD_LEVEL', 'INSTANT', 'PARKED', 'NO_DOMAIN'] as const)
      expect(await list.wayEnabled(way), way).toBe(true);
    expect(await list.wayEnabled('REGISTER')).toBe(false);
    expect(await list.wayEnabled('TRANSFER')).toBe(false);
  });

  it('shows the API’s reason under the name for an invalid domain, and adds nothing', async () => {
    const answer = await list.add('OWN', 'not a domain..com');
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await list.fieldError('name').waitFor();
    expect((await list.fieldError('name').innerText()).trim()).not.toBe('');
    expect(await list.names()).toEqual([]);
  });

  it('adds an own domain: listed with the name servers to set at the registrar, then ACTIVE', async () => {
    const answer = await list.add('OWN', OWN);
    expect(answer.data?.addDomain, JSON.stringify(answer.errors)).toMatchObject({ name: OWN, state: 'QUEUED' });
    await list.row(OWN).waitFor();
    expect(await list.fieldError('name').count()).toBe(0);
    // Primary first: which of the two that is, the placement picks.
    expect((await list.nameServers(OWN)).sort()).toEqual(NAME_SERVERS);
    await expect.poll(() => list.state(OWN), { timeout: 15_000 }).toEqual({ state: 'ACTIVE', site: 'ACTIVE' });
    await e2e.screenshot(s.page, 'domains-list');
  });

  it('opens the domain: its name servers, the site answering to it and its alias, the managed NS records', async () => {
    domain = await list.openDomain(OWN);
    expect(await domain.titleText()).toBe(OWN);
    expect((await domain.nameServers()).sort()).toEqual(NAME_SERVERS);
    await expect.poll(() => domain.siteState(), { timeout: 15_000 }).toBe('ACTIVE');
    const names = await domain.serverNames();
    expect(names.slice(0, 2)).toEqual([OWN, `www.${OWN}`]);
    expect(
      names.some((n) => n.endsWith(`.${SERVICE_DOMAIN}`)),
      names.join(', '),
    ).toBe(true);
    const records = await domain.shownRecords();
    const ns = records.filter((r) => r.type === 'NS' && r.name === '@');
    expect(ns.map((r) => r.value).sort()).toEqual(NAME_SERVERS);
    expect(ns.every((r) => r.managed)).toBe(true);
    // The panel's own records have no edit or delete.
    expect(await domain.record('NS', '@').first().locator('[data-test-id="dns-record-delete"]').count()).toBe(0);
  });

  it('shows the fields each record type needs', async () => {
    await domain.chooseType('MX');
    expect(await domain.extraInputs()).toEqual(['priority']);
    // A target is shown as the full name it stands for while it is typed: dotted names are full host names.
    expect(await domain.targetPreview(`mx0.${OWN}`)).toBe(`→ mx0.${OWN}. (full name)`);
    await e2e.screenshot(s.page, 'record-target-preview');
    expect(await domain.targetPreview('mail')).toBe(`→ mail.${OWN}. (full name)`);
    await domain.chooseType('TXT');
    expect(await domain.targetPreview('v=spf1 -all')).toBeNull();
    await domain.targetPreview('');
    await domain.chooseType('SRV');
    expect(await domain.extraInputs()).toEqual(['priority', 'weight', 'port']);
    await domain.chooseType('CAA');
    expect(await domain.extraInputs()).toEqual(['flags', 'tag']);
    await domain.chooseType('TXT');
    expect(await domain.extraInputs()).toEqual([]);
  });

  it('adds a TXT record, shows it in the DNS list, edits and deletes it', async () => {
    const answer = await domain.addRecord({ name: '_e2e', type: 'TXT', value: 'hello from the panel', ttl: '300' });
    expect(answer.errors).toBeUndefined();
    const row = domain.record('TXT', '_e2e');
    await row.waitFor();
    expect(await row.getAttribute('data-value')).toBe('hello from the panel');
    expect(
      (await apiRecords(OWN)).some((r) => r.type === 'TXT' && r.name === '_e2e' && r.value === 'hello from the panel'),
    ).toBe(true);
    await e2e.screenshot(s.page, 'domain-records');

    const edited = await domain.editRecord(row, { value: 'changed in place' });
    expect(edited.errors).toBeUndefined();
    await expect.poll(() => row.getAttribute('data-value')).toBe('changed in place');

    await domain.deleteRecord(row);
    await row.waitFor({ state: 'detached' });
    expect((await apiRecords(OWN)).some((r) => r.type === 'TXT' && r.name === '_e2e')).toBe(false);
  });

  it('shows a record’s error under its field', async () => {
    const answer = await domain.addRecord({ name: 'www2', type: 'A', value: '300.1.2.3' });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await s.page.locator('[data-test-id="error-value"]').waitFor();
    expect(await domain.record('A', 'www2').count()).toBe(0);
  });

  it('imports a zone file: adds what fits, skips the SOA and NS, refuses a bad line', async () => {
    const zone = [
      `$ORIGIN ${OWN}.`,
      '$TTL 3600',
      '@ IN SOA ns1.oldhost.net. admin.oldhost.net. ( 2024010101 7200 3600 1209600 300 )',
      '@ IN NS ns1.oldhost.net.',
      'backup IN A 192.0.2.25',
      '@ IN MX 20 backup',
      'broken IN A 300.1.2.3',
    ].join('\n');
    const outcome = await domain.importZone(zone);
    expect(outcome.added).toBe(2);
    expect(outcome.skipped).toBeGreaterThanOrEqual(2);
    expect(outcome.rejected).toBe(1);
    await expect
      .poll(async () => (await domain.shownRecords()).filter((r) => r.type === 'MX').map((r) => r.data))
      .toContain(`20 backup.${OWN}.`);
    expect(
      (await domain.shownRecords()).some((r) => r.type === 'A' && r.name === 'backup' && r.value === '192.0.2.25'),
    ).toBe(true);
  });

  it('adds a third-level domain under the service domain', async () => {
    list = await domain.back();
    const answer = await list.add('THIRD_LEVEL', 'blog');
    expect(answer.data?.addDomain).toMatchObject({ name: `blog.${SERVICE_DOMAIN}` });
    await list.row(`blog.${SERVICE_DOMAIN}`).waitFor();
    await expect
      .poll(() => list.state(`blog.${SERVICE_DOMAIN}`), { timeout: 15_000 })
      .toEqual({ state: 'ACTIVE', site: 'ACTIVE' });
    // Names under the service domain have no name servers of their own to set anywhere.
    expect(await list.nameServers(`blog.${SERVICE_DOMAIN}`)).toEqual([]);
    expect(await list.names()).toEqual([OWN, `blog.${SERVICE_DOMAIN}`]);
  });

  it('deletes a domain: it goes once its site and records are removed', async () => {
    await list.delete(`blog.${SERVICE_DOMAIN}`);
    await list.row(`blog.${SERVICE_DOMAIN}`).waitFor({ state: 'detached', timeout: 15_000 });
    expect(await list.names()).toEqual([OWN]);
  });
});

describe.skipIf(skipReason)('the master admin sets the service domain in Settings', () => {
  const e2e = useE2E();
  let admin: MasterAdmin;
  let s: Session;

  beforeAll(async () => {
    admin = await setupMasterAdmin(e2e.url);
    await seedDomainHosting(admin.client, { serviceDomain: null });
    s = await e2e.newSession();
    const layout = await signIn(s.page, admin);
    await layout.navigate('settings');
  });

  afterAll(() => s?.context.close());

  it('refuses a name that is not a domain, under the field', async () => {
    const dns = new DnsSettingsSection(s.page);
    await dns.root.waitFor();
    await expect.poll(() => dns.nameServers()).toEqual(NAME_SERVERS); // the list renders when its query answers
    const answer = await dns.setServiceDomain('not a domain');
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await dns.fieldError('serviceDomain').waitFor();
  });

  it('saves the service domain, which the API then reports', async () => {
    const dns = new DnsSettingsSection(s.page);
    const answer = await dns.setServiceDomain(SERVICE_DOMAIN);
    expect(answer.data?.setServiceDomain.serviceDomain).toBe(SERVICE_DOMAIN);
    await dns.notice.waitFor();
    expect(await dns.fieldError('serviceDomain').count()).toBe(0);
    const { dnsSettings } = await admin.client.request<{ dnsSettings: { serviceDomain: string | null } }>(
      `{ dnsSettings { serviceDomain } }`,
    );
    expect(dnsSettings.serviceDomain).toBe(SERVICE_DOMAIN);
    // A reload shows the stored value.
    await s.page.reload();
    await dns.input.waitFor();
    await expect.poll(() => dns.input.inputValue()).toBe(SERVICE_DOMAIN);
    await e2e.screenshot(s.page, 'settings-dns');
  });
});
