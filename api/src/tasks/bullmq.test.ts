import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { MikroORM } from '@mikro-orm/core';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../config';
import { createApp, openDatabase } from '../app';
import { createLogger } from '../logger';
import type { Core } from '../module';
import { describeApi } from '../test/api';
import { redisStatus, TEST_REDIS_URL } from '../test/redis';
import { createTaskServer, enqueueTask, tempDir, waitForTask } from '../test/tasks';
import { QUEUE_NAME, queuePrefix } from './dispatch-bullmq';
import { TaskState } from './task.entity';

interface Engine {
  name: string;
  orm: MikroORM;
  services: Core;
}

describe('task engine over BullMQ', async () => {
  const redis = await redisStatus();
  if (!redis.ok) {
    describe.skip(`skipped: ${redis.reason}`, () => it('runs tasks through BullMQ', () => undefined));
    return;
  }

  // The API server adds jobs but runs nothing (WORKER=false); two worker engines, each with its own
  // database pool and Redis connections, share the queue and the database, as two processes would.
  describeApi(
    'two workers sharing one queue and one database',
    (api) => {
      const engines: Engine[] = [];
      const runs: { taskId: number; engine: string; owner: string | null }[] = [];
      const running = new Map<number, number>();
      let serverPeak = 0;
      let flakyFailures = 0;
      let dir: string;

      beforeAll(async () => {
        dir = tempDir();
        const config: Config = { ...api.config, tasks: { ...api.config.tasks, worker: true } };
        for (const name of ['a', 'b']) {
          const orm = await openDatabase(config);
          const services = createApp(config);
          services.tasks.register({
            kind: 'test.file',
            async run(job) {
              runs.push({ taskId: job.task.id, engine: name, owner: job.task.leaseOwner });
              const serverId = job.server?.id;
              if (serverId) {
                running.set(serverId, (running.get(serverId) ?? 0) + 1);
                serverPeak = Math.max(serverPeak, running.get(serverId)!);
              }
              await sleep(40);
              fs.writeFileSync(path.join(dir, `${job.task.id}.txt`), String(job.task.payload.n));
              if (serverId) running.set(serverId, running.get(serverId)! - 1);
            },
          });
          services.tasks.register({
            kind: 'test.onceFails',
            async run() {
              if (flakyFailures++ === 0) throw new Error('first try fails');
            },
          });
          services.tasks.start({ orm, log: createLogger('silent') });
          engines.push({ name, orm, services });
        }
      });

      afterAll(async () => {
        for (const e of engines) {
          await e.services.tasks.stop();
          await e.orm.close(true);
        }
        // Leave nothing of this database's queue in the shared Redis (the server's producer too is closed first).
        await api.services.tasks.stop();
        const queue = new Queue(QUEUE_NAME, { connection: { url: TEST_REDIS_URL }, prefix: queuePrefix(api.config) });
        await queue.obliterate({ force: true });
        await queue.close();
        if (dir) fs.rmSync(dir, { recursive: true, force: true });
      });

      it(
        'spreads the tasks over both workers, runs each once and keeps the per-server limit',
        { timeout: 60_000 },
        async () => {
          const server = await createTaskServer(api, 2);
          const ids: number[] = [];
          for (let n = 0; n < 30; n++)
            ids.push(
              await enqueueTask(api, { kind: 'test.file', payload: { n }, server: n % 3 === 0 ? server : null }),
            );
          for (const id of ids) await waitForTask(api, id, [TaskState.DONE], 30_000);

          expect(runs.map((r) => r.taskId).sort((x, y) => x - y)).toEqual([...ids].sort((x, y) => x - y)); // each exactly once
          expect(new Set(runs.map((r) => r.engine))).toEqual(new Set(['a', 'b']));
          expect(serverPeak).toBeLessThanOrEqual(2);
          expect(fs.readdirSync(dir)).toHaveLength(30);
        },
      );

      it(
        'retries a failed attempt after its backoff (the sweep hands it to the queue again)',
        { timeout: 30_000 },
        async () => {
          const id = await enqueueTask(api, { kind: 'test.onceFails' });
          expect(await waitForTask(api, id, [TaskState.DONE], 20_000)).toMatchObject({ attempts: 2, lastError: null });
        },
      );

      it('keys the queue by database, so test files sharing one Redis never see each other’s jobs', () => {
        expect(queuePrefix(api.config)).toMatch(/^helio-[0-9a-f]{12}$/);
        expect(queuePrefix({ ...api.config, database: { dialect: 'sqlite', file: '/elsewhere.sqlite' } })).not.toBe(
          queuePrefix(api.config),
        );
      });
    },
    { WORKER: 'false', REDIS_URL: TEST_REDIS_URL, TASK_POLL_MS: '100', TASK_BACKOFF_MS: '50' },
  );
});
