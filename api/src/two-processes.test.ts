import fs from 'node:fs';
import type { MikroORM } from '@mikro-orm/core';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, openDatabase, type App } from './app';
import { loadConfig, type Config } from './config';
import { QUEUE_NAME, queuePrefix } from './tasks/dispatch-bullmq';
import { TaskState } from './tasks/task.entity';
import { MARKER_KIND, markerLines } from './tasks/testing';
import type { TestApi } from './test/api';
import { GqlClient } from './test/client';
import { createTestDatabase, databaseStatus, testDialect, type TestDatabase } from './test/db';
import { createReseller, createEndUser, createStaff, PASSWORD, setupMaster, signIn, whoAmI } from './test/factories';
import { startApiProcess, startRoundRobin, type ApiProcess, type RoundRobin } from './test/processes';
import { redisStatus, TEST_REDIS_URL } from './test/redis';
import { enqueueTask, tempDir, waitForTask } from './test/tasks';

const SLOW = { timeout: 120_000 };
const TASKS = 16;

/**
 * More than one process (issue 21): two API processes, each with its worker, on one database and
 * one Redis behind a round-robin, as the README documents for growing. A session made through one
 * is served by the other; a session ended through one is refused by the other at the very next
 * request, although both had it cached; queued tasks run once each, spread over both workers.
 */
describe(`two API processes behind a round-robin (${testDialect()})`, async () => {
  const [redis, db] = await Promise.all([redisStatus(), databaseStatus()]);
  if (!redis.ok || !db.ok) {
    describe.skip(`skipped: ${redis.ok ? '' : redis.reason}${db.ok ? '' : db.reason}`, () =>
      it('serves and revokes sessions across processes', () => undefined));
    return;
  }

  let database: TestDatabase;
  let config: Config;
  let processes: ApiProcess[] = [];
  let lb: RoundRobin;
  // The factories speak to the round-robin, as a browser would.
  const api = { client: (host?: string) => new GqlClient(lb.port, host ?? `127.0.0.1:${lb.port}`) } as TestApi;

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = {
      ...database.env,
      REDIS_URL: TEST_REDIS_URL,
      WORKER_CONCURRENCY: '2',
      TEST_MARKER_BEFORE_MS: '150',
    };
    config = loadConfig({ NODE_ENV: 'test', ...env });
    // One after the other: the first brings the fresh database's schema up to date.
    processes.push(await startApiProcess(env));
    processes.push(await startApiProcess(env));
    lb = await startRoundRobin(processes.map((p) => p.port));
  }, 60_000);

  afterAll(async () => {
    await lb?.close();
    for (const p of processes) await p.stop();
    processes = [];
    if (config) {
      const queue = new Queue(QUEUE_NAME, { connection: { url: TEST_REDIS_URL }, prefix: queuePrefix(config) });
      await queue.obliterate({ force: true });
      await queue.close();
    }
    await database?.drop();
  });

  /** The process that answered the last request through the round-robin. */
  const lastServer = () => lb.served[lb.served.length - 1];

  /**
   * Both processes serve `victim` (so both have its session cached), then `revoke` runs through one,
   * and the very next request of `victim` — answered by the other — finds it signed out.
   */
  async function refusedByTheOther(victim: GqlClient, revoke: () => Promise<unknown>): Promise<void> {
    const cookie = victim.sessionCookie!;
    for (let i = 0; i < 4; i++) expect(await whoAmI(victim)).not.toBeNull();
    await revoke();
    const revokedBy = lastServer();
    const replay = api.client(victim.host);
    replay.sessionCookie = cookie; // the ended session's cookie, as a copy of it would be replayed
    expect(await whoAmI(replay)).toBeNull();
    expect(lastServer()).not.toBe(revokedBy);
    expect(await whoAmI(replay)).toBeNull(); // and by the process that revoked it
  }

  it('signs in through one process and is served by the other', SLOW, async () => {
    const master = await setupMaster(api);
    const signedInBy = lastServer();
    expect(await whoAmI(master)).toMatchObject({ role: 'MASTER_ADMIN' });
    expect(lastServer()).not.toBe(signedInBy);
    expect(await whoAmI(master)).toMatchObject({ role: 'MASTER_ADMIN' });
  });

  it('a logout through one process is refused by the other at once', SLOW, async () => {
    const user = await signIn(api, undefined, 'master', PASSWORD);
    await refusedByTheOther(user, () => user.ok(`mutation { logout }`));
  });

  it('a password change through one process signs the other sessions out everywhere', SLOW, async () => {
    const master = await signIn(api, undefined, 'master', PASSWORD);
    const reseller = await createReseller(master, api);
    const customer = await createEndUser(reseller, api);
    const elsewhere = await signIn(api, reseller.cpHost, customer.login, PASSWORD);
    await refusedByTheOther(elsewhere, () =>
      customer.ok(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`, {
        input: { currentPassword: PASSWORD, newPassword: 'another-long-passphrase' },
      }),
    );
    expect(await whoAmI(customer)).not.toBeNull(); // the session that changed it stays
    expect(await whoAmI(customer)).not.toBeNull();
  });

  it('an admin disabling a login through one process is refused by the other at once', SLOW, async () => {
    const master = await signIn(api, undefined, 'master', PASSWORD);
    const staff = await createStaff(master, api);
    await refusedByTheOther(staff, () =>
      master.ok(`mutation($id: ID!) { setStaffLoginDisabled(id: $id, disabled: true) { id } }`, { id: staff.userId }),
    );
  });

  it('a company suspended through one process keeps its people out of the other at once', SLOW, async () => {
    const master = await signIn(api, undefined, 'master', PASSWORD);
    const reseller = await createReseller(master, api);
    await refusedByTheOther(reseller, () =>
      master.ok(`mutation($id: ID!) { suspendReseller(id: $id, reason: "test") { id } }`, { id: reseller.resellerId }),
    );
  });

  it('runs queued tasks exactly once, on both processes’ workers', SLOW, async () => {
    const dir = tempDir();
    let orm: MikroORM | undefined;
    let app: App | undefined;
    try {
      // The test enqueues as an area would, in a process of its own without a worker or Redis: the
      // two processes' sweeps find the tasks and hand them to the shared queue.
      const own = { ...config, redisUrl: undefined, tasks: { ...config.tasks, worker: false } };
      orm = await openDatabase(own);
      app = createApp(own);
      const ids: number[] = [];
      for (let i = 0; i < TASKS; i++)
        ids.push(await enqueueTask({ orm, services: app }, { kind: MARKER_KIND, payload: { dir } }));
      for (const id of ids) await waitForTask({ orm }, id, [TaskState.DONE], 60_000);
      const runs = markerLines(dir, 'runs').map((l) => l.split(' '));
      expect(runs.map(([id]) => Number(id)).sort((x, y) => x - y)).toEqual(ids);
      expect(markerLines(dir, 'effects')).toHaveLength(TASKS);
      const pids = new Set(runs.map(([, , pid]) => Number(pid)));
      expect(pids).toEqual(new Set(processes.map((p) => p.pid)));
    } finally {
      await app?.close();
      await orm?.close(true);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
