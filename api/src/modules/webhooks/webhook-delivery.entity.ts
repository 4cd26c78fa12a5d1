import { Entity, Filter, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { Reseller } from '../resellers';
import { Webhook } from './webhook.entity';

/**
 * One attempt to deliver one event to one webhook: what the receiver answered (status code, the
 * start of its body), how long it took, or why nothing was sent. A retried event has a row per
 * attempt, with the same event ID.
 */
@ObjectType({ description: 'One attempt to deliver an event to a webhook, and how it went.' })
@Entity({ tableName: 'webhook_delivery' })
@Index({ properties: ['webhook', 'id'] })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class WebhookDelivery {
  [OptionalProps]?: 'account' | 'statusCode' | 'error' | 'response' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'cascade' })
  account: Account | null = null;

  @ManyToOne(() => Webhook, { deleteRule: 'cascade', index: true })
  webhook!: Webhook;

  @Field(() => String, { description: 'The event’s ID (its payload’s `id`): the same on every attempt.' })
  @Property({ type: 'string', length: 40 })
  eventId!: string;

  @Field(() => String, { description: 'The event’s type, e.g. "invoice.paid" ("webhook.test" for a test event).' })
  @Property({ type: 'string', length: 40 })
  eventType!: string;

  @Field(() => Int, { description: 'Which attempt this was (1 for the first).' })
  @Property({ type: 'integer' })
  attempt!: number;

  @Field(() => Boolean, { description: 'The receiver answered 2xx.' })
  @Property({ type: 'boolean' })
  ok!: boolean;

  @Field(() => Int, { nullable: true, description: 'The HTTP status the receiver answered; null when none came.' })
  @Property({ type: 'integer', nullable: true })
  statusCode: number | null = null;

  @Field(() => Int, { description: 'Milliseconds from connecting to the answer (or the failure).' })
  @Property({ type: 'integer' })
  durationMs!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Why the attempt failed without an answer (refused target, timeout, connection error).',
  })
  @Property({ type: 'string', length: 500, nullable: true })
  error: string | null = null;

  @Field(() => String, { nullable: true, description: 'The start of the receiver’s answer (at most 500 characters).' })
  @Property({ type: 'string', length: 500, nullable: true })
  response: string | null = null;

  @Field(() => Date, { description: 'When the attempt was made.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
