import crypto from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { SESSION_COOKIE } from '../../test/client';
import {
  createEndUser,
  PASSWORD,
  setupMaster,
  signIn,
  whoAmI,
  type EndUserClient,
  type MasterClient,
} from '../../test/factories';
import { Session } from './session.entity';

const LOGIN = `mutation($login: String!, $password: String!) { login(input: { login: $login, password: $password }) { user { login } role activeAccount { id } } }`;

describeApi('login and logout', (api) => {
  let master: MasterClient;
  let alice: EndUserClient;

  beforeAll(async () => {
    master = await setupMaster(api);
    alice = await createEndUser(master, api, { login: 'alice', accounts: 1 });
  });

  it('the right password signs in, with the first account active', async () => {
    const client = api.client();
    const data = await client.ok(LOGIN, { login: 'alice', password: PASSWORD });
    expect(data.login).toEqual({
      user: { login: 'alice' },
      role: 'END_USER',
      activeAccount: { id: alice.accountIds[0] },
    });
    expect(client.sessionCookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await whoAmI(client)).toMatchObject({ user: { login: 'alice' }, role: 'END_USER' });
  });

  it('logins are case-insensitive and trimmed', async () => {
    const client = await signIn(api, undefined, '  ALICE ', PASSWORD);
    expect((await whoAmI(client))?.user.login).toBe('alice');
  });

  it('a wrong password and an unknown login get the same UNAUTHENTICATED answer and no session', async () => {
    const wrong = api.client();
    const e1 = await wrong.fails(LOGIN, { login: 'alice', password: 'not-the-password' });
    const unknown = api.client();
    const e2 = await unknown.fails(LOGIN, { login: 'nobody-here', password: PASSWORD });
    expect(e1.extensions?.code).toBe('UNAUTHENTICATED');
    expect(e2.extensions?.code).toBe('UNAUTHENTICATED');
    expect(e1.message).toBe(e2.message);
    expect(e1.status).toBe(e2.status);
    expect(wrong.sessionCookie).toBeUndefined();
    expect(unknown.sessionCookie).toBeUndefined();
    expect(e1.data).toBeNull();
  });

  it('logout ends the session: replaying the old cookie is signed out', async () => {
    const client = await signIn(api, undefined, 'alice', PASSWORD);
    const token = client.sessionCookie!;
    expect(await client.ok(`mutation { logout }`)).toEqual({ logout: true });
    expect(client.sessionCookie).toBeUndefined(); // the server cleared the cookie
    const replay = api.client();
    replay.sessionCookie = token;
    expect(await whoAmI(replay)).toBeNull();
    expect((await replay.fails(`mutation { logout }`)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logging in again rotates the session: the cookie from before no longer works', async () => {
    const client = await signIn(api, undefined, 'alice', PASSWORD);
    const before = client.sessionCookie!;
    await client.ok(LOGIN, { login: 'alice', password: PASSWORD });
    const after = client.sessionCookie!;
    expect(after).not.toBe(before);
    const old = api.client();
    old.sessionCookie = before;
    expect(await whoAmI(old)).toBeNull();
    expect(await whoAmI(client)).toMatchObject({ user: { login: 'alice' } });
  });

  it('signing in as someone else from a signed-in browser ends the first session', async () => {
    const client = await signIn(api, undefined, 'alice', PASSWORD);
    const aliceToken = client.sessionCookie!;
    await client.ok(LOGIN, { login: 'master', password: PASSWORD });
    expect((await whoAmI(client))?.role).toBe('MASTER_ADMIN');
    const old = api.client();
    old.sessionCookie = aliceToken;
    expect(await whoAmI(old)).toBeNull();
  });

  it('an expired session is signed out, deleted, and its cookie cleared', async () => {
    const client = await signIn(api, undefined, 'alice', PASSWORD);
    const rowId = crypto.createHash('sha256').update(client.sessionCookie!).digest('hex');
    const em = api.orm.em.fork();
    const expired = await em.nativeUpdate(
      Session,
      { user: Number(alice.userId) },
      { expiresAt: new Date(Date.now() - 1000) },
    );
    expect(expired).toBeGreaterThan(0);
    const res = await client.gql(`{ viewer { role } }`);
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ viewer: null });
    expect(client.lastSetCookie.some((l) => l.startsWith(`${SESSION_COOKIE}=;`))).toBe(true);
    expect(client.sessionCookie).toBeUndefined();
    expect(await api.orm.em.fork().count(Session, { id: rowId }, { filters: false })).toBe(0);
    expect(await whoAmI(alice)).toBeNull(); // every one of alice's sessions had expired
    expect(await whoAmI(master)).toMatchObject({ role: 'MASTER_ADMIN' }); // other users' had not
  });

  it('an idle session is signed out', async () => {
    const client = await signIn(api, undefined, 'alice', PASSWORD);
    const idleMs = api.config.session.idleMs;
    await api.orm.em
      .fork()
      .nativeUpdate(Session, { user: Number(alice.userId) }, { lastSeenAt: new Date(Date.now() - idleMs - 1000) });
    expect(await whoAmI(client)).toBeNull();
  });

  it.each([
    ['garbage', 'garbage'],
    ['a well-formed but unknown token', 'A'.repeat(43)],
    ['bad percent-encoding', '%E0%A4%A'],
    ['an empty value', ''],
    ['a very long value', 'x'.repeat(4000)],
  ])('a cookie with %s is treated as signed out', async (_what, value) => {
    const client = api.client();
    const res = await client.request(
      'POST',
      '/graphql',
      JSON.stringify({ query: '{ viewer { role } branding { needsSetup } }' }),
      {
        'content-type': 'application/json',
        cookie: `${SESSION_COOKIE}=${value}`,
      },
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ data: { viewer: null, branding: { needsSetup: false } } });
    const protectedOp = await client.request(
      'POST',
      '/graphql',
      JSON.stringify({ query: '{ users { totalCount } }' }),
      {
        'content-type': 'application/json',
        cookie: `${SESSION_COOKIE}=${value}`,
      },
    );
    expect(JSON.parse(protectedOp.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
