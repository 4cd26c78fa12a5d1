import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from '../logger';

export interface PeriodicDeps {
  orm: MikroORM;
  log: Logger;
}

/** One run of a periodic job; errors are logged and the job runs again after its interval. */
export type PeriodicRun = (deps: PeriodicDeps) => Promise<void>;

/**
 * A job a worker process runs every `intervalMs` (TaskService.every). The next run is timed from
 * the end of the last one, so runs never overlap. The first comes after a random part of the
 * interval: processes started together spread out, and a process restarted more often than the
 * interval still gets to run it. The timer does not keep the process alive.
 */
export class PeriodicJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    readonly name: string,
    private readonly intervalMs: number,
    private readonly run: PeriodicRun,
    private readonly deps: PeriodicDeps,
  ) {}

  start(): void {
    this.schedule(Math.random() * this.intervalMs);
  }

  /** No further runs; waits for one under way (its writes are short: a query and a flush). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => this.tick(), delayMs);
    this.timer.unref();
  }

  private tick(): void {
    this.running = Promise.resolve()
      .then(() => this.run(this.deps))
      .catch((err: unknown) =>
        this.deps.log.error({ err, job: this.name }, 'periodic job failed; it runs again after its interval'),
      )
      .finally(() => {
        this.running = null;
        this.schedule(this.intervalMs);
      });
  }
}
