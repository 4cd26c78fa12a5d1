import { Entity, Filter, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { Reseller } from '../resellers';
import { WebhookEventType } from './events';

/**
 * A subscription of a URL to events: a company's (`account` null: the events of all its accounts,
 * kept by its admins, the master's for the root company) or an end user's (`account`: that
 * account's events only). Signed with its own secret, kept sealed by the secret box.
 */
@ObjectType({ description: 'A URL told about events, each delivery signed with the webhook’s secret.' })
@Entity({ tableName: 'webhook' })
@Index({ properties: ['reseller', 'account'] })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class Webhook {
  [OptionalProps]?: 'account' | 'enabled' | 'description' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  /** The end user's account whose events it hears; null: a company webhook, every account's. */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'cascade' })
  account: Account | null = null;

  @Field(() => String, { description: 'Where deliveries are POSTed (http or https).' })
  @Property({ type: 'string', length: 2000 })
  url!: string;

  @Field(() => [WebhookEventType], { description: 'The events it is told about.' })
  @Property({ type: 'json' })
  events!: WebhookEventType[];

  @Field(() => Boolean, { description: 'Off: events are not delivered to it (a test event still is).' })
  @Property({ type: 'boolean', default: true })
  enabled: boolean = true;

  @Field(() => String, { description: 'A note for the people who keep it.' })
  @Property({ type: 'string', length: 200, default: '' })
  description: string = '';

  /** The signing secret, sealed (AES-256-GCM by the secret box); shown only on creation and rotation. */
  @Property({ type: 'text', lazy: true })
  secret!: string;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'Date' })
  updatedAt: Date = new Date();
}
