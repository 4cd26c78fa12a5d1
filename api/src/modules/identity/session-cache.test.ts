import crypto from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { Queue } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../app';
import { createLogger } from '../../logger';
import { startServer, type RunningServer } from '../../server';
import { QUEUE_NAME, queuePrefix } from '../../tasks/dispatch-bullmq';
import { describeApi } from '../../test/api';
import { GqlClient } from '../../test/client';
import { createReseller, createStaff, PASSWORD, setupMaster, signIn, whoAmI } from '../../test/factories';
import { redisStatus, TEST_REDIS_URL } from '../../test/redis';
import { identityModule } from './index';
import { SessionCache, type CachedSession } from './session-cache';
import { Role } from '../../graphql/roles';
import { ResellerStatus, type Reseller } from '../resellers';
import type { User } from './user.entity';

const digest = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/**
 * The session cache, as two servers on one database see it (two processes; here in one, each with
 * its own ORM, cache and broadcast): with Redis (pub/sub) and without (this process's receivers).
 * Every check first makes sure the session is cached where it is then asked, so each would fail if
 * the cache answered what it kept.
 */
for (const store of ['memory', 'redis'] as const) {
  describe(`session cache (${store})`, async () => {
    if (store === 'redis') {
      const redis = await redisStatus();
      if (!redis.ok) {
        describe.skip(`skipped: ${redis.reason}`, () => it('revokes across processes', () => undefined));
        return;
      }
    }
    describeApi(
      `session cache (${store})`,
      (api) => {
        let orm: MikroORM;
        let other: RunningServer;
        let master: GqlClient;

        beforeAll(async () => {
          orm = await openDatabase(api.config);
          other = await startServer({ orm, config: { ...api.config }, log: createLogger('silent') });
          master = await setupMaster(api);
        });

        afterAll(async () => {
          await other?.close();
          await orm?.close(true);
          if (store === 'redis') {
            const queue = new Queue(QUEUE_NAME, {
              connection: { url: TEST_REDIS_URL },
              prefix: queuePrefix(api.config),
            });
            await queue.obliterate({ force: true });
            await queue.close();
          }
        });

        afterEach(() => vi.useRealTimers());

        const cacheOf = (server: 'this' | 'other') =>
          (server === 'this' ? api.app : other.app).areas.get(identityModule).sessions.cache;
        /** The same browser (its cookies) speaking to the other server. */
        const atOther = (client: GqlClient) => {
          const c = new GqlClient(other.port, client.host);
          c.sessionCookie = client.sessionCookie;
          return c;
        };
        /** Asks both servers, so both have the session cached (a cache becomes current within a moment of starting). */
        async function cachedOnBoth(client: GqlClient): Promise<void> {
          await vi.waitFor(async () => {
            expect(await whoAmI(client)).not.toBeNull();
            expect(await whoAmI(atOther(client))).not.toBeNull();
            expect(cacheOf('this').get(digest(client.sessionCookie!))).toBeDefined();
            expect(cacheOf('other').get(digest(client.sessionCookie!))).toBeDefined();
          });
        }

        it('a session ended on one server is refused by the other at once', async () => {
          const user = await signIn(api, undefined, 'master', PASSWORD);
          await cachedOnBoth(user);
          const there = atOther(user);
          await user.ok(`mutation { logout }`);
          expect(cacheOf('other').get(digest(there.sessionCookie!))).toBeUndefined();
          expect(await whoAmI(there)).toBeNull();
        });

        it('a disabled login is refused by the other server at the next request', async () => {
          const staff = await createStaff(master, api);
          await cachedOnBoth(staff);
          await master.ok(`mutation($id: ID!) { setStaffLoginDisabled(id: $id, disabled: true) { id } }`, {
            id: staff.userId,
          });
          expect(await whoAmI(atOther(staff))).toBeNull();
        });

        it('a suspended company’s people are out on the other server at the next request, and back with it', async () => {
          const admin = await createReseller(master, api);
          await cachedOnBoth(admin);
          await master.ok(`mutation($id: ID!) { suspendReseller(id: $id, reason: "") { id } }`, {
            id: admin.resellerId,
          });
          expect(await whoAmI(atOther(admin))).toBeNull();
          await master.ok(`mutation($id: ID!) { resumeReseller(id: $id) { id } }`, { id: admin.resellerId });
          expect(await whoAmI(atOther(admin))).not.toBeNull();
        });

        it('a change of the user or of the company is what the other server answers next', async () => {
          const admin = await createReseller(master, api);
          await cachedOnBoth(admin);
          await admin.ok(`mutation { updatePreferences(input: { language: DE }) { language } }`);
          const there = atOther(admin);
          expect((await there.ok(`{ viewer { preferences { language } } }`)).viewer.preferences.language).toBe('DE');
          await cachedOnBoth(admin);
          await master.ok(`mutation($id: ID!) { updateReseller(id: $id, input: { name: "Renamed Hosting" }) { id } }`, {
            id: admin.resellerId,
          });
          expect((await there.ok(`{ viewer { reseller { name } } }`)).viewer.reseller.name).toBe('Renamed Hosting');
        });

        it('idle and absolute expiry are honoured for a cached session', async () => {
          const idle = await signIn(api, undefined, 'master', PASSWORD);
          const old = await signIn(api, undefined, 'master', PASSWORD);
          await cachedOnBoth(idle);
          await cachedOnBoth(old);
          // Only the clock moves (timers run as they do): past the idle limit for both.
          vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + api.config.session.idleMs + 1000 });
          expect(await whoAmI(atOther(idle))).toBeNull();
          expect(await whoAmI(old)).toBeNull();
          vi.useRealTimers();
          // A session used within its idle time still ends at its absolute expiry.
          const kept = await signIn(api, undefined, 'master', PASSWORD);
          const { idleMs, ttlMs } = api.config.session;
          const start = Date.now();
          vi.useFakeTimers({ toFake: ['Date'] });
          for (let at = start + idleMs - 60_000; at < start + ttlMs; at += idleMs - 60_000) {
            vi.setSystemTime(at);
            expect(await whoAmI(kept)).not.toBeNull(); // used (and touched) within the idle limit
            expect(await whoAmI(atOther(kept))).not.toBeNull();
          }
          vi.setSystemTime(start + ttlMs + 1000);
          expect(await whoAmI(atOther(kept))).toBeNull();
        });
      },
      store === 'redis' ? { REDIS_URL: TEST_REDIS_URL } : {},
    );
  });
}

describe('session cache: a read racing a change', () => {
  const cache = new SessionCache({ redisUrl: undefined, database: { dialect: 'sqlite', file: ':race:' } }, 'race');
  afterAll(() => cache.close());
  const entry: CachedSession = {
    row: {},
    userId: 1,
    role: Role.END_USER,
    impersonatorId: null,
    companyId: 1,
    company: { status: ResellerStatus.ACTIVE, isRoot: false, cpHost: null },
    snapshot: { user: {} as User, company: {} as Reseller, activeAccountId: null },
    lastSeenAt: 0,
    expiresAt: 0,
  };

  it('what was read before a change is not kept', () => {
    const stamp = cache.stamp();
    cache.apply({ users: [2] }); // any change, even of someone else: the read may predate it
    cache.put('a', entry, stamp);
    expect(cache.get('a')).toBeUndefined();
    cache.put('a', entry, cache.stamp());
    expect(cache.get('a')).toBe(entry);
  });

  it('a change forgets the sessions of its user, of the user they act as, and of its company', () => {
    const put = (id: string, e: Partial<CachedSession>) => cache.put(id, { ...entry, ...e }, cache.stamp());
    put('u', { userId: 7 });
    put('imp', { userId: 8, impersonatorId: 7 });
    put('co', { userId: 9, companyId: 3 });
    put('kept', { userId: 10, companyId: 4 });
    cache.apply({ users: [7], companies: [3] });
    expect(['u', 'imp', 'co', 'kept'].filter((id) => cache.get(id))).toEqual(['kept']);
  });
});
