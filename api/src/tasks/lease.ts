import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from '../logger';
import { preparedRun } from '../db/prepared';
import { TaskState } from './task.entity';

/** The condition every write of an attempt's outcome carries: the task is still ours. */
export const heldBy = (id: number, owner: string) => ({ id, leaseOwner: owner, state: TaskState.RUNNING });

/** The same condition in SQL, for the engine's bound statements. Two parameters: id, owner. */
export const HELD_BY = `id = ? and lease_owner = ? and state = 'RUNNING'`;

/**
 * Keeps a running task's lease alive: renews it every lease/3. When a renewal finds the lease gone
 * (this worker stalled past it and another worker took the task), it aborts `signal` and marks
 * the lease lost, so the attempt's outcome is never written over the new owner's.
 */
export class LeaseKeeper {
  lost = false;
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private renewing = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly taskId: number,
    private readonly owner: string,
    private readonly leaseMs: number,
    private readonly log: Logger,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  start(): void {
    this.timer = setInterval(() => void this.renew(), Math.max(50, Math.floor(this.leaseMs / 3)));
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async renew(): Promise<void> {
    if (this.renewing || this.lost || !this.timer) return;
    this.renewing = true;
    try {
      const { changes: n } = await preparedRun(this.orm.em.fork(), `update task set lease_until = ? where ${HELD_BY}`, [
        new Date(Date.now() + this.leaseMs),
        this.taskId,
        this.owner,
      ]);
      if (n === 0 && this.timer) {
        this.lost = true;
        this.stop();
        this.log.warn(
          { taskId: this.taskId },
          'task lease lost to another worker; this attempt will not record an outcome',
        );
        this.controller.abort(new Error('the task lease was lost'));
      }
    } catch (err) {
      // A transient database error: the next renewal tries again; the lease only lapses if they all fail.
      this.log.warn({ err, taskId: this.taskId }, 'task lease renewal failed');
    } finally {
      this.renewing = false;
    }
  }
}
