import { expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { cookieAttributes, SESSION_COOKIE } from '../../test/client';
import { PASSWORD, whoAmI } from '../../test/factories';

const SETUP = `mutation($input: SetupInput!) { setup(input: $input) { user { id login email role } role reseller { name isRoot } } }`;
const BRANDING = `{ branding { needsSetup companyName } }`;
const input = (login: string) => ({
  companyName: 'Acme Hosting',
  login,
  email: `${login}@acme.test`,
  password: PASSWORD,
});

describeApi('first-run setup', (api) => {
  it('a fresh database needs setup and has nobody signed in', async () => {
    const anon = api.client();
    expect((await anon.ok(BRANDING)).branding).toEqual({ needsSetup: true, companyName: 'My Hosting Company' });
    expect(await whoAmI(anon)).toBeNull();
  });

  it('rejects bad input naming each wrong field, and creates nothing', async () => {
    const anon = api.client();
    const err = await anon.fails(SETUP, {
      input: { companyName: '  ', login: 'a', email: 'not-an-email', password: 'short' },
    });
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.extensions?.fields?.map((f) => f.field).sort()).toEqual(['companyName', 'email', 'login', 'password']);
    expect(anon.sessionCookie).toBeUndefined();
    expect((await anon.ok(BRANDING)).branding.needsSetup).toBe(true);
  });

  it('concurrent setups: exactly one succeeds, the others get CONFLICT', async () => {
    const clients = Array.from({ length: 5 }, () => api.client());
    const results = await Promise.all(clients.map((c, i) => c.gql(SETUP, { input: input(`admin${i}`) })));
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(4);

    const winner = clients[results.indexOf(winners[0]!)]!;
    expect(winners[0]!.data.setup).toMatchObject({
      role: 'MASTER_ADMIN',
      reseller: { name: 'Acme Hosting', isRoot: true },
    });
    expect(clients.filter((c) => c.sessionCookie)).toEqual([winner]);

    // The cookie that signs the master admin in is HttpOnly, SameSite=Strict, for the whole site.
    const line = winner.lastSetCookie.find((l) => l.startsWith(`${SESSION_COOKIE}=`));
    const cookie = cookieAttributes(line!);
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie.attrs).toHaveProperty('httponly');
    expect(cookie.attrs.samesite).toBe('Strict');
    expect(cookie.attrs.path).toBe('/');
    expect(cookie.attrs).not.toHaveProperty('secure'); // COOKIE_SECURE is off in tests

    const me = await whoAmI(winner);
    expect(me).toMatchObject({ role: 'MASTER_ADMIN', user: { login: winners[0]!.data.setup.user.login } });
    expect((await api.client().ok(BRANDING)).branding).toEqual({ needsSetup: false, companyName: 'Acme Hosting' });

    // Only one master admin exists.
    const users = await winner.ok(`{ users { totalCount nodes { login role } } }`);
    expect(users.users.totalCount).toBe(1);
  });

  it('a second setup is refused with CONFLICT and changes nothing', async () => {
    const anon = api.client();
    const err = await anon.fails(SETUP, { input: { ...input('intruder'), companyName: 'Hijacked' } });
    expect(err.extensions?.code).toBe('CONFLICT');
    expect(anon.sessionCookie).toBeUndefined();
    expect((await anon.ok(BRANDING)).branding).toEqual({ needsSetup: false, companyName: 'Acme Hosting' });
    const login = await anon.fails(
      `mutation { login(input: { login: "intruder", password: "${PASSWORD}" }) { role } }`,
    );
    expect(login.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
