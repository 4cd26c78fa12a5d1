import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import type { Config } from '../config';
import { claimTask, findDispatchable } from './claim';
import { TaskRunner, type EngineDeps } from './run-task';
import { leaseOwnerName, STOP_TIMEOUT_MS } from './worker';

export const QUEUE_NAME = 'helio-tasks';
/** Due tasks one sweep hands to the queue at most; the next sweep sends the rest. */
const SWEEP_LIMIT = 500;

/**
 * Redis keys are prefixed per database (a hash of its location), so that processes — and test
 * files — on different databases sharing one Redis never see each other's jobs.
 */
export function queuePrefix(config: Config): string {
  const where = config.database.dialect === 'postgresql' ? config.database.url : config.database.file;
  return `helio-${crypto.createHash('sha256').update(where).digest('hex').slice(0, 12)}`;
}

/** What a job carries: only which task to look at. The database row stays the truth. */
interface WakeUp {
  taskId: number;
}

/**
 * BullMQ dispatch (REDIS_URL set): Redis carries wake-ups, the database decides. Due tasks are
 * added as jobs (job id = task id + attempt, so repeated sweeps and notify() calls dedupe); the
 * BullMQ worker of any process with WORKER=true takes a job and claims THAT task through the same
 * database claim as the in-process worker. A job whose claim fails (another process has the task,
 * or its server is at max_tasks) is dropped: the periodic sweep adds the task again while it is due.
 */
export class BullDispatcher {
  readonly owner = leaseOwnerName();
  private readonly connection: ConnectionOptions;
  private readonly prefix: string;
  private queue: Queue<WakeUp> | undefined;
  private worker: Worker<WakeUp> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | null = null;
  private sweepAgain = false;
  private stopped = false;

  constructor(
    private readonly deps: EngineDeps,
    private readonly runs: boolean,
  ) {
    this.connection = { url: deps.config.redisUrl };
    this.prefix = queuePrefix(deps.config);
  }

  start(): void {
    try {
      createRequire(__filename).resolve('ioredis'); // bullmq loads it lazily and only reports its absence as an event
    } catch {
      throw new Error(
        "REDIS_URL is set, but the 'ioredis' package BullMQ needs is not installed (npm install ioredis -w api)",
      );
    }
    this.queue = new Queue<WakeUp>(QUEUE_NAME, {
      connection: this.connection,
      prefix: this.prefix,
      defaultJobOptions: { removeOnComplete: true, removeOnFail: true },
    });
    this.queue.on('error', (err) => this.deps.log.error({ err }, 'task queue (Redis) error'));
    if (!this.runs) return; // an API-only process: it adds jobs on notify(), others run them
    const runner = new TaskRunner({ ...this.deps, owner: this.owner });
    const { orm, config } = this.deps;
    this.worker = new Worker<WakeUp>(
      QUEUE_NAME,
      async (job) => {
        const claimed = await claimTask(orm, config.database.dialect, {
          owner: this.owner,
          leaseMs: config.tasks.leaseMs,
          taskId: job.data.taskId,
        });
        if (claimed) await runner.run(claimed);
      },
      { connection: this.connection, prefix: this.prefix, concurrency: config.tasks.concurrency },
    );
    this.worker.on('error', (err) => this.deps.log.error({ err }, 'task worker (Redis) error'));
    this.timer = setInterval(() => this.notify(), config.tasks.pollMs);
    this.timer.unref();
    this.notify();
  }

  /** Hands every due task to the queue now (coalesced: calls during a sweep cause one more sweep). */
  notify(): void {
    if (this.stopped || !this.queue) return;
    if (this.sweeping) {
      this.sweepAgain = true;
      return;
    }
    this.sweeping = this.sweepLoop().finally(() => (this.sweeping = null));
  }

  private async sweepLoop(): Promise<void> {
    do {
      this.sweepAgain = false;
      try {
        await this.sweep();
      } catch (err) {
        this.deps.log.error({ err }, 'handing due tasks to the queue failed; the next sweep tries again');
        return;
      }
    } while (this.sweepAgain && !this.stopped);
  }

  private async sweep(): Promise<void> {
    const due = await findDispatchable(this.deps.orm, SWEEP_LIMIT);
    if (!due.length || this.stopped || !this.queue) return;
    await this.queue.addBulk(
      due.map((t) => ({
        name: 'run',
        data: { taskId: t.id },
        // An abandoned lease gets its own id: the dead worker's job for that attempt may still be in Redis.
        opts: { jobId: `task-${t.id}-${t.attempts}${t.abandoned ? '-reclaim' : ''}` },
      })),
    );
  }

  /** Stops sweeping, lets running handlers finish (bounded, see LocalWorker.stop), closes the Redis connections. */
  async stop(timeoutMs = STOP_TIMEOUT_MS): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.sweeping;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    if (this.worker && (await Promise.race([this.worker.close(), timeout])) === 'timeout')
      await this.worker.close(true);
    clearTimeout(timer);
    await this.queue?.close();
  }
}
