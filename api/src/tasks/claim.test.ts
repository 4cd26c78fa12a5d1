import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { openDatabase } from '../app';
import { describeApi } from '../test/api';
import { createTaskServer, enqueueTask, readTask, systemFork } from '../test/tasks';
import { claimTask, findDispatchable, type ClaimOptions } from './claim';
import { Task, TaskState } from './task.entity';

// No worker in this server: the tests claim by hand, from two ORMs (two connection pools, as two processes would have).
describeApi(
  'task claim',
  (api) => {
    let second: MikroORM;
    const claim = (orm: MikroORM, opts: Partial<ClaimOptions> = {}) =>
      claimTask(orm, api.config.database.dialect, { owner: 'test-owner', leaseMs: 30_000, ...opts });

    beforeAll(async () => {
      second = await openDatabase(api.config);
    });
    afterAll(async () => {
      await second?.close(true);
    });
    beforeEach(async () => {
      await systemFork(api).nativeDelete(Task, {}); // each test sees only its own tasks
    });

    it('claims the oldest due task, marks it RUNNING under a lease and counts the attempt', async () => {
      const first = await enqueueTask(api, { kind: 'test.a' });
      const later = await enqueueTask(api, { kind: 'test.a' });
      const em = systemFork(api);
      const future = em.create(Task, { kind: 'test.a', runAfter: new Date(Date.now() + 60_000) });
      await em.flush();

      const before = Date.now();
      expect(await claim(api.orm)).toMatchObject({ id: first, attempts: 1 });
      const task = await readTask(api, first);
      expect(task).toMatchObject({ state: TaskState.RUNNING, leaseOwner: 'test-owner', attempts: 1 });
      expect(task.leaseUntil!.getTime()).toBeGreaterThanOrEqual(before + 30_000 - 1000);
      expect(task.startedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(await claim(api.orm)).toMatchObject({ id: later, attempts: 1 });
      expect(await claim(api.orm)).toBeNull(); // the third is not due yet
      expect((await readTask(api, future.id)).state).toBe(TaskState.QUEUED);
    });

    it('claims only the named task when given one (a BullMQ job names it)', async () => {
      const a = await enqueueTask(api, { kind: 'test.a' });
      const b = await enqueueTask(api, { kind: 'test.a' });
      expect(await claim(api.orm, { taskId: b })).toMatchObject({ id: b, attempts: 1 });
      expect(await claim(api.orm, { taskId: b })).toBeNull(); // already running
      expect((await readTask(api, a)).state).toBe(TaskState.QUEUED);
    });

    it('under concurrent claims from two pools: each task once, never more than max_tasks per server', async () => {
      const server = await createTaskServer(api, 2);
      const other = await createTaskServer(api, 1);
      const ids = new Set<number>();
      for (let i = 0; i < 6; i++) ids.add(await enqueueTask(api, { kind: 'test.a', server, subject: `thing ${i}` }));
      for (let i = 0; i < 3; i++)
        ids.add(await enqueueTask(api, { kind: 'test.a', server: other, subject: `thing ${i}` }));
      for (let i = 0; i < 3; i++) ids.add(await enqueueTask(api, { kind: 'test.a' }));

      const results = await Promise.all(
        Array.from({ length: 24 }, (_, i) => claim(i % 2 ? second : api.orm, { owner: `worker-${i % 2}` })),
      );
      const claimed = results.filter((r) => r !== null).map((r) => r.id);
      expect(new Set(claimed).size).toBe(claimed.length); // no task twice
      expect(claimed.length).toBe(2 + 1 + 3);
      const running = await systemFork(api).find(Task, { state: TaskState.RUNNING });
      expect(running.filter((t) => t.server?.id === server.id)).toHaveLength(2);
      expect(running.filter((t) => t.server?.id === other.id)).toHaveLength(1);
      expect(running.filter((t) => t.server === null)).toHaveLength(3);
    });

    it('never runs two tasks on one subject of a server at once, even from two pools: the next waits its turn', async () => {
      const server = await createTaskServer(api, 3);
      const other = await createTaskServer(api, 3);
      const first = await enqueueTask(api, { kind: 'web.putSite', server, subject: 'site a.test' });
      const next = await enqueueTask(api, { kind: 'web.putSite', server, subject: 'site a.test' });
      const unrelated = await enqueueTask(api, { kind: 'web.putSite', server, subject: 'site b.test' });
      const elsewhere = await enqueueTask(api, { kind: 'web.putSite', server: other, subject: 'site a.test' });

      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => claim(i % 2 ? second : api.orm, { owner: `worker-${i % 2}` })),
      );
      const claimed = results.filter((r) => r !== null).map((r) => r.id);
      // One of the two on a.test (racing pools may take either), and both of the others.
      expect(claimed).toHaveLength(3);
      expect(claimed).toEqual(expect.arrayContaining([unrelated, elsewhere]));
      const running = claimed.find((id) => id === first || id === next)!;
      const waiting = running === first ? next : first;
      expect((await readTask(api, waiting)).state).toBe(TaskState.QUEUED);
      // The BullMQ sweep does not offer it either, while the other runs.
      expect((await findDispatchable(api.orm, 100)).map((d) => d.id)).not.toContain(waiting);

      // Once that one is done, the waiting one may start.
      const em = systemFork(api);
      await em.nativeUpdate(Task, { id: running }, { state: TaskState.DONE, finishedAt: new Date() });
      expect((await findDispatchable(api.orm, 100)).map((d) => d.id)).toContain(waiting);
      expect(await claim(second)).toMatchObject({ id: waiting });
    });

    it('a server at its limit frees a slot when a lease expires; the abandoned task is reclaimed first', async () => {
      const server = await createTaskServer(api, 1);
      const stuck = await enqueueTask(api, { kind: 'test.a', server });
      const waiting = await enqueueTask(api, { kind: 'test.a', server });
      expect(await claim(api.orm, { owner: 'dies', leaseMs: 1 })).toMatchObject({ id: stuck, attempts: 1 });
      await new Promise((r) => setTimeout(r, 20));
      // The expired lease no longer counts against the server; the stuck task is older, so it goes first.
      expect(await claim(api.orm, { owner: 'rescuer' })).toMatchObject({ id: stuck, attempts: 2 });
      expect(await claim(api.orm)).toBeNull(); // the server is full again
      expect((await readTask(api, stuck)).leaseOwner).toBe('rescuer');
      expect((await readTask(api, waiting)).state).toBe(TaskState.QUEUED);
    });

    it('offers the BullMQ sweep only tasks that could be claimed now, at most max_tasks per server', async () => {
      const roomy = await createTaskServer(api, 2);
      const full = await createTaskServer(api, 1);
      const onRoomy = [];
      for (let i = 0; i < 4; i++) onRoomy.push(await enqueueTask(api, { kind: 'test.a', server: roomy }));
      const running = await enqueueTask(api, { kind: 'test.a', server: full });
      expect(await claim(api.orm, { taskId: running })).not.toBeNull();
      await enqueueTask(api, { kind: 'test.a', server: full });
      const free = [await enqueueTask(api, { kind: 'test.a' }), await enqueueTask(api, { kind: 'test.a' })];
      const em = systemFork(api);
      const past = new Date(Date.now() - 60_000);
      const abandoned = em.create(Task, {
        kind: 'test.a',
        state: TaskState.RUNNING,
        attempts: 1,
        leaseOwner: 'dead',
        leaseUntil: past,
        runAfter: past,
      });
      await em.flush();

      const offered = await findDispatchable(api.orm, 100);
      expect(offered).toEqual([
        { id: abandoned.id, attempts: 1, abandoned: true },
        { id: onRoomy[0], attempts: 0, abandoned: false },
        { id: onRoomy[1], attempts: 0, abandoned: false },
        { id: free[0], attempts: 0, abandoned: false },
        { id: free[1], attempts: 0, abandoned: false },
      ]);
      expect(await findDispatchable(api.orm, 2)).toHaveLength(2);
    });
  },
  { WORKER: 'false' },
);
