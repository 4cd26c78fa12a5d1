import type { MikroORM } from '@mikro-orm/core';
import type { Config } from '../config';
import { systemEm } from '../db/scope';
import { Task, TaskState } from './task.entity';
import type { TaskService } from './tasks.service';

const HOUR_MS = 3_600_000;

/**
 * Deletes DONE and CANCELLED tasks that finished before `cutoff`. FAILED tasks are kept: they wait
 * for an admin's retry or cancel. Returns how many rows went.
 */
export function purgeFinishedTasks(orm: MikroORM, cutoff: Date): Promise<number> {
  return systemEm(orm.em, 'retention purges finished tasks of every company').nativeDelete(Task, {
    state: { $in: [TaskState.DONE, TaskState.CANCELLED] },
    finishedAt: { $lt: cutoff },
  });
}

/** Hourly purge of finished tasks older than TASK_RETENTION_DAYS (0: keep every task). */
export function scheduleTaskRetention(tasks: TaskService, config: Config): void {
  const keepMs = config.tasks.retentionMs;
  if (keepMs <= 0) return;
  tasks.every('tasks.retention', Math.min(HOUR_MS, keepMs), async ({ orm, log }) => {
    const purged = await purgeFinishedTasks(orm, new Date(Date.now() - keepMs));
    if (purged > 0) log.info({ purged }, 'finished tasks purged');
  });
}
