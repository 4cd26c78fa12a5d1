import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { setTimeout as sleep } from 'node:timers/promises';
import { systemEm } from '../db/scope';
import { DriverName, ServerKind, ServerOs } from '../modules/servers/enums';
import { LogicalServer } from '../modules/servers/logical-server.entity';
import { PhysicalServer } from '../modules/servers/physical-server.entity';
import { Task, TaskState } from '../tasks/task.entity';
import type { EnqueueSpec } from '../tasks/types';
import type { TestApi } from './api';
import { unique } from './factories';

/** A system-scoped EntityManager on the test server's database, for setting up and checking rows. */
export function systemFork(api: Pick<TestApi, 'orm'>): EntityManager {
  return systemEm(api.orm, 'test helper: reads and changes tasks directly, with no viewer');
}

/** A FILES logical server (on a new physical one) with the given task limit; rows only, no driver. */
export async function createTaskServer(api: Pick<TestApi, 'orm'>, maxTasks: number): Promise<LogicalServer> {
  const em = systemFork(api);
  const physical = em.create(PhysicalServer, { name: unique('box'), os: ServerOs.LINUX, address: '127.0.0.1' });
  const server = em.create(LogicalServer, {
    name: unique('files'),
    kind: ServerKind.WEB,
    physical,
    driver: DriverName.FILES,
    maxTasks,
  });
  await em.flush();
  return server;
}

let enqueued = 0;

/**
 * Enqueues a task as a module would (its own transaction, then notify) and returns its ID. Each
 * gets a subject of its own unless given one (a server runs one task per subject at a time).
 */
export async function enqueueTask(
  api: Pick<TestApi, 'orm' | 'services'>,
  spec: Partial<EnqueueSpec> & { kind: string },
): Promise<number> {
  const em = systemFork(api);
  const task = api.services.tasks.enqueue(em, { payload: {}, subject: `${spec.kind} #${++enqueued}`, ...spec });
  await em.flush();
  api.services.tasks.notify();
  return task.id;
}

export async function readTask(api: Pick<TestApi, 'orm'>, id: number): Promise<Task> {
  return systemFork(api).findOneOrFail(Task, { id }, { populate: ['secret'] });
}

/** Polls the database until the task is in one of `states`; fails with its last state after `timeoutMs`. */
export async function waitForTask(
  api: Pick<TestApi, 'orm'>,
  id: number,
  states: TaskState[],
  timeoutMs = 15_000,
): Promise<Task> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const task = await readTask(api, id);
    if (states.includes(task.state)) return task;
    if (Date.now() > deadline) {
      throw new Error(
        `task ${id} is ${task.state} (attempts ${task.attempts}, last error ${task.lastError}), expected ${states.join(' or ')}`,
      );
    }
    await sleep(25);
  }
}

/** Polls `check` until it returns true; fails naming `what` after `timeoutMs`. */
export async function eventually(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

/** A fresh temp directory for a handler's files; removed by the caller (or left in /tmp on a failure). */
export function tempDir(prefix = 'helio-task-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
