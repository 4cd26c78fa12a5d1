import { DriverException, type EntityManager, type MikroORM } from '@mikro-orm/core';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { DriverTarget } from '../drivers/target';
import type { SecretBox } from '../secrets';
import { backoffMs, errorText } from './backoff';
import type { Claimed } from './claim';
import { HELD_BY, heldBy, LeaseKeeper } from './lease';
import { preparedAll, preparedRun } from '../db/prepared';
import { systemEm } from '../db/scope';
import { Task, TaskState } from './task.entity';
import { isServerAway, type TaskHandler, type TaskJob } from './types';

/** A held task's DONE outcome; its secret is wiped. Three parameters: finished_at, id, owner. */
const SET_DONE = `update task set state = 'DONE', finished_at = ?, lease_until = null, secret = null, last_error = null
  where ${HELD_BY}`;

/** Longest wait before a task whose server is away tries again. */
const SERVER_AWAY_MAX_WAIT_MS = 60_000;

/** What running tasks needs from the process: the database, settings, the secret box, and the handlers. */
export interface EngineDeps {
  orm: MikroORM;
  config: Config;
  log: Logger;
  secrets: SecretBox;
  handler(kind: string): TaskHandler | undefined;
}

/**
 * The task's server with its sealed secret, managed by the handler's em. Read as a plain row and
 * mapped: on SQLite, an entity loaded by find() comes back with its dates marked changed, and every
 * task would rewrite its server's row when its outcome is flushed.
 */
async function loadServer(em: EntityManager, id: number): Promise<DriverTarget | null> {
  const rows = await preparedAll(em, 'select * from logical_server where id = ?', [id]);
  // Mapped by name: the servers area's LogicalServer, which the engine does not import.
  return rows[0] ? (em.map('LogicalServer', rows[0]) as DriverTarget) : null;
}

/** Builds the job a handler gets; the secret is unsealed only when the handler asks for it. */
export async function loadJob(
  em: EntityManager,
  task: Task,
  deps: Pick<EngineDeps, 'config' | 'log' | 'secrets'>,
  signal: AbortSignal,
): Promise<TaskJob> {
  const server = task.server ? await loadServer(em, task.server.id) : null;
  return {
    task,
    em,
    server,
    secret: () => (task.secret ? deps.secrets.open(task.secret) : null),
    config: deps.config,
    log: deps.log.child({ taskId: task.id, kind: task.kind }),
    signal,
  };
}

/** The secret, for blanking it out of an error message (null when there is none or it cannot be opened). */
function plainSecret(task: Task, deps: EngineDeps): string | null {
  try {
    return task.secret ? deps.secrets.open(task.secret) : null;
  } catch {
    return null;
  }
}

/**
 * Runs one claimed attempt of a task and records its outcome, but only while this worker still
 * holds the lease (every outcome write is conditional on it). A crash anywhere leaves the task
 * RUNNING under a lease that expires; another worker then claims it and runs it again.
 */
export class TaskRunner {
  constructor(private readonly deps: EngineDeps & { owner: string }) {}

  async run(claimed: Claimed): Promise<void> {
    const { orm, config, owner } = this.deps;
    const lease = new LeaseKeeper(orm, claimed.id, owner, config.tasks.leaseMs, this.deps.log);
    lease.start();
    try {
      await this.attempt(claimed, lease);
    } catch (err) {
      // The outcome could not be written (database down?): the lease expires and the task runs again.
      this.deps.log.error(
        { err, taskId: claimed.id },
        'task outcome not recorded; it will run again after its lease expires',
      );
    } finally {
      lease.stop();
    }
  }

  private async attempt(claimed: Claimed, lease: LeaseKeeper): Promise<void> {
    const em = systemEm(this.deps.orm, 'the task engine runs a task of any company outside any request');
    const task = em.map(Task, claimed.row); // the row as claimed: RUNNING, ours, secret included
    const log = this.deps.log.child({ taskId: task.id, kind: task.kind, attempt: task.attempts });
    const handler = this.deps.handler(task.kind);
    if (!handler) {
      await this.fail(task, `No handler is registered for task kind "${task.kind}"`, undefined, lease.signal);
      log.error('task failed: unknown kind');
      return;
    }
    if (task.attempts > task.maxAttempts) {
      // Its last attempt's worker died mid-run; running it again would exceed max_attempts.
      const message = `Out of attempts: the worker running attempt ${task.maxAttempts} stopped before it finished`;
      await this.fail(task, message, handler, lease.signal);
      log.error('task failed: out of attempts after an abandoned lease');
      return;
    }

    const started = Date.now();
    try {
      await handler.run(await loadJob(em, task, this.deps, lease.signal));
      if (lease.lost) return;
      if (await this.done(em, task.id)) log.info({ ms: Date.now() - started }, 'task done');
      else log.warn('task lease lost before its outcome was written');
    } catch (err) {
      if (lease.lost) return;
      if (err instanceof DriverException) log.error({ err }, 'task attempt failed on a database error');
      const message = errorText(err, plainSecret(task, this.deps));
      if (isServerAway(err)) {
        // Not the task's fault: the attempt is given back, and the task waits for its server.
        const delay = Math.min(backoffMs(3, this.deps.config.tasks.backoffMs), SERVER_AWAY_MAX_WAIT_MS);
        await this.retryLater(task.id, message, delay, task.attempts - 1);
        log.warn({ error: message, retryInMs: delay }, 'task waits: its server cannot be reached');
      } else if (task.attempts < task.maxAttempts) {
        const delay = backoffMs(task.attempts, this.deps.config.tasks.backoffMs);
        await this.retryLater(task.id, message, delay);
        log.warn({ error: message, retryInMs: delay }, 'task attempt failed; will retry');
      } else {
        await this.fail(task, message, handler, lease.signal);
        log.error({ error: message }, 'task failed: out of attempts');
      }
    }
  }

  /**
   * DONE, written in one transaction with the handler's row changes (the handler's em is flushed by
   * commit); a handler that changed no rows needs only the one conditional UPDATE.
   */
  private async done(em: EntityManager, id: number): Promise<boolean> {
    const held = [new Date(), id, this.deps.owner];
    const uow = em.getUnitOfWork();
    uow.computeChangeSets();
    if (uow.getChangeSets().length === 0) return (await preparedRun(em, SET_DONE, held)).changes === 1;
    await em.begin();
    try {
      await em.flush(); // the handler's changes first: the outcome below wins over any task field they touched
      if ((await preparedRun(em, SET_DONE, held)).changes !== 1) {
        await em.rollback();
        return false;
      }
      await em.commit();
      return true;
    } catch (err) {
      await em.rollback().catch(() => undefined);
      throw err;
    }
  }

  private async retryLater(id: number, message: string, delayMs: number, attempts?: number): Promise<void> {
    const given = attempts === undefined ? { sql: '', params: [] } : { sql: ', attempts = ?', params: [attempts] };
    await preparedRun(
      this.deps.orm.em.fork(),
      `update task set state = 'QUEUED', run_after = ?, lease_until = null, last_error = ?${given.sql} where ${HELD_BY}`,
      [new Date(Date.now() + delayMs), message, ...given.params, id, this.deps.owner],
    );
  }

  /**
   * FAILED for good, with the handler's failed() hook (mark the resource FAILED) in the same
   * transaction. If the hook itself throws, the task is still marked FAILED, without its changes.
   * The sealed secret stays so that an admin's retry can run; DONE and CANCELLED wipe it.
   */
  private async fail(
    task: Task,
    message: string,
    handler: TaskHandler | undefined,
    signal: AbortSignal,
  ): Promise<void> {
    const em = systemEm(this.deps.orm, 'the task engine records a task’s failure outside any request');
    const outcome = { state: TaskState.FAILED, finishedAt: new Date(), leaseUntil: null, lastError: message };
    await em.begin();
    try {
      const n = await em.nativeUpdate(Task, heldBy(task.id, this.deps.owner), outcome);
      if (n !== 1) {
        await em.rollback();
        return;
      }
      if (handler?.failed) {
        const fresh = await em.findOneOrFail(Task, { id: task.id }, { populate: ['secret'] });
        await handler.failed(await loadJob(em, fresh, this.deps, signal));
      }
      await em.commit();
    } catch (hookErr) {
      await em.rollback().catch(() => undefined);
      const hookMessage = errorText(hookErr, plainSecret(task, this.deps));
      await systemEm(this.deps.orm, 'the task engine records a failed hook outside any request').nativeUpdate(
        Task,
        heldBy(task.id, this.deps.owner),
        {
          ...outcome,
          lastError: errorText(new Error(`${message} (then marking it failed raised: ${hookMessage})`), null),
        },
      );
    }
  }
}
