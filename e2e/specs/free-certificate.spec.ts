import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namedStatus, startNamed, type NamedInstance } from '../../api/src/test/named';
import { nginxStatus, startNginx, type NginxInstance } from '../../api/src/test/nginx';
import { pebbleCa, pebbleStatus, startPebble, type PebbleInstance } from '../../api/src/test/pebble';
import { DomainsPage } from '../pages/domains.page';
import { signIn } from '../pages/login.page';
import { createEndUser, setupMasterAdmin, signInApi, type GraphQLClient, type MasterAdmin } from '../support/api';
import { createDefaultGroup, createLogicalServer } from '../support/cluster';
import { useE2E, type Session } from '../support/harness';
import { chromiumPath, skipReason } from '../support/prerequisites';
import { tid } from '../support/tid';

const SERVICE_DOMAIN = 'helio-e2e.com';
const OWN = 'free-cert-e2e.com';
const BROKEN = 'no-answer-e2e.com';

/** What the API says of the site's certificate. */
interface ApiCertificate {
  id: string;
  state: string;
  fingerprint: string | null;
  certificatePem: string | null;
  lastError: string | null;
}

/** base64 SHA-256 of a certificate's SubjectPublicKeyInfo: what --ignore-certificate-errors-spki-list takes. */
function spkiHash(pem: string): string {
  const der = new crypto.X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
  return crypto.createHash('sha256').update(der).digest('base64');
}

const missingTools = async () =>
  [await namedStatus(), await nginxStatus(), await pebbleStatus()].find((s) => !s.ok) as
    { ok: false; reason: string } | undefined;

/*
 * Free certificates for real: pebble (Let's Encrypt's test authority) resolves the customer's
 * domain through our named and fetches the HTTP-01 answer from our nginx, which passes it to the
 * panel. The customer only presses "Issue free certificate"; the card follows it to ACTIVE, and
 * Chromium then loads the site over HTTPS from nginx, trusting exactly the issued leaf (its SPKI),
 * so the page proves the browser got that certificate.
 */
describe.skipIf(skipReason)('a customer gets a free certificate and the site answers HTTPS', async () => {
  const missing = await missingTools();
  if (missing) {
    it.skip(`skipped: ${missing.reason}`, () => {});
    return;
  }
  // The panel must trust pebble's HTTPS listener (ACME_CA_FILE) from its start: the CA is made first.
  const caDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-e2e-acme-'));
  const caFile = path.join(caDir, 'pebble-ca.pem');
  let caMade: ReturnType<typeof pebbleCa> | undefined;
  beforeAll(async () => {
    caMade = pebbleCa(caFile);
    await caMade;
  });
  const e2e = useE2E({ env: { ACME_CA_FILE: caFile } });

  let ns: NamedInstance;
  let web: NginxInstance;
  let pebble: PebbleInstance;
  let admin: MasterAdmin;
  let customerApi: GraphQLClient;
  let customer: Awaited<ReturnType<typeof createEndUser>>;
  let s: Session;
  let siteBrowser: Browser | undefined;

  async function apiCertificate(): Promise<ApiCertificate | null> {
    const { domains } = await customerApi.request<{
      domains: { name: string | null; site: { certificate: ApiCertificate | null } | null }[];
    }>(`{ domains { name site { certificate { id state fingerprint certificatePem lastError } } } }`);
    return domains.find((d) => d.name === OWN)?.site?.certificate ?? null;
  }

  beforeAll(async () => {
    [ns, web] = await Promise.all([startNamed({ name: 'ns1' }), startNginx()]);
    pebble = await startPebble({ dnsServer: `127.0.0.1:${ns.port}`, httpPort: web.port, ca: await caMade! });
    admin = await setupMasterAdmin(e2e.url);
    const q = <T>(query: string, variables: Record<string, unknown> = {}) => admin.client.request<T>(query, variables);
    const physicalId = (
      await q<{ createPhysicalServer: { id: string } }>(
        `mutation ($i: PhysicalServerInput!) { createPhysicalServer(input: $i) { id } }`,
        { i: { name: 'box1', os: 'LINUX', address: '127.0.0.1' } },
      )
    ).createPhysicalServer.id;
    const group = (kind: string) => createDefaultGroup(admin.client, kind, `${kind.toLowerCase()}-default`);
    const logical = (i: Record<string, unknown>) => createLogicalServer(admin.client, physicalId, i);
    const dns = await logical({
      name: 'ns1',
      kind: 'DNS',
      groupId: await group('DNS'),
      driver: 'BIND',
      host: ns.host,
      port: ns.port,
      configDir: ns.configDir,
      controlCommand: ns.controlCommand,
      nameServer: `ns1.${SERVICE_DOMAIN}`,
    });
    // The name server's own address for its glue record (a documentation address: nothing dials it).
    await q(`mutation ($i: AddIpAddressesInput!) { addIpAddresses(input: $i) { id } }`, {
      i: { serverId: dns, kind: 'SHARED', addresses: ['198.51.100.53'] },
    });
    const webServer = await logical({
      name: 'web1',
      kind: 'WEB',
      groupId: await group('WEB'),
      driver: 'NGINX',
      host: '127.0.0.1',
      port: web.port,
      tlsPort: web.tlsPort,
      configDir: web.configDir,
      webRoot: web.webRoot,
      controlCommand: web.controlCommand,
    });
    await q(`mutation ($i: AddIpAddressesInput!) { addIpAddresses(input: $i) { id } }`, {
      i: { serverId: webServer, kind: 'SHARED', addresses: ['127.0.0.1'] },
    });
    await q(`mutation ($d: String!) { setServiceDomain(serviceDomain: $d) { serviceDomain } }`, { d: SERVICE_DOMAIN });

    customer = await createEndUser(admin.client, { login: 'freecert', accountName: 'Free cert shop' });
    customerApi = await signInApi(e2e.url, customer);
    await customerApi.request(`mutation ($input: AddDomainInput!) { addDomain(input: $input) { id } }`, {
      input: { kind: 'OWN', name: OWN },
    });
  }, 120_000);

  afterAll(async () => {
    await s?.context.close();
    await siteBrowser?.close();
    await Promise.allSettled([pebble?.stop(), ns?.stop(), web?.stop()]);
    fs.rmSync(caDir, { recursive: true, force: true });
  });

  it('the master admin points the panel at the ACME directory (pebble) on the company certificates page', async () => {
    const m = await e2e.newSession();
    await signIn(m.page, admin);
    await m.page.goto('admin/certificates/company');
    const card = m.page.locator(tid('acme-settings'));
    await card.locator(tid('acme-directory-url')).waitFor();
    // A plain-http directory is refused under its field, and nothing is saved.
    await card.locator(tid('acme-directory-url')).fill('http://plain.example/dir');
    await card.locator(tid('acme-save')).click();
    await card.locator(tid('error-directoryUrl')).waitFor();
    await card.locator(tid('acme-directory-url')).fill(pebble.directoryUrl);
    await card.locator(tid('acme-email')).fill('ssl@helio-e2e.com');
    await card.locator(tid('acme-save')).click();
    await card.locator(tid('notice')).waitFor();
    expect(await card.locator(tid('error-directoryUrl')).count()).toBe(0);
    const { acmeSettings } = await admin.client.request<{ acmeSettings: { directoryUrl: string } }>(
      `{ acmeSettings { directoryUrl } }`,
    );
    expect(acmeSettings.directoryUrl).toBe(pebble.directoryUrl);
    // The company's own certificates: panel, wildcard and (the master's) mail, none installed yet.
    for (const kind of ['PANEL', 'WILDCARD', 'MAIL'])
      expect(await m.page.locator(tid(`company-certificate-${kind}`)).isVisible()).toBe(true);
    await e2e.screenshot(m.page, 'company-certificates-page');
    await m.context.close();
  });

  it('issues a free certificate from the SSL card: PENDING, then ACTIVE from pebble', async () => {
    s = await e2e.newSession();
    await signIn(s.page, customer);
    const list = new DomainsPage(s.page);
    await list.open();
    await expect.poll(() => list.state(OWN), { timeout: 30_000 }).toEqual({ state: 'ACTIVE', site: 'ACTIVE' });
    await list.openDomain(OWN);
    const card = s.page.locator(tid('domain-ssl'));
    await card.waitFor();
    // No certificate: the free one is the primary action, and the HTTPS switches are off.
    expect(await card.locator(tid('ssl-https')).getAttribute('data-enabled')).toBe('false');
    expect(await card.locator(tid('ssl-redirect')).isDisabled()).toBe(true);
    await card.locator(tid('ssl-issue')).click();
    // The order comes back PENDING ("being issued…") before the worker has finished with pebble.
    await card.locator(tid('ssl-pending')).waitFor({ timeout: 10_000 });
    expect(await card.locator(tid('ssl-issue')).count()).toBe(0);
    // The card follows the certificate while it is issued (the page polls), up to ACTIVE.
    await expect
      .poll(async () => card.locator(tid('ssl-state')).getAttribute('data-status'), { timeout: 90_000 })
      .toBe('ACTIVE');
    const cert = (await apiCertificate())!;
    expect(cert).toMatchObject({ state: 'ACTIVE', lastError: null });
    expect((await card.locator(tid('ssl-fingerprint')).innerText()).trim()).toBe(cert.fingerprint);
    expect(await card.locator(tid('ssl-source')).getAttribute('data-value')).toBe('ACME');
    expect(await card.locator(tid('ssl-renew')).isVisible()).toBe(true);
    expect(await card.locator(tid('ssl-https')).getAttribute('data-enabled')).toBe('true');
    await card.scrollIntoViewIfNeeded();
    await e2e.screenshot(s.page, 'free-certificate-card-active');
  }, 120_000);

  it('Chromium loads the site over HTTPS with exactly that certificate, and the redirect switch sends HTTP there', async () => {
    const cert = (await apiCertificate())!;
    // nginx serves it by SNI (the same fingerprint the panel shows)…
    await expect
      .poll(async () => (await web.getTls(OWN, '/')).fingerprint256, { timeout: 20_000 })
      .toBe(cert.fingerprint);
    // …and Chromium, trusting only that leaf's key, loads the page.
    siteBrowser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-quic',
        `--host-resolver-rules=MAP ${OWN} 127.0.0.1, MAP www.${OWN} 127.0.0.1`,
        `--ignore-certificate-errors-spki-list=${spkiHash(cert.certificatePem!)}`,
      ],
    });
    const page = await siteBrowser.newPage();
    const answer = await page.goto(`https://${OWN}:${web.tlsPort}/`);
    expect(answer?.status()).toBe(200);
    expect(await page.content()).toContain(OWN);
    const served = await answer!.securityDetails();
    expect(served?.issuer).toMatch(/Pebble/);
    await e2e.screenshot(page, 'free-certificate-https-page');

    // The redirect switch, from the card: plain HTTP answers with a redirect to HTTPS.
    const card = s.page.locator(tid('domain-ssl'));
    await card.locator(tid('ssl-redirect')).check();
    const plain = async () => {
      const a = await web.get(OWN, '/');
      return `${a.status} ${a.headers.location ?? ''}`;
    };
    await expect.poll(plain, { timeout: 20_000 }).toBe(`301 https://${OWN}:${web.tlsPort}/`);
    // nginx reloads gracefully: a worker still on the old configuration may take Chromium's first
    // connection for a moment after curl has met a new one, so the browser is asked until it follows.
    let followedStatus: number | undefined;
    await expect
      .poll(
        async () => {
          const followed = await page.goto(`http://${OWN}:${web.port}/`);
          followedStatus = followed?.status();
          return followed?.url();
        },
        { timeout: 20_000 },
      )
      .toBe(`https://${OWN}:${web.tlsPort}/`);
    expect(followedStatus).toBe(200);

    // HSTS, from the card: HTTPS answers carry Strict-Transport-Security; the API stores both switches.
    await card.locator(tid('ssl-hsts')).check();
    await expect
      .poll(async () => (await web.getTls(OWN, '/')).headers['strict-transport-security'] ?? '', { timeout: 20_000 })
      .toMatch(/max-age=\d+/);
    const { domains } = await customerApi.request<{
      domains: { name: string | null; site: { httpsRedirect: boolean; hsts: boolean } | null }[];
    }>(`{ domains { name site { httpsRedirect hsts } } }`);
    expect(domains.find((d) => d.name === OWN)?.site).toEqual({ httpsRedirect: true, hsts: true });
    await card.scrollIntoViewIfNeeded();
    await e2e.screenshot(s.page, 'free-certificate-card-https-on');
  }, 90_000);

  it('a failed issue shows the authority’s error with “Try again”, warns on the customer’s home and leads the admin’s list', async () => {
    // A second domain whose names point where no web server answers: pebble's HTTP-01 fetch fails.
    const { addDomain } = await customerApi.request<{ addDomain: { id: string } }>(
      `mutation ($input: AddDomainInput!) { addDomain(input: $input) { id } }`,
      { input: { kind: 'OWN', name: BROKEN } },
    );
    const records = async () =>
      (
        await customerApi.request<{
          domain: { state: string; records: { id: string; name: string; type: string; value: string }[] };
        }>(`query ($id: ID!) { domain(id: $id) { state records { id name type value } } }`, { id: addDomain.id })
      ).domain;
    await expect.poll(async () => (await records()).state, { timeout: 30_000 }).toBe('ACTIVE');
    const pointAt = async (address: string) => {
      for (const r of (await records()).records.filter((r) => r.type === 'A' && r.name !== 'mail'))
        await customerApi.request(
          `mutation ($id: ID!, $input: DnsRecordInput!) { updateDnsRecord(id: $id, input: $input) { id } }`,
          { id: r.id, input: { name: r.name, type: 'A', value: address } },
        );
    };
    await pointAt('127.0.0.9');

    const list = new DomainsPage(s.page);
    await list.open();
    await expect.poll(() => list.state(BROKEN), { timeout: 30_000 }).toEqual({ state: 'ACTIVE', site: 'ACTIVE' });
    await list.openDomain(BROKEN);
    const card = s.page.locator(tid('domain-ssl'));
    await card.locator(tid('ssl-issue')).click();
    const failed = card.locator(tid('ssl-failed'));
    await failed.waitFor({ timeout: 90_000 });
    expect(await card.locator(tid('ssl-state')).getAttribute('data-status')).toBe('FAILED');
    const reason = (await failed.locator(tid('ssl-last-error')).innerText()).trim();
    expect(reason.length).toBeGreaterThan(0);
    expect(await card.locator(tid('ssl-https')).getAttribute('data-enabled')).toBe('false');
    await card.scrollIntoViewIfNeeded();
    await e2e.screenshot(s.page, 'free-certificate-card-failed');

    // The customer's home warns of it and leads to its domain page.
    await s.page.goto('./');
    const warning = s.page.locator(`${tid('certificate-warning')}[data-reason="failed"]`);
    await warning.waitFor();
    expect(await s.page.locator(tid('certificate-warning')).count()).toBe(1); // the working one is not a warning
    await e2e.screenshot(s.page, 'free-certificate-home-warning');
    await warning.locator(tid('certificate-warning-open')).click();
    await s.page.waitForURL(new RegExp(`/domains/${addDomain.id}$`));

    // The admin's list puts it first with the authority's error; the state filter narrows to it.
    const m = await e2e.newSession();
    await signIn(m.page, admin);
    await m.page.goto('admin/certificates');
    const rows = m.page.locator(tid('certificate-row'));
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().getAttribute('data-name')).toBe(BROKEN);
    expect(await rows.first().getAttribute('data-attention')).toBe('true');
    expect((await rows.first().locator(tid('certificate-last-error')).innerText()).trim()).toBe(reason);
    await m.page.locator(tid('certificates-state')).selectOption('ACTIVE');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-name')).toBe(OWN);
    await m.page.locator(tid('certificates-source')).selectOption('UPLOADED');
    await m.page
      .locator(tid('certificates-table'))
      .getByText(/No certificates/)
      .waitFor();
    await m.page.locator(tid('certificates-state')).selectOption('');
    await m.page.locator(tid('certificates-source')).selectOption('');
    await expect.poll(() => rows.count()).toBe(2);
    await e2e.screenshot(m.page, 'free-certificate-admin-list');
    await m.context.close();

    // Names fixed, "Try again" issues it.
    await pointAt('127.0.0.1');
    await s.page.locator(tid('domain-ssl')).locator(tid('ssl-retry')).click();
    await expect
      .poll(async () => card.locator(tid('ssl-state')).getAttribute('data-status'), { timeout: 90_000 })
      .toBe('ACTIVE');
    expect(await card.locator(tid('ssl-failed')).count()).toBe(0);
  }, 240_000);

  it('the master admin orders the shared wildcard over ACME (DNS-01 in the service domain’s zone on BIND)', async () => {
    const m = await e2e.newSession();
    await signIn(m.page, admin);
    await m.page.goto('admin/certificates/company');
    const card = m.page.locator(tid('company-certificate-WILDCARD'));
    const body = card.locator('[data-kind="WILDCARD"]');
    await card.locator(tid('company-certificate-issue')).click();
    await expect.poll(() => body.getAttribute('data-state'), { timeout: 90_000 }).toBe('ACTIVE');
    expect(await body.getAttribute('data-order-state')).toBe('');
    const names = await card.locator(tid('ssl-names')).locator('li').allInnerTexts();
    expect(names).toContain(`*.${SERVICE_DOMAIN}`);
    expect(await card.locator(tid('ssl-source')).getAttribute('data-value')).toBe('ACME');
    expect(await card.locator(tid('company-certificate-renew')).isVisible()).toBe(true);
    await e2e.screenshot(m.page, 'company-certificates-wildcard');
    await m.context.close();
  }, 120_000);
});
