import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../pages/login.page';
import { TokensPage } from '../pages/tokens.page';
import { createEndUser, setupMasterAdmin, signInApi, type MasterAdmin, type SeededUser } from '../support/api';
import { seedDomainHosting } from '../support/cluster';
import { useE2E, type Session } from '../support/harness';
import { skipReason } from '../support/prerequisites';
import { tid } from '../support/tid';

const DOMAIN = 'tokens-e2e.com';

/** A script's request with a token: plain fetch, no cookie. */
async function withToken(url: string, secret: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(new URL('graphql', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as {
    data?: Record<string, unknown>;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  return { status: res.status, ...body };
}

describe.skipIf(skipReason)('API tokens: created in the panel, used by a script, revoked', () => {
  const e2e = useE2E();
  let admin: MasterAdmin;
  let customer: SeededUser;
  let s: Session;
  let tokens: TokensPage;
  let secret: string;

  beforeAll(async () => {
    admin = await setupMasterAdmin(e2e.url);
    await seedDomainHosting(admin.client, { serviceDomain: 'helio-e2e.com' });
    customer = await createEndUser(admin.client, { login: 'scripter', accountName: 'Scripted shop' });
    const customerApi = await signInApi(e2e.url, customer);
    await customerApi.request(`mutation ($i: AddDomainInput!) { addDomain(input: $i) { id } }`, {
      i: { kind: 'OWN', name: DOMAIN },
    });
    s = await e2e.newSession();
    const layout = await signIn(s.page, customer);
    await layout.navigate('developers');
    tokens = new TokensPage(s.page);
  });

  afterAll(() => s?.context.close());

  it('bad input shows under each box and creates nothing', async () => {
    await tokens.create({ name: ' ', scopes: {}, allowedIps: ['192.0.2.10', 'not-an-address'] });
    await tokens.fieldError('name').waitFor();
    expect(await tokens.fieldError('scopes').innerText()).toMatch(/at least one group/);
    expect(await tokens.fieldError('allowedIps').innerText()).toMatch(/Line 2: is not an IP address/);
    expect(await tokens.mine.count()).toBe(0);
    await e2e.screenshot(s.page, 'api-tokens-errors');
  });

  it('a token is created with its access, and its secret is shown once', async () => {
    await tokens.create({ name: 'dns script', scopes: { DOMAINS: 'READ_WRITE' }, days: 30, allowedIps: [] });
    await tokens.secret.waitFor();
    secret = await tokens.secret.inputValue();
    expect(secret).toMatch(/^helio_[A-Za-z0-9_-]{55}$/);
    await tokens.row('dns script').waitFor();
    expect(await tokens.row('dns script').locator(tid('token-scopes')).innerText()).toMatch(
      /Domains, DNS, web sites and SSL: Read and change/,
    );
    expect(await tokens.row('dns script').getAttribute('data-status')).toBe('ACTIVE');
    await e2e.screenshot(s.page, 'api-tokens-created');
    await s.page.locator(tid('token-secret-done')).click();
    await tokens.secret.waitFor({ state: 'detached' });
    expect(await s.page.content()).not.toContain(secret.slice(18));
  });

  it('a script lists the owner’s domains with it and adds a DNS record; the page shows its last use', async () => {
    const listed = await withToken(e2e.url, secret, `{ domains { id name } }`);
    expect(listed.errors).toBeUndefined();
    const domains = listed.data!.domains as { id: string; name: string }[];
    expect(domains.map((d) => d.name)).toEqual([DOMAIN]);
    const added = await withToken(
      e2e.url,
      secret,
      `mutation ($d: ID!, $i: DnsRecordInput!) { addDnsRecord(domainId: $d, input: $i) { name type value } }`,
      { d: domains[0]!.id, i: { name: 'e2e', type: 'TXT', ttl: 300, value: 'added by a script' } },
    );
    expect(added.data).toEqual({ addDnsRecord: { name: 'e2e', type: 'TXT', value: 'added by a script' } });
    // Beyond its scopes it is refused.
    const billing = await withToken(e2e.url, secret, `{ invoices(first: 1) { totalCount } }`);
    expect(billing.status).toBe(403);

    await s.page.reload();
    await tokens.row('dns script').waitFor();
    await expect
      .poll(() => tokens.row('dns script').locator(tid('token-last-used')).innerText())
      .toMatch(/from (::ffff:)?127\.0\.0\.1/);
    await e2e.screenshot(s.page, 'api-tokens-used');
  });

  it('revoked in the panel, the token answers UNAUTHENTICATED at once', async () => {
    await tokens.revoke('dns script');
    await expect.poll(() => tokens.row('dns script').getAttribute('data-status')).toBe('REVOKED');
    const refused = await withToken(e2e.url, secret, `{ domains { id } }`);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await e2e.screenshot(s.page, 'api-tokens-revoked');
  });
});
