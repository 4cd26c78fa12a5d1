import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { DriverTarget } from '../drivers/target';
import type { Task, TaskTarget } from './task.entity';

/**
 * The contract between the task engine (tasks/) and the modules that change real servers.
 * A module records a task in the same transaction as the rows it changes (TaskService.enqueue),
 * and registers a handler for its kind; the worker runs the handler through a driver.
 */
export interface EnqueueSpec {
  /** Handler kind, e.g. 'mysql.createDatabase'. */
  kind: string;
  /** JSON input for the handler: ids and names, never secrets. */
  payload: Record<string, unknown>;
  /**
   * A secret the handler needs (a password to set): stored sealed, readable by the handler; wiped when the
   * task is DONE or CANCELLED (a FAILED task keeps it, sealed, so an admin's retry can still run).
   */
  secret?: string;
  /** The logical server it changes (a LogicalServer of the servers area). */
  server?: TaskTarget | null;
  /** The account it is for; its company is the task's unless `reseller` says otherwise. */
  account?: (TaskTarget & { reseller: TaskTarget }) | null;
  reseller?: TaskTarget | null;
  /** For people reading Events and processes: what it acts on, e.g. 'database a12_shop'. */
  subject: string;
  /** Not before this time (default: now), e.g. an old copy removed once DNS caches have moved on. */
  runAfter?: Date;
}

/** What a handler gets for one attempt. */
export interface TaskJob {
  task: Task;
  /** A fresh EntityManager with system scope; the engine flushes it with the task's outcome. */
  em: EntityManager;
  /** The task's server, loaded with its sealed secret (null when the task has none). */
  server: DriverTarget | null;
  /** The task's secret, unsealed (null when none was given). */
  secret(): string | null;
  config: Config;
  log: Logger;
  /** Aborted when this worker lost the task's lease (another worker took it): stop early, the outcome is not recorded. */
  signal: AbortSignal;
}

/**
 * Runs one kind of task. `run` must be idempotent: after a crash it is run again from the start,
 * and running it twice must leave the server as running it once would (IF NOT EXISTS, IF EXISTS…).
 * Changes it makes to rows through `job.em` are flushed together with the task's DONE state.
 */
export interface TaskHandler {
  kind: string;
  run(job: TaskJob): Promise<void>;
  /** Called once when the task has failed for good (out of attempts) or is cancelled: mark the resource FAILED. */
  failed?(job: TaskJob): Promise<void>;
}

/**
 * An error that says the task's server cannot be reached now (its machine does not answer, or the
 * panel may not use it): the task waits and tries again later without spending an attempt, however
 * long the machine is away, and without holding up other servers' tasks.
 */
export interface ServerAwayError extends Error {
  readonly serverAway: true;
}

export function isServerAway(err: unknown): err is ServerAwayError {
  return err instanceof Error && (err as Partial<ServerAwayError>).serverAway === true;
}
