import { Entity, Enum, Filter, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../db/scope';

/**
 * A row of an area that a task points at (its server, account, company). The engine names those
 * entities (LogicalServer, Account, Reseller) rather than importing them, and needs only their ids;
 * the areas that own them add the GraphQL fields that show them (servers: Task.server; accounts:
 * Task.account).
 */
export interface TaskTarget {
  id: number;
}

export enum TaskState {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TaskState, {
  name: 'TaskState',
  description:
    'QUEUED: waiting (or waiting to retry). RUNNING: a worker holds its lease. DONE. FAILED: out of attempts; an admin may retry. CANCELLED by an admin.',
});

/**
 * A durable change to a real server (SRV-5, H-Sphere's "events and processes"). The row is the
 * source of truth: a worker claims it with a lease, runs its handler through a driver, and records
 * the outcome; a lease left by a killed worker expires and the task is claimed again.
 */
@ObjectType({ description: 'A change to a real server, run by the task engine: state, attempts, last error.' })
@Entity({ tableName: 'task' })
@Index({ properties: ['state', 'runAfter'] })
@Index({ properties: ['server', 'state'] })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class Task {
  [OptionalProps]?:
    | 'state'
    | 'payload'
    | 'secret'
    | 'server'
    | 'account'
    | 'reseller'
    | 'subject'
    | 'attempts'
    | 'maxAttempts'
    | 'runAfter'
    | 'leaseOwner'
    | 'leaseUntil'
    | 'lastError'
    | 'createdAt'
    | 'startedAt'
    | 'finishedAt';

  @Field(() => ID, { description: 'The task number shown in Events and processes.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'What the task does, e.g. "mysql.createDatabase".' })
  @Property({ type: 'string', length: 64 })
  kind!: string;

  @Field(() => TaskState, { description: 'Where the task is in its life: queued, running, done, failed or cancelled.' })
  @Enum({ items: () => TaskState, type: 'string' })
  state: TaskState = TaskState.QUEUED;

  /** Handler input; never holds secrets (those go, encrypted, in `secret`). */
  @Property({ type: 'json' })
  payload: Record<string, unknown> = {};

  /** AES-256-GCM ciphertext of a secret the handler needs (a password to set); cleared once DONE or CANCELLED (kept while FAILED, for a retry). */
  @Property({ type: 'text', nullable: true, lazy: true })
  secret: string | null = null;

  @ManyToOne({ entity: 'LogicalServer', nullable: true, deleteRule: 'set null' })
  server: TaskTarget | null = null;

  @ManyToOne({ entity: 'Account', nullable: true, deleteRule: 'set null' })
  account: TaskTarget | null = null;

  @ManyToOne({ entity: 'Reseller', nullable: true, deleteRule: 'set null' })
  reseller: TaskTarget | null = null;

  @Field(() => String, { description: 'What it acts on, for people: e.g. "database a12_shop".' })
  @Property({ type: 'string', length: 200, default: '' })
  subject: string = '';

  @Field(() => Int, { description: 'Attempts started so far (a retry by an admin starts again from 0).' })
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Field(() => Int, { description: 'Attempts before the task is FAILED for good.' })
  @Property({ type: 'integer', default: 5 })
  maxAttempts: number = 5;

  @Field(() => Date, { description: 'Not run before this time (retry backoff).' })
  @Property({ type: 'Date' })
  runAfter: Date = new Date();

  @Property({ type: 'string', length: 100, nullable: true })
  leaseOwner: string | null = null;

  @Property({ type: 'Date', nullable: true })
  leaseUntil: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Error of the last failed attempt.' })
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Field(() => Date, { description: 'When the task was queued.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When its latest attempt started.' })
  @Property({ type: 'Date', nullable: true })
  startedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it ended: DONE, FAILED or CANCELLED.' })
  @Property({ type: 'Date', nullable: true })
  finishedAt: Date | null = null;
}
