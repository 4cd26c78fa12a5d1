import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { LogicalServer } from '../modules/servers/logical-server.entity';
import { describeApi } from '../test/api';
import { createTaskServer, enqueueTask, eventually, readTask, systemFork, waitForTask } from '../test/tasks';
import { Task, TaskState } from './task.entity';
import type { TaskJob } from './types';

const FAST = { TASK_POLL_MS: '50', TASK_BACKOFF_MS: '40', TASK_LEASE_SECONDS: '1', TASK_MAX_ATTEMPTS: '3' };

describeApi(
  'task engine: running, retrying, failing',
  (api) => {
    it('runs a queued task to DONE, with the handler row changes, and wipes its secret', async () => {
      const server = await createTaskServer(api, 2);
      const seen: { payload: unknown; serverId: number | undefined; secret: string | null; attempts: number }[] = [];
      api.services.tasks.register({
        kind: 'test.ok',
        async run(job) {
          seen.push({
            payload: job.task.payload,
            serverId: job.server?.id,
            secret: job.secret(),
            attempts: job.task.attempts,
          });
          (job.server as LogicalServer).maxAccounts = 77; // a row change, committed with the task's DONE
        },
      });
      const em = systemFork(api);
      const task = api.services.tasks.enqueue(em, {
        kind: 'test.ok',
        payload: { name: 'a1_shop' },
        secret: 'p4ssw0rd-to-set',
        server,
        subject: 'database a1_shop',
      });
      expect(task.secret).toMatch(/^v1:/); // sealed before it reaches the database
      expect(task.secret).not.toContain('p4ssw0rd');
      await em.flush();
      api.services.tasks.notify();

      const done = await waitForTask(api, task.id, [TaskState.DONE]);
      expect(seen).toEqual([
        { payload: { name: 'a1_shop' }, serverId: server.id, secret: 'p4ssw0rd-to-set', attempts: 1 },
      ]);
      expect(done).toMatchObject({
        attempts: 1,
        lastError: null,
        secret: null,
        maxAttempts: 3,
        subject: 'database a1_shop',
      });
      expect(done.startedAt).toBeInstanceOf(Date);
      expect(done.finishedAt!.getTime()).toBeGreaterThanOrEqual(done.startedAt!.getTime());
      expect((await systemFork(api).findOneOrFail(LogicalServer, { id: server.id })).maxAccounts).toBe(77);
    });

    it('retries a failing handler with growing backoff: failing twice then succeeding ends DONE after 3 attempts', async () => {
      const attempts: { at: number; runAfter: number; lastError: string | null }[] = [];
      api.services.tasks.register({
        kind: 'test.flaky',
        async run(job) {
          attempts.push({ at: Date.now(), runAfter: job.task.runAfter.getTime(), lastError: job.task.lastError });
          if (attempts.length < 3) throw new Error(`boom ${attempts.length}`);
        },
      });
      const id = await enqueueTask(api, { kind: 'test.flaky' });
      const done = await waitForTask(api, id, [TaskState.DONE]);
      expect(done).toMatchObject({ attempts: 3, lastError: null });
      expect(attempts.map((a) => a.lastError)).toEqual([null, 'boom 1', 'boom 2']);
      // run_after moved forward each time, by base · 2^(n−1) ± 20 %: at least 32 ms, then 64 ms.
      expect(attempts[1]!.runAfter - attempts[0]!.at).toBeGreaterThanOrEqual(32 - 5);
      expect(attempts[2]!.runAfter - attempts[1]!.at).toBeGreaterThanOrEqual(64 - 5);
      expect(attempts[2]!.runAfter).toBeGreaterThan(attempts[1]!.runAfter);
      expect(attempts[1]!.at).toBeGreaterThanOrEqual(attempts[1]!.runAfter);
      expect(attempts[2]!.at).toBeGreaterThanOrEqual(attempts[2]!.runAfter);
    });

    it('a handler that always fails ends FAILED with its last error (secret blanked out), and failed() runs once', async () => {
      const server = await createTaskServer(api, 2);
      let runs = 0;
      const failedCalls: TaskJob[] = [];
      api.services.tasks.register({
        kind: 'test.broken',
        async run(job) {
          runs++;
          throw new Error(`access denied for password ${job.secret()} (try ${runs})`);
        },
        async failed(job) {
          failedCalls.push(job);
          (job.server as LogicalServer).maxAccounts = 13; // "mark the resource FAILED": committed with the task's FAILED state
        },
      });
      const id = await enqueueTask(api, { kind: 'test.broken', secret: 'hunter2-secret', server });
      const failed = await waitForTask(api, id, [TaskState.FAILED]);
      expect(runs).toBe(3);
      expect(failed).toMatchObject({ attempts: 3, lastError: 'access denied for password [secret] (try 3)' });
      expect(failed.finishedAt).toBeInstanceOf(Date);
      // Kept sealed while FAILED, so that an admin's retry can still set the password.
      expect(failed.secret).toMatch(/^v1:/);
      expect(failedCalls).toHaveLength(1);
      expect(failedCalls[0]!.task.state).toBe(TaskState.FAILED);
      expect((await systemFork(api).findOneOrFail(LogicalServer, { id: server.id })).maxAccounts).toBe(13);
      await sleep(200);
      expect(runs).toBe(3); // nothing runs it again
    });

    it('row changes that cannot be saved fail the attempt, with no SQL in last_error', async () => {
      const taken = await createTaskServer(api, 2);
      const server = await createTaskServer(api, 2);
      api.services.tasks.register({
        kind: 'test.badRows',
        async run(job) {
          (job.server as LogicalServer).name = taken.name; // unique: the commit with DONE fails
        },
      });
      const id = await enqueueTask(api, { kind: 'test.badRows', server });
      const failed = await waitForTask(api, id, [TaskState.FAILED]);
      expect(failed.lastError).toBe('database error (UniqueConstraintViolationException); see the server log');
      expect((await systemFork(api).findOneOrFail(LogicalServer, { id: server.id })).name).toBe(server.name);
    });

    it('a task of a kind nobody handles fails at once with a clear error', async () => {
      const id = await enqueueTask(api, { kind: 'test.nobodyHandlesThis' });
      const failed = await waitForTask(api, id, [TaskState.FAILED]);
      expect(failed).toMatchObject({
        attempts: 1,
        lastError: 'No handler is registered for task kind "test.nobodyHandlesThis"',
      });
    });
  },
  FAST,
);

describeApi(
  'task engine: per-server limits',
  (api) => {
    it('never runs more than maxTasks tasks of one server at once; tasks without a server run beside them', async () => {
      const server = await createTaskServer(api, 2);
      const paused = await createTaskServer(api, 0);
      const running = new Map<string, number>();
      const peak = new Map<string, number>();
      let overall = 0;
      let overallPeak = 0;
      api.services.tasks.register({
        kind: 'test.slow',
        async run(job) {
          const key = String(job.server?.id ?? 'none');
          running.set(key, (running.get(key) ?? 0) + 1);
          peak.set(key, Math.max(peak.get(key) ?? 0, running.get(key)!));
          overallPeak = Math.max(overallPeak, ++overall);
          await sleep(120);
          running.set(key, running.get(key)! - 1);
          overall--;
        },
      });
      const onServer = [];
      for (let i = 0; i < 8; i++) onServer.push(await enqueueTask(api, { kind: 'test.slow', server }));
      const free = [await enqueueTask(api, { kind: 'test.slow' }), await enqueueTask(api, { kind: 'test.slow' })];
      const held = await enqueueTask(api, { kind: 'test.slow', server: paused });

      for (const id of [...onServer, ...free]) await waitForTask(api, id, [TaskState.DONE]);
      expect(peak.get(String(server.id))).toBe(2);
      expect(overallPeak).toBeGreaterThan(2);
      // A server with maxTasks 0 is paused: its task waits.
      expect((await readTask(api, held)).state).toBe(TaskState.QUEUED);
    });
  },
  FAST,
);

describeApi(
  'task engine: leases',
  (api) => {
    it('reclaims a RUNNING task whose lease expired (its worker died), and leaves a live lease alone', async () => {
      let runs = 0;
      api.services.tasks.register({ kind: 'test.orphan', run: async () => void runs++ });
      const em = systemFork(api);
      const past = new Date(Date.now() - 5_000);
      const abandoned = em.create(Task, {
        kind: 'test.orphan',
        state: TaskState.RUNNING,
        attempts: 1,
        leaseOwner: 'dead-host:1:dead',
        leaseUntil: past,
        startedAt: past,
        runAfter: past,
      });
      const live = em.create(Task, {
        kind: 'test.orphan',
        state: TaskState.RUNNING,
        attempts: 1,
        leaseOwner: 'other-host:2:live',
        leaseUntil: new Date(Date.now() + 60_000),
        runAfter: past,
      });
      await em.flush();
      api.services.tasks.notify();

      const done = await waitForTask(api, abandoned.id, [TaskState.DONE]);
      expect(done.attempts).toBe(2);
      expect(done.leaseOwner).not.toBe('dead-host:1:dead');
      expect(runs).toBe(1);
      await sleep(300);
      expect(await readTask(api, live.id)).toMatchObject({
        state: TaskState.RUNNING,
        leaseOwner: 'other-host:2:live',
        attempts: 1,
      });
    });

    it('a task abandoned on its last attempt is failed, not run a fourth time', async () => {
      let runs = 0;
      api.services.tasks.register({ kind: 'test.lastTry', run: async () => void runs++ });
      const em = systemFork(api);
      const past = new Date(Date.now() - 5_000);
      const task = em.create(Task, {
        kind: 'test.lastTry',
        state: TaskState.RUNNING,
        attempts: 3,
        maxAttempts: 3,
        leaseOwner: 'dead',
        leaseUntil: past,
        runAfter: past,
        lastError: 'timeout',
      });
      await em.flush();
      api.services.tasks.notify();
      expect(await waitForTask(api, task.id, [TaskState.FAILED])).toMatchObject({
        attempts: 4,
        lastError: 'Out of attempts: the worker running attempt 3 stopped before it finished',
      });
      expect(runs).toBe(0);
    });

    it('renews the lease while a handler runs longer than the lease, so nobody takes the task', async () => {
      let runs = 0;
      const leases: number[] = [];
      api.services.tasks.register({
        kind: 'test.long',
        async run(job) {
          runs++;
          for (let i = 0; i < 5; i++) {
            await sleep(500);
            leases.push((await readTask(api, job.task.id)).leaseUntil!.getTime());
          }
        },
      });
      const id = await enqueueTask(api, { kind: 'test.long' });
      await waitForTask(api, id, [TaskState.DONE]);
      expect(runs).toBe(1);
      expect(leases[4]!).toBeGreaterThan(leases[0]!); // renewed (the lease is 1 s, the run 2.5 s)
    });

    it('a worker that lost its lease to another stops and does not record an outcome', async () => {
      let aborted = false;
      api.services.tasks.register({
        kind: 'test.stolen',
        async run(job) {
          // Another worker takes the task over (as it would after this one stalled past the lease).
          await systemFork(api).nativeUpdate(
            Task,
            { id: job.task.id },
            { leaseOwner: 'thief:1:x', leaseUntil: new Date(Date.now() + 60_000) },
          );
          await new Promise<void>((resolve) => job.signal.addEventListener('abort', () => resolve()));
          aborted = true;
        },
      });
      const id = await enqueueTask(api, { kind: 'test.stolen' });
      await eventually('the lease loss to abort the handler', () => aborted, 5_000);
      await sleep(200);
      expect(await readTask(api, id)).toMatchObject({
        state: TaskState.RUNNING,
        leaseOwner: 'thief:1:x',
        lastError: null,
      });
      await systemFork(api).nativeUpdate(Task, { id }, { state: TaskState.CANCELLED }); // the "thief" never finishes it
    });
  },
  FAST,
);
