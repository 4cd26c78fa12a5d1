import type { EntityManager, FilterQuery, MikroORM } from '@mikro-orm/core';
import type { Config } from '../config';
import { containsText } from '../db/search';
import type { Ctx } from '../graphql/context';
import { conflict, notFound } from '../errors';
import { findPage, type Connection, type Page } from '../graphql/pagination';
import type { Logger } from '../logger';
import type { SecretBox } from '../secrets';
import { BullDispatcher } from './dispatch-bullmq';
import { PeriodicJob, type PeriodicRun } from './periodic';
import { loadJob, type EngineDeps } from './run-task';
import { systemEm } from '../db/scope';
import { Task, TaskState } from './task.entity';
import type { EnqueueSpec, TaskHandler } from './types';
import { LocalWorker } from './worker';

const KIND = /^[a-z][A-Za-z0-9_.-]{0,63}$/;

export interface TaskFilter {
  state?: TaskState | null;
  serverId?: number | null;
  accountId?: number | null;
  kind?: string | null;
}

/**
 * The durable task engine's front: modules register handlers and enqueue tasks in their own
 * transaction; start() runs the worker (in-process, or BullMQ when REDIS_URL is set); the admin
 * API lists, retries and cancels. One instance per process.
 */
export class TaskService {
  private readonly handlers = new Map<string, TaskHandler>();
  private engine: LocalWorker | BullDispatcher | null = null;
  private readonly periodic = new Map<string, { intervalMs: number; run: PeriodicRun }>();
  private jobs: PeriodicJob[] = [];

  constructor(
    private readonly config: Config,
    private readonly secrets: SecretBox,
  ) {}

  /** Registers the handler of one task kind (once per kind and process). */
  register(handler: TaskHandler): void {
    if (!KIND.test(handler.kind)) throw new Error(`Bad task kind "${handler.kind}"`);
    if (this.handlers.has(handler.kind))
      throw new Error(`A handler for task kind "${handler.kind}" is already registered`);
    this.handlers.set(handler.kind, handler);
  }

  /**
   * Registers a job that every process with WORKER=true runs every `intervalMs` while its engine
   * runs (started and stopped with it); runs of one job never overlap within a process.
   */
  every(name: string, intervalMs: number, run: PeriodicRun): void {
    if (!(intervalMs > 0)) throw new Error(`Periodic job "${name}" needs a positive interval`);
    if (this.periodic.has(name)) throw new Error(`A periodic job named "${name}" is already registered`);
    this.periodic.set(name, { intervalMs, run });
  }

  handler(kind: string): TaskHandler | undefined {
    return this.handlers.get(kind);
  }

  /**
   * Records a task in the caller's EntityManager: it is written with the caller's own changes
   * when the caller flushes, and runs only if that commits. Call notify() after the commit.
   */
  enqueue(em: EntityManager, spec: EnqueueSpec): Task {
    if (!KIND.test(spec.kind)) throw new Error(`Bad task kind "${spec.kind}"`);
    const now = new Date();
    return em.create(Task, {
      kind: spec.kind,
      payload: spec.payload,
      secret: spec.secret != null ? this.secrets.seal(spec.secret) : null,
      server: spec.server ?? null,
      account: spec.account ?? null,
      reseller: spec.reseller ?? spec.account?.reseller ?? null,
      subject: spec.subject.slice(0, 200),
      maxAttempts: this.config.tasks.maxAttempts,
      runAfter: spec.runAfter ?? now,
      createdAt: now,
    });
  }

  /** Wakes the local worker, or hands due tasks to the queue; call it after committing enqueued tasks. Never throws. */
  notify(): void {
    if (this.engine instanceof LocalWorker) this.engine.wake();
    else this.engine?.notify();
  }

  /**
   * Starts the engine of this process. With REDIS_URL, a BullMQ producer always (so notify() reaches
   * the workers) and a BullMQ worker when WORKER=true; without it, the in-process worker when WORKER=true.
   * The periodic jobs (every()) run where a worker runs.
   */
  start(deps: { orm: MikroORM; log: Logger }): void {
    if (this.engine) throw new Error('The task engine is already started');
    const engineDeps: EngineDeps = {
      ...deps,
      config: this.config,
      secrets: this.secrets,
      handler: (kind) => this.handlers.get(kind),
    };
    const { worker } = this.config.tasks;
    if (this.config.redisUrl) this.engine = new BullDispatcher(engineDeps, worker);
    else if (worker) this.engine = new LocalWorker(engineDeps);
    this.engine?.start();
    if (worker) {
      this.jobs = [...this.periodic].map(([name, job]) => new PeriodicJob(name, job.intervalMs, job.run, deps));
      for (const job of this.jobs) job.start();
    }
    deps.log.info(
      { worker, dispatch: this.config.redisUrl ? 'bullmq' : 'local', concurrency: this.config.tasks.concurrency },
      'task engine started',
    );
  }

  /** Stops the periodic jobs, then claiming, and waits a bounded time for running handlers; no lease is released (they expire). */
  async stop(): Promise<void> {
    const engine = this.engine;
    this.engine = null;
    const jobs = this.jobs;
    this.jobs = [];
    await Promise.all(jobs.map((job) => job.stop()));
    await engine?.stop();
  }

  async get(ctx: Ctx, id: number): Promise<Task> {
    const task = await ctx.em.findOne(Task, { id }, { populate: ['server', 'account'] });
    if (!task) throw notFound('Task');
    return task;
  }

  list(ctx: Ctx, page: Page, filter: TaskFilter): Promise<Connection<Task>> {
    const where = (): FilterQuery<Task> => {
      const and: FilterQuery<Task>[] = [];
      if (filter.state) and.push({ state: filter.state });
      if (filter.serverId) and.push({ server: filter.serverId });
      if (filter.accountId) and.push({ account: filter.accountId });
      if (filter.kind) and.push({ kind: filter.kind });
      if (page.search) {
        const d = ctx.config.database.dialect;
        and.push({ $or: [containsText(d, 'subject', page.search), containsText(d, 'kind', page.search)] });
      }
      return and.length ? { $and: and } : {};
    };
    return findPage(ctx.em, Task, where, page, { populate: ['server', 'account'] });
  }

  /** FAILED or CANCELLED → QUEUED with a fresh set of attempts; last_error stays until the next attempt ends. */
  async retry(ctx: Ctx, id: number): Promise<Task> {
    const n = await ctx.em.nativeUpdate(
      Task,
      { id, state: { $in: [TaskState.FAILED, TaskState.CANCELLED] } },
      { state: TaskState.QUEUED, attempts: 0, runAfter: new Date(), leaseUntil: null, finishedAt: null },
    );
    if (n !== 1) {
      const task = await this.get(ctx, id);
      throw conflict(`Only failed or cancelled tasks can be retried; this one is ${task.state}`);
    }
    ctx.log.info({ taskId: id, by: ctx.viewer?.userId }, 'task retried');
    const task = await this.reload(ctx, id); // as retried, before a worker takes it
    this.notify();
    return task;
  }

  /**
   * QUEUED or FAILED → CANCELLED, its secret wiped. A queued task's handler gets failed() (in the
   * same transaction) to mark its resource FAILED; a failed task already had it. A RUNNING task
   * cannot be cancelled: its handler may be half-way through a change on the server.
   */
  async cancel(ctx: Ctx, id: number): Promise<Task> {
    const current = await this.get(ctx, id);
    if (current.state !== TaskState.QUEUED && current.state !== TaskState.FAILED) {
      throw conflict(
        current.state === TaskState.RUNNING
          ? 'The task is running and cannot be cancelled now; cancel it if it fails, or wait for it to finish'
          : `Only queued or failed tasks can be cancelled; this one is ${current.state}`,
      );
    }
    const em = systemEm(
      ctx.em,
      'retrying a task re-reads it in its own transaction, after the viewer’s access was checked',
    );
    await em.begin();
    try {
      // Conditional on the state read above: a worker may have claimed the task since.
      const n = await em.nativeUpdate(
        Task,
        { id, state: current.state },
        {
          state: TaskState.CANCELLED,
          finishedAt: new Date(),
          secret: null,
          leaseUntil: null,
        },
      );
      if (n !== 1)
        throw conflict('The task changed state meanwhile (a worker may have started it); reload and try again');
      const handler = this.handlers.get(current.kind);
      if (current.state === TaskState.QUEUED && handler?.failed) {
        const task = await em.findOneOrFail(Task, { id });
        await handler.failed(
          await loadJob(
            em,
            task,
            { config: this.config, log: ctx.log, secrets: this.secrets },
            new AbortController().signal,
          ),
        );
      }
      await em.commit();
    } catch (err) {
      await em.rollback().catch(() => undefined);
      throw err;
    }
    ctx.log.info({ taskId: id, by: ctx.viewer?.userId }, 'task cancelled');
    return this.reload(ctx, id);
  }

  private async reload(ctx: Ctx, id: number): Promise<Task> {
    const task = await ctx.em.findOne(Task, { id }, { populate: ['server', 'account'], refresh: true });
    if (!task) throw notFound('Task');
    return task;
  }
}
