import { beforeAll, describe, expect, it } from 'vitest';
import { RateLimits } from '../../rate-limit';
import { describeApi, type TestApi } from '../../test/api';
import { setupMaster, type MasterClient } from '../../test/factories';
import { redisStatus, TEST_REDIS_URL } from '../../test/redis';
import { bearer, createToken } from './testing';

const READ = [{ group: 'ACCOUNTS', access: 'READ' as const }];
const VIEWER = `{ viewer { role } }`;

async function expectLimited(api: TestApi, secret: string, headers: Record<string, string> = {}): Promise<void> {
  const res = await bearer(api, secret, headers).gql(VIEWER);
  expect(res.status).toBe(429);
  expect(res.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  const seconds = res.errors?.[0]?.extensions?.retryAfterSeconds as number;
  expect(seconds).toBeGreaterThan(0);
  expect(seconds).toBeLessThanOrEqual(60);
  expect(res.headers['retry-after']).toBe(String(seconds));
  expect(res.data).toBeUndefined();
}

/** The API's request limits, per token and per client address, in each store. */
function limitsSuite(store: 'memory' | 'redis', env: Record<string, string>): void {
  describeApi(
    `API token rate limits per token, kept in ${store}`,
    (api) => {
      let master: MasterClient;
      beforeAll(async () => {
        master = await setupMaster(api);
      });

      it('a token past its requests per minute gets 429 with the wait; another token of the same owner does not', async () => {
        const { secret } = await createToken(master, { scopes: READ });
        for (let i = 0; i < 3; i++) expect((await bearer(api, secret).ok(VIEWER)).viewer.role).toBe('MASTER_ADMIN');
        await expectLimited(api, secret);
        const other = await createToken(master, { scopes: READ });
        expect((await bearer(api, other.secret).ok(VIEWER)).viewer.role).toBe('MASTER_ADMIN');
        // The browser session is not an API request: it is not limited by the tokens' counts.
        for (let i = 0; i < 5; i++) await master.ok(VIEWER);
      });

      // Only where the counts are in Redis (declared there alone, so no suite reports it skipped).
      if (store === 'redis')
        it('the counts are in Redis, where every process on this database reads them', async () => {
          const { id, secret } = await createToken(master, { scopes: READ });
          for (let i = 0; i < 2; i++) await bearer(api, secret).ok(VIEWER);
          // Another process's store on the same database: the same prefix, its own connection.
          const elsewhere = new RateLimits(api.config);
          try {
            expect(elsewhere.store).toBe('redis');
            expect(elsewhere.prefix).toBe(api.services.limits.prefix);
            const limiter = elsewhere.limiter({ keyPrefix: 'api-token', points: 3, duration: 60 });
            expect((await limiter.get(id))?.consumedPoints).toBe(2);
            await limiter.consume(id, 1); // that process serves the token's third request
            await expectLimited(api, secret); // and this one refuses the fourth
          } finally {
            await elsewhere.close();
          }
        });
    },
    { ...env, API_REQUESTS_PER_TOKEN_PER_MINUTE: '3', API_REQUESTS_PER_IP_PER_MINUTE: '1000' },
  );

  describeApi(
    `API token rate limits per client address, kept in ${store}`,
    (api) => {
      it('every bearer request from an address counts, a refused token too; other addresses go on', async () => {
        const master = await setupMaster(api);
        const a = await createToken(master, { scopes: READ });
        const b = await createToken(master, { scopes: READ });
        const from = { 'x-forwarded-for': '203.0.113.50' };
        await bearer(api, a.secret, from).ok(VIEWER);
        await bearer(api, b.secret, from).ok(VIEWER);
        expect((await bearer(api, 'helio_wrong', from).fails(VIEWER)).extensions?.code).toBe('UNAUTHENTICATED');
        await bearer(api, a.secret, from).ok(VIEWER);
        await expectLimited(api, b.secret, from);
        expect((await bearer(api, b.secret, { 'x-forwarded-for': '203.0.113.51' }).ok(VIEWER)).viewer.role).toBe(
          'MASTER_ADMIN',
        );
      });
    },
    { ...env, TRUST_PROXY: 'true', API_REQUESTS_PER_TOKEN_PER_MINUTE: '1000', API_REQUESTS_PER_IP_PER_MINUTE: '4' },
  );
}

limitsSuite('memory', {});

describe('in Redis', async () => {
  const redis = await redisStatus();
  if (!redis.ok) {
    describe.skip(`skipped: ${redis.reason}`, () => it('keeps the API limits in Redis', () => undefined));
    return;
  }
  // REDIS_URL also moves the task engine to BullMQ; this file runs no tasks (WORKER=false: nothing consumes).
  limitsSuite('redis', { REDIS_URL: TEST_REDIS_URL, WORKER: 'false' });
});
