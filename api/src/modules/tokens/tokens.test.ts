import { beforeAll, describe, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import {
  createEndUser,
  createReseller,
  createStaff,
  setupMaster,
  type EndUserClient,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { systemEm } from '../../db/scope';
import { D, domainState, setupHosting } from '../domains/testing';
import { FAST_TASKS } from '../mysql/testing';
import { ApiToken } from './api-token.entity';
import { clientAddress, ipAllowed, parseAllowEntry } from './ip-allow';
import { bearer, CREATE, createToken } from './testing';

const DOMAINS_RW = [{ group: 'DOMAINS', access: 'READ_WRITE' as const }];
const DOMAINS_R = [{ group: 'DOMAINS', access: 'READ' as const }];
const REFUSED = 'The API token is not valid';

describe('IP allow-list entries', () => {
  it('keeps addresses and ranges canonical, and names what is wrong', () => {
    expect(parseAllowEntry(' 192.0.2.10 ')).toEqual({ entry: '192.0.2.10' });
    expect(parseAllowEntry('192.0.2.77/24')).toEqual({ entry: '192.0.2.0/24' });
    expect(parseAllowEntry('2001:DB8:0:0:1::/32')).toEqual({ entry: '2001:db8::/32' });
    expect(parseAllowEntry('::1')).toEqual({ entry: '::1' });
    expect(parseAllowEntry('10.0.0.0/33')).toEqual({ error: 'has a prefix length that is not 0–32' });
    expect(parseAllowEntry('2001:db8::/129')).toEqual({ error: 'has a prefix length that is not 0–128' });
    expect(parseAllowEntry('example.com')).toMatchObject({ error: expect.stringContaining('is not an IP address') });
    expect(parseAllowEntry('10.0.0.1/')).toMatchObject({ error: expect.stringContaining('prefix length') });
  });

  it('matches IPv4, IPv6 and IPv4-mapped client addresses', () => {
    expect(ipAllowed([], '203.0.113.9')).toBe(true);
    expect(ipAllowed(['192.0.2.0/24'], '192.0.2.200')).toBe(true);
    expect(ipAllowed(['192.0.2.0/24'], '::ffff:192.0.2.7')).toBe(true);
    expect(ipAllowed(['192.0.2.0/24'], '192.0.3.1')).toBe(false);
    expect(ipAllowed(['2001:db8::/32'], '2001:db8:ffff::1')).toBe(true);
    expect(ipAllowed(['2001:db8::/32'], '2001:db9::1')).toBe(false);
    expect(ipAllowed(['127.0.0.1'], 'not-an-address')).toBe(false);
    expect(clientAddress('::FFFF:10.1.2.3')).toBe('10.1.2.3');
  });
});

describeApi(
  'API tokens: created once, used as a bearer, revoked',
  (api) => {
    let master: MasterClient;
    let alice: EndUserClient;
    let bob: EndUserClient;
    let reseller: ResellerAdminClient;
    let aliceDomain: string;
    let bobDomain: string;

    beforeAll(async () => {
      master = await setupMaster(api);
      await setupHosting(master, {
        dns: [{ nameServer: 'ns1.tokens-host.com' }, { nameServer: 'ns2.tokens-host.com' }],
        web: { address: '192.0.2.80' },
        serviceDomain: 'tokens-host.com',
      });
      alice = await createEndUser(master, api);
      bob = await createEndUser(master, api);
      reseller = await createReseller(master, api);
      aliceDomain = (await alice.ok(D.add, { i: { kind: 'OWN', name: 'alice-tokens.com' } })).addDomain.id;
      bobDomain = (await bob.ok(D.add, { i: { kind: 'OWN', name: 'bob-tokens.com' } })).addDomain.id;
      await domainState(alice, aliceDomain);
    });

    it('the secret is answered once; the list shows the token without it, and the database holds only its hash', async () => {
      const created = (
        await alice.ok(CREATE, {
          i: { name: 'deploy', scopes: DOMAINS_RW, expiresInDays: 30, allowedIps: ['127.0.0.1', '10.0.0.0/8'] },
        })
      ).createApiToken;
      expect(created.secret).toMatch(/^helio_[A-Za-z0-9_-]{55}$/);
      expect(created.token).toMatchObject({
        name: 'deploy',
        status: 'ACTIVE',
        allowedIps: ['127.0.0.1', '10.0.0.0/8'],
        scopes: DOMAINS_RW,
      });
      expect(created.token.hint).toBe(`${created.secret.slice(0, 18)}…`);
      const days = (Date.parse(created.token.expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(29.9);
      expect(days).toBeLessThanOrEqual(30);

      const listed = await alice.gql(`{ apiTokens { id name hint status lastUsedAt owner { login } } }`);
      expect(JSON.stringify(listed)).not.toContain(created.secret.slice(18));
      expect(listed.data!.apiTokens).toEqual([
        expect.objectContaining({
          id: created.token.id,
          status: 'ACTIVE',
          lastUsedAt: null,
          owner: { login: alice.login },
        }),
      ]);
      const row = await systemEm(api.orm, 'the test reads the stored hash').findOneOrFail(
        ApiToken,
        { id: Number(created.token.id) },
        { populate: ['secretHash'] },
      );
      expect(row.secretHash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(row)).not.toContain(created.secret.slice(18));
    });

    it('bad input names each wrong field and creates nothing', async () => {
      const before = (await bob.ok(`{ apiTokens { id } }`)).apiTokens.length;
      const err = await bob.fails(CREATE, {
        i: {
          name: '  ',
          scopes: [
            { group: 'DOMAINS', access: 'READ' },
            { group: 'DOMAINS', access: 'READ_WRITE' },
          ],
          expiresInDays: 400,
          allowedIps: ['192.0.2.1', 'not-an-ip', '10.0.0.0/40'],
        },
      });
      expect(err.extensions?.code).toBe('BAD_USER_INPUT');
      expect(err.extensions?.fields).toEqual([
        { field: 'name', message: 'must not be empty' },
        { field: 'scopes.1.group', message: 'is given twice' },
        { field: 'expiresInDays', message: 'must be at most 365 days' },
        { field: 'allowedIps.1', message: expect.stringContaining('is not an IP address') },
        { field: 'allowedIps.2', message: 'has a prefix length that is not 0–32' },
      ]);
      const none = await bob.fails(CREATE, { i: { name: 'x', scopes: [], expiresInDays: 0 } });
      expect(none.extensions?.fields).toEqual([
        { field: 'scopes', message: 'must give the token at least one group' },
        { field: 'expiresInDays', message: 'must be at least 1 day' },
      ]);
      expect((await bob.ok(`{ apiTokens { id } }`)).apiTokens).toHaveLength(before);
    });

    it('a token acts as its owner: it lists their domains, adds a record, and records its last use', async () => {
      const { id, secret } = await createToken(alice, { name: 'lister', scopes: DOMAINS_RW });
      const script = bearer(api, secret);
      const res = await script.gql(`{ domains { id name } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data!.domains).toEqual([{ id: aliceDomain, name: 'alice-tokens.com' }]);
      expect(res.headers['set-cookie']).toBeUndefined();

      const record = await script.ok(D.addRecord, {
        d: aliceDomain,
        i: { name: 'api', type: 'TXT', ttl: 300, value: 'set by a token' },
      });
      expect(record.addDnsRecord).toMatchObject({ name: 'api', type: 'TXT' });
      const seen = (await alice.ok(D.domain, { id: aliceDomain })).domain.records.map((r: { name: string }) => r.name);
      expect(seen).toContain('api');

      const used = (await alice.ok(`{ apiTokens { id lastUsedAt lastUsedIp } }`)).apiTokens.find(
        (t: { id: string }) => t.id === id,
      );
      expect(Date.now() - Date.parse(used.lastUsedAt)).toBeLessThan(60_000);
      expect(used.lastUsedIp).toMatch(/127\.0\.0\.1$/);
    });

    it('another owner’s domain is NOT_FOUND through a token, as in the panel', async () => {
      const { secret } = await createToken(alice, { scopes: DOMAINS_RW });
      const err = await bearer(api, secret).fails(D.domain, { id: bobDomain });
      expect(err.extensions?.code).toBe('NOT_FOUND');
      const write = await bearer(api, secret).fails(D.addRecord, {
        d: bobDomain,
        i: { name: 'x', type: 'TXT', ttl: 300, value: 'no' },
      });
      expect(write.extensions?.code).toBe('NOT_FOUND');
    });

    it('a bearer request ignores cookies: a session cookie beside it does not sign anyone else in', async () => {
      const { secret } = await createToken(alice, { scopes: [{ group: 'ACCOUNTS', access: 'READ' }] });
      const mixed = master.fresh({ authorization: `Bearer ${secret}` });
      mixed.sessionCookie = master.sessionCookie;
      expect((await mixed.ok(`{ viewer { user { login } role } }`)).viewer).toEqual({
        user: { login: alice.login },
        role: 'END_USER',
      });
      // And a revoked token with a live session cookie beside it is refused, not taken as the session.
      const { id, secret: gone } = await createToken(master, { scopes: [{ group: 'ACCOUNTS', access: 'READ' }] });
      await master.ok(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id });
      const withCookie = master.fresh({ authorization: `Bearer ${gone}` });
      withCookie.sessionCookie = master.sessionCookie;
      expect((await withCookie.fails(`{ viewer { role } }`)).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('needs no CSRF preflight header: a GET and a text/plain POST with a token pass, without one they do not', async () => {
      const { secret } = await createToken(alice, { scopes: DOMAINS_R });
      const query = encodeURIComponent('{ domains { name } }');
      const get = await bearer(api, secret).request('GET', `/graphql?query=${query}`);
      expect(get.status).toBe(200);
      expect(JSON.parse(get.text).data.domains).toEqual([{ name: 'alice-tokens.com' }]);
      // A text/plain POST is not taken for a cross-site form either (its body is not GraphQL's JSON, which it says).
      const plain = await bearer(api, secret).request('POST', '/graphql', '{}', { 'content-type': 'text/plain' });
      expect(plain.text).not.toMatch(/CSRF|preflight/i);
      // The same GET with the session cookie instead of a token is refused by CSRF prevention.
      const browser = await alice.request('GET', `/graphql?query=${query}`);
      expect(browser.status).toBe(400);
      expect(browser.text).toMatch(/CSRF/);
      // A Basic Authorization header is no bearer: it does not lift the CSRF check.
      const basic = await alice.request('GET', `/graphql?query=${query}`, undefined, {
        authorization: 'Basic dXNlcjpwdw==',
      });
      expect(basic.status).toBe(400);
      expect(basic.text).toMatch(/CSRF/);
    });

    it('unknown, wrong, revoked, expired, out-of-range and disabled-owner tokens all get the same 401 UNAUTHENTICATED', async () => {
      const good = await createToken(alice, { scopes: DOMAINS_R });
      const revoked = await createToken(alice, { scopes: DOMAINS_R });
      await alice.ok(`mutation($id: ID!) { revokeApiToken(id: $id) { status revokedAt } }`, { id: revoked.id });
      const expired = await createToken(alice, { scopes: DOMAINS_R });
      await systemEm(api.orm, 'the test lets a token expire').nativeUpdate(
        ApiToken,
        { id: Number(expired.id) },
        { expiresAt: new Date(Date.now() - 1000) },
      );
      const elsewhere = await createToken(alice, {
        scopes: DOMAINS_R,
        allowedIps: ['198.51.100.0/24', '2001:db8::/32'],
      });
      const staffLogin = await createStaff(master, api);
      const staffToken = await createToken(staffLogin, { scopes: [{ group: 'SUPPORT', access: 'READ' }] });
      const staffUser = (await staffLogin.ok(`{ viewer { user { id } } }`)).viewer.user.id;
      await master.ok(`mutation($id: ID!) { setStaffLoginDisabled(id: $id, disabled: true) { id } }`, {
        id: staffUser,
      });

      const wrongSecret = good.secret.slice(0, 18) + 'A'.repeat(43);
      const cases = {
        unknown: `helio_${'B'.repeat(55)}`,
        malformed: 'not-a-token',
        wrongSecret: wrongSecret === good.secret ? `${good.secret.slice(0, 18)}${'B'.repeat(43)}` : wrongSecret,
        revoked: revoked.secret,
        expired: expired.secret,
        elsewhere: elsewhere.secret,
        disabledOwner: staffToken.secret,
      };
      for (const [why, secret] of Object.entries(cases)) {
        const res = await bearer(api, secret).gql(`{ viewer { role } }`);
        expect({ why, status: res.status, errors: res.errors, data: res.data }).toEqual({
          why,
          status: 401,
          errors: [{ message: REFUSED, extensions: { code: 'UNAUTHENTICATED' } }],
          data: undefined,
        });
        expect(res.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
      }
      expect((await bearer(api, good.secret).ok(`{ domains { name } }`)).domains).toHaveLength(1);
    });

    it('an allow-list that holds the caller lets it in', async () => {
      const { secret } = await createToken(alice, { scopes: DOMAINS_R, allowedIps: ['2001:db8::/32', '127.0.0.0/8'] });
      expect((await bearer(api, secret).ok(`{ domains { name } }`)).domains).toHaveLength(1);
    });

    it('a suspended company’s users’ tokens are refused while it is suspended', async () => {
      const customer = await createEndUser(reseller, api);
      const { secret } = await createToken(customer, { scopes: DOMAINS_R });
      expect((await bearer(api, secret).ok(`{ domains { name } }`)).domains).toEqual([]);
      const resellerId = reseller.resellerId;
      await master.ok(`mutation($id: ID!, $r: String!) { suspendReseller(id: $id, reason: $r) { id } }`, {
        id: resellerId,
        r: 'test',
      });
      expect((await bearer(api, secret).fails(`{ domains { name } }`)).message).toBe(REFUSED);
      await master.ok(`mutation($id: ID!) { resumeReseller(id: $id) { id } }`, { id: resellerId });
      expect((await bearer(api, secret).ok(`{ domains { name } }`)).domains).toEqual([]);
    });

    it('scopes narrow the owner: read cannot write, and aliases or fragments on the root do not hide a field', async () => {
      const { secret } = await createToken(alice, { scopes: DOMAINS_R });
      const script = bearer(api, secret);
      const write = await script.gql(D.addRecord, {
        d: aliceDomain,
        i: { name: 'n', type: 'TXT', ttl: 300, value: 'v' },
      });
      expect(write.status).toBe(403);
      expect(write.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', tokenScope: 'DOMAINS:READ_WRITE' });
      for (const query of [
        `{ mine: domains { id } money: invoices(first: 1) { totalCount } }`,
        `{ domains { id } ...f } fragment f on Query { invoices(first: 1) { totalCount } }`,
        `{ domains { id } ... on Query { ... on Query { invoices(first: 1) { totalCount } } } }`,
      ]) {
        const res = await script.gql(query);
        expect(res.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', tokenScope: 'BILLING:READ' });
        expect(res.data).toBeUndefined();
      }
    });

    it('a field another area adds to a type needs that area’s group too, wherever it is selected', async () => {
      const { secret } = await createToken(alice, { scopes: DOMAINS_R });
      const script = bearer(api, secret);
      // Domain.account is the domains area's; Account.plan the accounts area's.
      expect((await script.ok(`{ domains { name account { id } } }`)).domains[0].account.id).toBe(alice.accountIds[0]);
      for (const query of [
        `{ domains { account { plan { id } } } }`,
        `{ domains { ...a } } fragment a on Domain { account { ...p } } fragment p on Account { plan { id } }`,
      ]) {
        const res = await script.gql(query);
        expect(res.status).toBe(403);
        expect(res.errors?.[0]).toMatchObject({
          message: 'This API token may not use "Account.plan": it needs the ACCOUNTS:READ scope',
          extensions: { code: 'FORBIDDEN', tokenScope: 'ACCOUNTS:READ' },
        });
      }
      const wider = await createToken(alice, { scopes: [...DOMAINS_R, { group: 'ACCOUNTS', access: 'READ' }] });
      expect((await bearer(api, wider.secret).gql(`{ domains { account { plan { id } } } }`)).errors).toBeUndefined();
    });

    it('no token manages tokens, changes the password, or signs in and out, whatever its scopes', async () => {
      const all = ['ACCOUNTS', 'DOMAINS', 'DATABASES', 'BILLING', 'SUPPORT', 'CLUSTER', 'COMPANY'].map((group) => ({
        group,
        access: 'READ_WRITE' as const,
      }));
      const { secret } = await createToken(master, { scopes: all });
      const script = bearer(api, secret);
      for (const [op, vars] of [
        [CREATE, { i: { name: 'minted', scopes: all } }],
        [`{ apiTokens { id } }`, {}],
        [
          `mutation { changePassword(input: { currentPassword: "correct-horse-battery", newPassword: "another-long-password" }) }`,
          {},
        ],
        [`mutation { logout }`, {}],
        [`mutation { updatePreferences(input: { language: DE }) { language } }`, {}],
      ] as const) {
        const res = await script.gql(op, vars);
        expect(res.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', tokenScope: 'TOKEN_FORBIDDEN' });
      }
      expect((await master.ok(`{ apiTokens { name } }`)).apiTokens.map((t: { name: string }) => t.name)).not.toContain(
        'minted',
      );
    });

    it('admins see and revoke their company’s users’ tokens; nobody else’s; end users only their own', async () => {
      const customer = await createEndUser(reseller, api);
      const theirs = await createToken(customer, { name: 'customer script', scopes: DOMAINS_R });
      const mine = await createToken(alice, { name: 'alice script', scopes: DOMAINS_R });

      const listed = (await reseller.ok(`{ companyApiTokens { id name owner { login } } }`)).companyApiTokens;
      expect(listed.map((t: { id: string }) => t.id)).toContain(theirs.id);
      expect(listed.map((t: { id: string }) => t.id)).not.toContain(mine.id);

      const REVOKE = `mutation($id: ID!) { revokeApiToken(id: $id) { id status } }`;
      expect((await reseller.fails(REVOKE, { id: mine.id })).extensions?.code).toBe('NOT_FOUND');
      expect((await bob.fails(REVOKE, { id: mine.id })).extensions?.code).toBe('NOT_FOUND');
      expect((await alice.fails(`{ companyApiTokens { id } }`)).extensions?.code).toBe('FORBIDDEN');
      expect((await bearer(api, mine.secret).ok(`{ domains { name } }`)).domains).toHaveLength(1); // still works

      expect((await reseller.ok(REVOKE, { id: theirs.id })).revokeApiToken.status).toBe('REVOKED');
      expect((await bearer(api, theirs.secret).fails(`{ domains { name } }`)).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('every change made through a token is in the audit trail with its name; reads are not', async () => {
      const { secret } = await createToken(master, {
        name: 'billing bot',
        scopes: [
          { group: 'ACCOUNTS', access: 'READ_WRITE' },
          { group: 'COMPANY', access: 'READ' },
        ],
      });
      const bot = bearer(api, secret);
      const accountId = alice.accountIds[0]!;
      await bot.ok(`mutation($id: ID!) { suspendAccount(id: $id, reason: "unpaid") { status } }`, { id: accountId });
      await bot.ok(`{ accounts(first: 5) { totalCount } }`);
      const failed = await bot.gql(`mutation { resumeAccount(id: "999999") { status } }`);
      expect(failed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      await master.ok(`mutation($id: ID!) { resumeAccount(id: $id) { status } }`, { id: accountId });

      const events = (await bot.ok(`{ auditEvents(first: 20) { nodes { action detail via } } }`)).auditEvents.nodes;
      const viaBot = events.filter((e: { via: string | null }) => e.via === 'API token "billing bot"');
      expect(viaBot.map((e: { action: string; detail: string }) => [e.action, e.detail])).toEqual(
        expect.arrayContaining([
          ['apiToken.used', 'mutation suspendAccount through API token "billing bot"'],
          [expect.stringMatching(/^account\./), expect.any(String)],
        ]),
      );
      // Only the suspension: the failed resume and the read left nothing, and the panel's resume is not the token's.
      expect(viaBot.filter((e: { action: string }) => e.action === 'apiToken.used')).toHaveLength(1);
      const panelResume = events.find((e: { action: string; via: string | null }) => e.action.includes('resum'));
      if (panelResume) expect(panelResume.via).toBeNull();
    });
  },
  { ...FAST_TASKS },
);
