import { beforeAll, expect, it } from 'vitest';
import { describeApi, type TestApi } from '../../test/api';
import type { GqlClient } from '../../test/client';
import { createEndUser, createReseller, PASSWORD, setupMaster, type MasterClient } from '../../test/factories';

const LOGIN = `mutation($login: String!, $password: String!) { login(input: { login: $login, password: $password }) { user { login } } }`;

async function failTimes(client: GqlClient, login: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const err = await client.fails(LOGIN, { login, password: `wrong-password-${i}` });
    expect(err.extensions?.code).toBe('UNAUTHENTICATED');
  }
}

async function expectThrottled(client: GqlClient, login: string, password = PASSWORD): Promise<void> {
  const res = await client.gql(LOGIN, { login, password });
  expect(res.status).toBe(429);
  expect(res.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  expect(res.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  expect(client.sessionCookie).toBeUndefined();
}

async function users(master: MasterClient, api: TestApi, logins: string[]): Promise<void> {
  for (const login of logins) await createEndUser(master, api, { login });
}

describeApi(
  'login throttling per login name',
  (api) => {
    let master: MasterClient;
    beforeAll(async () => {
      master = await setupMaster(api);
      await users(master, api, ['alice', 'bob', 'carol']);
    });

    it('after 3 failures even the right password is refused with 429, and other logins still work', async () => {
      const client = api.client();
      await failTimes(client, 'alice', 3);
      await expectThrottled(client, 'alice');
      await expectThrottled(api.client(), 'alice'); // from a fresh browser too
      expect((await api.client().ok(LOGIN, { login: 'bob', password: PASSWORD })).login.user.login).toBe('bob');
    });

    it('the login name is counted after trimming and lower-casing', async () => {
      const client = api.client();
      await failTimes(client, 'Carol', 1);
      await failTimes(client, ' CAROL ', 1);
      await failTimes(client, 'carol', 1);
      await expectThrottled(client, 'carol');
    });

    it('unknown logins are throttled the same way (no hint that they do not exist)', async () => {
      const client = api.client();
      await failTimes(client, 'ghost', 3);
      const err = await client.fails(LOGIN, { login: 'ghost', password: 'anything-at-all' });
      expect(err.extensions?.code).toBe('TOO_MANY_REQUESTS');
    });

    it('a successful login clears the count', async () => {
      const client = api.client();
      await failTimes(client, 'bob', 2);
      await client.ok(LOGIN, { login: 'bob', password: PASSWORD });
      await failTimes(client, 'bob', 2);
      expect((await client.ok(LOGIN, { login: 'bob', password: PASSWORD })).login.user.login).toBe('bob');
    });

    it('the same login name on another reseller is counted separately', async () => {
      const reseller = await createReseller(master, api);
      await createEndUser(reseller, api, { login: 'alice' });
      const onReseller = api.client(reseller.cpHost);
      expect((await onReseller.ok(LOGIN, { login: 'alice', password: PASSWORD })).login.user.login).toBe('alice');
      await expectThrottled(api.client(), 'alice'); // still locked on the root panel
    });
  },
  { LOGIN_MAX_FAILURES_PER_LOGIN: '3', LOGIN_MAX_FAILURES_PER_IP: '1000' },
);

describeApi(
  'login throttling per client IP',
  (api) => {
    beforeAll(async () => {
      const master = await setupMaster(api);
      await users(master, api, ['dave']);
    });

    it('failures across different logins from one IP block that IP, even for a right password; other IPs are not blocked', async () => {
      const attacker = api.client(undefined, { 'x-forwarded-for': '203.0.113.7' });
      for (const login of ['a1', 'a2', 'a3', 'dave']) await failTimes(attacker, login, 1);
      await expectThrottled(attacker, 'dave');
      await expectThrottled(attacker, 'someone-else', 'whatever-password');

      const neighbour = api.client(undefined, { 'x-forwarded-for': '203.0.113.8' });
      expect((await neighbour.ok(LOGIN, { login: 'dave', password: PASSWORD })).login.user.login).toBe('dave');
      // A success from elsewhere does not lift the block on the attacking IP.
      await expectThrottled(attacker, 'dave');
    });
  },
  { LOGIN_MAX_FAILURES_PER_LOGIN: '1000', LOGIN_MAX_FAILURES_PER_IP: '4', TRUST_PROXY: 'true' },
);

describeApi(
  'login throttling without a trusted proxy',
  (api) => {
    it('a spoofed X-Forwarded-For does not escape the per-IP count', async () => {
      await setupMaster(api);
      await failTimes(api.client(undefined, { 'x-forwarded-for': '198.51.100.1' }), 'b1', 1);
      await failTimes(api.client(undefined, { 'x-forwarded-for': '198.51.100.2' }), 'b2', 1);
      await expectThrottled(api.client(undefined, { 'x-forwarded-for': '198.51.100.3' }), 'master');
    });
  },
  { LOGIN_MAX_FAILURES_PER_LOGIN: '1000', LOGIN_MAX_FAILURES_PER_IP: '2', TRUST_PROXY: 'false' },
);
