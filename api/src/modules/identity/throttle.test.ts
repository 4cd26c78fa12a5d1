import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimits } from '../../rate-limit';
import { redisStatus, TEST_REDIS_URL } from '../../test/redis';
import { describeApi, type TestApi } from '../../test/api';
import type { GqlClient } from '../../test/client';
import { createEndUser, createReseller, PASSWORD, setupMaster, type MasterClient } from '../../test/factories';
import { LoginThrottle } from './throttle';

const LOGIN = `mutation($login: String!, $password: String!) { login(input: { login: $login, password: $password }) { user { login } } }`;

async function failTimes(client: GqlClient, login: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const err = await client.fails(LOGIN, { login, password: `wrong-password-${i}` });
    expect(err.extensions?.code).toBe('UNAUTHENTICATED');
  }
}

/** Resolves with the retryAfterSeconds of the 429 answer. */
async function expectThrottled(client: GqlClient, login: string, password = PASSWORD): Promise<number> {
  const res = await client.gql(LOGIN, { login, password });
  expect(res.status).toBe(429);
  expect(res.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  expect(res.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  expect(client.sessionCookie).toBeUndefined();
  return res.errors![0]!.extensions!.retryAfterSeconds as number;
}

const from = (api: TestApi, address: string) => api.client(undefined, { 'x-forwarded-for': address });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SQLITE = { dialect: 'sqlite' as const, file: ':memory:' };

async function users(master: MasterClient, api: TestApi, logins: string[]): Promise<void> {
  for (const login of logins) await createEndUser(master, api, { login });
}

describeApi(
  'login throttling per login name and address',
  (api) => {
    let master: MasterClient;
    beforeAll(async () => {
      master = await setupMaster(api);
      await users(master, api, ['alice', 'bob', 'carol']);
    });

    it('after 3 failures from one address even the right password is refused there with 429, and other logins still work', async () => {
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

describeApi(
  'a stranger cannot lock the owner out',
  (api) => {
    beforeAll(async () => {
      const master = await setupMaster(api);
      await users(master, api, ['erin']);
    });

    it('20 wrong passwords from one address refuse that address only: the owner signs in from another', async () => {
      const attacker = from(api, '203.0.113.66');
      let refused = 0;
      for (let i = 0; i < 20; i++) {
        const res = await attacker.gql(LOGIN, { login: 'erin', password: `guess-${i}` });
        const code = res.errors?.[0]?.extensions?.code;
        expect(['UNAUTHENTICATED', 'TOO_MANY_REQUESTS']).toContain(code);
        if (code === 'TOO_MANY_REQUESTS') refused++;
      }
      expect(refused).toBe(15); // 5 guesses, then refused

      const owner = from(api, '198.51.100.20');
      expect((await owner.ok(LOGIN, { login: 'erin', password: PASSWORD })).login.user.login).toBe('erin');
      // The owner's success does not lift the attacker's block, even with the right password.
      await expectThrottled(attacker, 'erin');
    });
  },
  { TRUST_PROXY: 'true', LOGIN_MAX_FAILURES_PER_LOGIN: '5', LOGIN_MAX_FAILURES_PER_IP: '1000' },
);

describeApi(
  'login throttling per login over all addresses',
  (api) => {
    beforeAll(async () => {
      const master = await setupMaster(api);
      await users(master, api, ['frank']);
    });

    it('after 3 failures from anywhere each attempt waits, growing, but only for a short while', async () => {
      for (const n of [1, 2, 3]) await failTimes(from(api, `192.0.2.${n}`), 'frank', 1);
      // Due only a second after the last failure, from every address, the owner's too.
      expect(await expectThrottled(from(api, '192.0.2.4'), 'frank', 'guess')).toBe(1);
      expect(await expectThrottled(from(api, '198.51.100.30'), 'frank')).toBe(1);

      await sleep(1100);
      await failTimes(from(api, '192.0.2.5'), 'frank', 1);
      expect(await expectThrottled(from(api, '192.0.2.6'), 'frank', 'guess')).toBe(2); // doubled

      await sleep(2100);
      await failTimes(from(api, '192.0.2.7'), 'frank', 1);
      expect(await expectThrottled(from(api, '192.0.2.8'), 'frank', 'guess')).toBe(2); // capped at LOGIN_DELAY_MAX_MS

      await sleep(2100);
      expect(
        (await from(api, '198.51.100.30').ok(LOGIN, { login: 'frank', password: PASSWORD })).login.user.login,
      ).toBe('frank');
    });
  },
  {
    TRUST_PROXY: 'true',
    LOGIN_MAX_FAILURES_PER_LOGIN: '1000',
    LOGIN_MAX_FAILURES_PER_IP: '1000',
    LOGIN_DELAY_AFTER_FAILURES: '3',
    LOGIN_DELAY_MS: '1000',
    LOGIN_DELAY_MAX_MS: '2000',
  },
);

/** The throttle's delays, in memory and in the real Redis (each run under a key prefix of its own). */
describe.each(['memory', 'redis'] as const)('LoginThrottle delays per login, kept in %s', async (store) => {
  const status = store === 'redis' ? await redisStatus() : { ok: true as const, reason: '' };
  const cfg = {
    perLogin: 1000,
    perIp: 1000,
    windowSeconds: 900,
    delayAfter: 10,
    delayMs: 1000,
    delayMaxMs: 60_000,
    signupsPerHour: 10,
  };
  const limits: RateLimits[] = [];
  const throttle = (over: Partial<typeof cfg> = {}) => {
    const prefix = `test-${crypto.randomUUID()}`;
    const made = new RateLimits(
      { redisUrl: store === 'redis' ? TEST_REDIS_URL : undefined, database: SQLITE },
      { prefix },
    );
    limits.push(made);
    return new LoginThrottle({ ...cfg, ...over }, made);
  };
  afterAll(async () => {
    for (const l of limits) await l.close();
  });
  const refusedFor = async (t: LoginThrottle, key: string): Promise<number | null> => {
    try {
      await t.check(key, '192.0.2.1');
      return null;
    } catch (err) {
      return (err as { extensions: { retryAfterSeconds: number } }).extensions.retryAfterSeconds;
    }
  };

  it.skipIf(!status.ok)('the store is the one asked for', () => {
    expect(throttle() && limits.at(-1)!.store).toBe(store);
  });

  it.skipIf(!status.ok)(
    'waits 1 s, 2 s, 4 s … after the 10th failure, at most 60 s; other logins wait nothing',
    async () => {
      const t = throttle();
      for (let i = 1; i < 10; i++) await t.failed('r:gina', `192.0.2.${i}`);
      expect(await refusedFor(t, 'r:gina')).toBeNull(); // 9 failures: no wait yet
      const waits: number[] = [];
      for (let i = 10; i < 19; i++) {
        await t.failed('r:gina', '192.0.2.99');
        waits.push((await refusedFor(t, 'r:gina'))!);
      }
      expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
      expect(await refusedFor(t, 'r:other')).toBeNull();
    },
  );

  it.skipIf(!status.ok)('parallel attempts cannot share one due slot', { timeout: 10_000 }, async () => {
    const t = throttle();
    for (let i = 0; i < 10; i++) await t.failed('r:hal', '192.0.2.1');
    expect(await refusedFor(t, 'r:hal')).toBe(1);
    await sleep(1100);
    const answers = await Promise.all(Array.from({ length: 8 }, () => refusedFor(t, 'r:hal')));
    expect(answers.filter((a) => a === null)).toHaveLength(1);
  });

  it.skipIf(!status.ok)('the failures are forgotten a window after the last one', { timeout: 10_000 }, async () => {
    const t = throttle({ windowSeconds: 2, delayAfter: 3 });
    for (let i = 0; i < 2; i++) await t.failed('r:ivy', '192.0.2.1');
    await sleep(1200);
    await t.failed('r:ivy', '192.0.2.1'); // the third within a window of the last: waits
    expect(await refusedFor(t, 'r:ivy')).toBe(1);
    await sleep(2200);
    expect(await refusedFor(t, 'r:ivy')).toBeNull();
    await t.failed('r:ivy', '192.0.2.1'); // counted afresh: one failure, no wait
    expect(await refusedFor(t, 'r:ivy')).toBeNull();
  });

  it.skipIf(!status.ok)('two processes on one store share the counts', async () => {
    const prefix = `test-${crypto.randomUUID()}`;
    const config = { redisUrl: store === 'redis' ? TEST_REDIS_URL : undefined, database: SQLITE };
    const a = new RateLimits(config, { prefix });
    const b = new RateLimits(config, { prefix });
    limits.push(a, b);
    const one = new LoginThrottle({ ...cfg, perLogin: 2 }, a);
    const other = new LoginThrottle({ ...cfg, perLogin: 2 }, b);
    await one.failed('r:jay', '192.0.2.1');
    await other.failed('r:jay', '192.0.2.1');
    // In Redis the second process sees the first's failures; in memory each keeps its own.
    expect(await refusedFor(other, 'r:jay')).toBe(store === 'redis' ? 900 : null);
    expect(await refusedFor(one, 'r:jay')).toBe(store === 'redis' ? 900 : null);
  });
});
