import crypto from 'node:crypto';
import os from 'node:os';
import { claimTask } from './claim';
import { TaskRunner, type EngineDeps } from './run-task';

/** This worker's name in lease_owner: where it runs, for people reading the task list, and a random part. */
export function leaseOwnerName(): string {
  return `${os.hostname().slice(0, 60)}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`;
}

/** Stops waiting for running handlers after this long; their leases then expire and other workers take over. */
export const STOP_TIMEOUT_MS = 10_000;

/**
 * The in-process worker (no REDIS_URL): claims due tasks from the database and runs up to
 * WORKER_CONCURRENCY at once. It polls every TASK_POLL_MS (retries coming due, expired leases)
 * and is woken at once by wake() when a task is queued or a slot frees up.
 */
export class LocalWorker {
  readonly owner = leaseOwnerName();
  private readonly runner: TaskRunner;
  private readonly running = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private filling: Promise<void> | null = null;
  private wakeAgain = false;
  private stopped = false;

  constructor(private readonly deps: EngineDeps) {
    this.runner = new TaskRunner({ ...deps, owner: this.owner });
  }

  start(): void {
    this.timer = setInterval(() => this.wake(), this.deps.config.tasks.pollMs);
    this.timer.unref();
    this.wake();
  }

  wake(): void {
    if (this.stopped) return;
    if (this.filling) {
      this.wakeAgain = true;
      return;
    }
    this.filling = this.fill().finally(() => (this.filling = null));
  }

  /** Claims due tasks until every slot is busy or nothing more is due. */
  private async fill(): Promise<void> {
    try {
      do {
        this.wakeAgain = false;
        while (!this.stopped && this.running.size < this.deps.config.tasks.concurrency) {
          const claimed = await claimTask(this.deps.orm, this.deps.config.database.dialect, {
            owner: this.owner,
            leaseMs: this.deps.config.tasks.leaseMs,
          });
          if (!claimed) break;
          const run: Promise<void> = this.runner.run(claimed).finally(() => {
            this.running.delete(run);
            this.wake();
          });
          this.running.add(run);
        }
      } while (this.wakeAgain && !this.stopped);
    } catch (err) {
      this.deps.log.error({ err }, 'claiming tasks failed; the next poll tries again');
    }
  }

  /**
   * Stops claiming and waits (at most `timeoutMs`) for running handlers to finish and record their
   * outcome. It releases no lease: a handler still running past the wait keeps its task RUNNING
   * until the lease expires, and then another worker runs it again (handlers are idempotent).
   */
  async stop(timeoutMs = STOP_TIMEOUT_MS): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    const drained = (async () => {
      await this.filling; // a claim in flight may still add a run
      await Promise.allSettled([...this.running]);
    })();
    await Promise.race([drained, timeout]);
    clearTimeout(timer);
  }

  /** How many handlers run now (for tests and the bench). */
  get busy(): number {
    return this.running.size;
  }
}
