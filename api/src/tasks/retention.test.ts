import { expect, it } from 'vitest';
import { describeApi, type TestApi } from '../test/api';
import { enqueueTask, eventually, systemFork } from '../test/tasks';
import { purgeFinishedTasks } from './retention';
import { Task, TaskState } from './task.entity';

const DAY_MS = 86_400_000;

/** A task row in `state`, finished `ageMs` ago (null: not finished). Kind unknown to the worker, which is off. */
async function taskIn(api: TestApi, state: TaskState, ageMs: number | null): Promise<number> {
  const id = await enqueueTask(api, { kind: 'test.retention', payload: {} });
  await systemFork(api).nativeUpdate(
    Task,
    { id },
    { state, finishedAt: ageMs === null ? null : new Date(Date.now() - ageMs) },
  );
  return id;
}

async function remaining(api: TestApi, ids: number[]): Promise<number[]> {
  return (await systemFork(api).find(Task, { id: { $in: ids } }, { orderBy: { id: 'asc' } })).map((t) => t.id);
}

describeApi(
  'task retention: finished tasks are purged, failed and pending ones kept',
  (api) => {
    it('purges DONE and CANCELLED tasks finished before the cutoff, and nothing else', async () => {
      const oldDone = await taskIn(api, TaskState.DONE, 40 * DAY_MS);
      const oldCancelled = await taskIn(api, TaskState.CANCELLED, 40 * DAY_MS);
      const recentDone = await taskIn(api, TaskState.DONE, DAY_MS);
      const oldFailed = await taskIn(api, TaskState.FAILED, 40 * DAY_MS);
      const queued = await taskIn(api, TaskState.QUEUED, null);
      const purged = await purgeFinishedTasks(api.orm, new Date(Date.now() - 30 * DAY_MS));
      expect(purged).toBe(2);
      expect(await remaining(api, [oldDone, oldCancelled, recentDone, oldFailed, queued])).toEqual([
        recentDone,
        oldFailed,
        queued,
      ]);
    });
  },
  { WORKER: 'false' },
);

// About 2.6 s of retention: the hourly job runs at that interval, so a test can watch it work.
describeApi(
  'task retention runs by itself where the worker runs',
  (api) => {
    it('an old DONE task disappears without anyone asking; a FAILED one stays', async () => {
      const done = await taskIn(api, TaskState.DONE, DAY_MS);
      const failed = await taskIn(api, TaskState.FAILED, DAY_MS);
      await eventually(
        'the retention job to purge the DONE task',
        async () => (await remaining(api, [done])).length === 0,
        20_000,
      );
      expect(await remaining(api, [done, failed])).toEqual([failed]);
    });
  },
  { TASK_RETENTION_DAYS: '0.00003' },
);
