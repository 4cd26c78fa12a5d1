import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainsPage } from '../pages/domains.page';
import { signIn } from '../pages/login.page';
import { AdminCertificatesPage, SslCard } from '../pages/ssl.page';
import {
  createEndUser,
  setupMasterAdmin,
  signInApi,
  type GraphQLClient,
  type MasterAdmin,
  type SeededUser,
} from '../support/api';
import { seedDomainHosting } from '../support/cluster';
import { useE2E, type Session } from '../support/harness';
import { csrNames, fingerprintOf, makeCa, makeLeaf, removeCa, signCsr, type TestCa } from '../support/openssl';
import { skipReason } from '../support/prerequisites';

const SERVICE_DOMAIN = 'helio-e2e.com';
const OWN = 'secure-shop.com';
const NAMES = [OWN, `www.${OWN}`];
const CA_NAME = 'Helio E2E Issuing CA';

interface ApiCertificate {
  id: string;
  state: string;
  fingerprint: string | null;
  keyUploaded: boolean;
}

describe.skipIf(skipReason)('an end user installs an SSL certificate on a site', () => {
  const e2e = useE2E();
  let admin: MasterAdmin;
  let customer: SeededUser;
  let customerApi: GraphQLClient;
  let ca: TestCa;
  let s: Session;
  let card: SslCard;

  /** The site's certificate as the API has it. */
  async function apiCertificate(): Promise<ApiCertificate | null> {
    const { domains } = await customerApi.request<{
      domains: { name: string | null; site: { certificate: ApiCertificate | null } | null }[];
    }>(`{ domains { name site { certificate { id state fingerprint keyUploaded } } } }`);
    return domains.find((d) => d.name === OWN)?.site?.certificate ?? null;
  }

  async function screenshotCard(name: string): Promise<void> {
    await card.root.scrollIntoViewIfNeeded();
    await e2e.screenshot(s.page, name);
  }

  beforeAll(async () => {
    ca = makeCa(CA_NAME);
    admin = await setupMasterAdmin(e2e.url);
    await seedDomainHosting(admin.client, { serviceDomain: SERVICE_DOMAIN });
    customer = await createEndUser(admin.client, { login: 'sslowner', accountName: 'Secure shop' });
    customerApi = await signInApi(e2e.url, customer);
    await customerApi.request(`mutation ($input: AddDomainInput!) { addDomain(input: $input) { id } }`, {
      input: { kind: 'OWN', name: OWN },
    });
    s = await e2e.newSession();
    await signIn(s.page, customer);
    card = new SslCard(s.page);
  });

  afterAll(async () => {
    await s?.context.close();
    if (ca) removeCa(ca);
  });

  it('shows no certificate at first', async () => {
    const list = new DomainsPage(s.page);
    await list.open();
    await expect.poll(() => list.state(OWN), { timeout: 15_000 }).toEqual({ state: 'ACTIVE', site: 'ACTIVE' });
    await list.openDomain(OWN);
    await card.root.waitFor();
    expect(await card.state()).toBe('NONE');
    expect(await apiCertificate()).toBeNull();
  });

  it('refuses a certificate with a key that is not its own, under the key field, and installs nothing', async () => {
    const leaf = makeLeaf(ca, NAMES);
    const other = makeLeaf(ca, NAMES);
    const answer = await card.upload({ certificate: leaf.pem, privateKey: other.keyPem, chain: ca.pem });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await card.fieldError('privateKey').waitFor();
    expect(await card.fieldError('privateKey').innerText()).toMatch(/does not match/);
    expect(await card.fieldError('certificate').count()).toBe(0);
    expect(await card.state()).toBe('NONE');
    expect(await apiCertificate()).toBeNull();
    await screenshotCard('ssl-card-key-mismatch');
  });

  let installed: ReturnType<typeof makeLeaf>;

  it('installs a certificate loaded from files: ACTIVE, with its issuer, names and fingerprint', async () => {
    installed = makeLeaf(ca, NAMES);
    const answer = await card.upload({
      certificate: installed.pem,
      privateKey: installed.keyPem,
      chain: ca.pem,
      asFiles: true,
    });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    await expect.poll(() => card.state()).toBe('ACTIVE');
    expect(await card.text('ssl-issuer')).toBe(CA_NAME);
    expect(await card.text('ssl-fingerprint')).toBe(installed.fingerprint);
    expect((await card.names()).sort()).toEqual([...NAMES].sort());
    const expiry = await card.expiry();
    expect(expiry.level).toBe('ok');
    expect(expiry.days).toBeGreaterThanOrEqual(88);
    expect(await card.text('ssl-key-type')).toContain('P-256');
    expect(await card.root.locator('[data-test-id="error-privateKey"]').count()).toBe(0);
    expect(await apiCertificate()).toMatchObject({ state: 'ACTIVE', fingerprint: installed.fingerprint });
    // Nothing on the page is a private key.
    expect(await s.page.content()).not.toContain('PRIVATE KEY');
    await screenshotCard('ssl-card-active');
  });

  it('downloads the certificate and its chain as the PEM files uploaded', async () => {
    const cert = await card.downloadCertificate();
    expect(cert.name).toBe(`${OWN}.pem`);
    expect(fingerprintOf(cert.text)).toBe(installed.fingerprint);
    expect(cert.text.trim()).toBe(installed.pem.trim());
    const chain = await card.downloadChain();
    expect(chain.name).toBe(`${OWN}-chain.pem`);
    expect(fingerprintOf(chain.text)).toBe(fingerprintOf(ca.pem));
    expect(e2e.takeCspViolations()).toEqual([]);
  });

  it('gives the uploaded key back only for the customer’s password, named under the password field', async () => {
    await card.el('ssl-key-open').click();
    await card.el('ssl-key-password').fill('not-my-password');
    await card.el('ssl-key-submit').click();
    await expect.poll(() => card.el('error-password').count(), { timeout: 5000 }).toBe(1);
    expect(await card.el('error-password').innerText()).toMatch(/password/i);
    await screenshotCard('ssl-card-key-password');
    const key = await card.downloadKey(customer.password);
    expect(key.name).toBe(`${OWN}.key`);
    const pkcs8 = (pem: string) => crypto.createPrivateKey(pem).export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(pkcs8(key.text)).toBe(pkcs8(installed.keyPem));
    expect(e2e.takeCspViolations()).toEqual([]);
  });

  let csrPem: string;

  it('creates a signing request for the site’s own names: the CSR is shown and downloads as a .csr', async () => {
    const answer = await card.requestCsr('EC_P384');
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    csrPem = await card.csr();
    expect(csrPem).toMatch(/^-----BEGIN CERTIFICATE REQUEST-----/);
    expect(csrPem.trim()).toBe(answer.data!.requestSiteCertificate.csrPem.trim());
    // Its own names only: the instant-access name under the service domain is the shared wildcard's.
    expect(csrNames(csrPem).sort()).toEqual([...NAMES].sort());
    // The installed certificate stays until the signed one comes.
    expect(await card.state()).toBe('ACTIVE');
    const saved = await card.downloadCsr();
    expect(saved.name).toBe(`${OWN}.csr`);
    expect(saved.text.trim()).toBe(csrPem.trim());
    await screenshotCard('ssl-card-signing-request');
    // The pending request is the site's, not the page's memory: it is there after a reload too.
    await card.page.reload();
    await expect.poll(async () => (await card.csr()).trim()).toBe(csrPem.trim());
    expect(await card.state()).toBe('ACTIVE');
  });

  it('installs the certificate signed for the request without a key', async () => {
    expect(await card.uploadFormSaysKeyOptional()).toBe(true);
    const signed = signCsr(ca, csrPem);
    const answer = await card.upload({ certificate: signed, chain: ca.pem });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    await expect.poll(() => card.text('ssl-fingerprint')).toBe(fingerprintOf(signed));
    expect(await card.state()).toBe('ACTIVE');
    expect(await card.text('ssl-key-type')).toContain('P-384');
    expect(await apiCertificate()).toMatchObject({ state: 'ACTIVE', keyUploaded: false });
    expect(await card.root.locator('[data-test-id="ssl-csr-block"]').count()).toBe(0);
  });

  it('lists the certificate for the admin, with its issuer and end', async () => {
    const adminSession = await e2e.newSession();
    try {
      await signIn(adminSession.page, admin);
      const certificates = new AdminCertificatesPage(adminSession.page);
      await certificates.open();
      await expect.poll(() => certificates.shown()).toHaveLength(1);
      const [row] = await certificates.shown();
      expect(row).toMatchObject({ name: OWN, state: 'ACTIVE', issuer: CA_NAME });
      expect(row!.expires).not.toBeNull();
      await e2e.screenshot(adminSession.page, 'ssl-admin-certificates');
      // Its account leads to the account's page.
      const accountLink = adminSession.page.locator('[data-test-id="certificate-account"]').first();
      expect(await accountLink.innerText()).toBe(customer.accounts[0].id);
      expect(await accountLink.getAttribute('href')).toContain(customer.accounts[0].id);
      await certificates.filterByAccount(customer.accounts[0].id);
      await expect.poll(() => certificates.shown()).toHaveLength(1);
      await certificates.filterByAccount('999999');
      await expect.poll(() => certificates.shown()).toHaveLength(0);
    } finally {
      await adminSession.context.close();
    }
  });

  it('removes the certificate after asking', async () => {
    await card.remove();
    await expect.poll(() => card.state()).toBe('NONE');
    expect(await apiCertificate()).toBeNull();
  });
});
