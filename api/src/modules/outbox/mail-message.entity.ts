import { Entity, Filter, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { Reseller } from '../resellers';

/**
 * An e-mail to a customer, written in the transaction of what caused it (the outbox): a reminder
 * is never lost to a crash, nor sent for a change that rolled back. The mail sender delivers it
 * over SMTP and sets `sentAt`. `dedupKey` makes a repeated run write the same mail once.
 */
@ObjectType({ description: 'An e-mail sent (or waiting to be sent) to a customer.' })
@Entity({ tableName: 'mail_message' })
@Index({ properties: ['sentAt', 'id'] })
@Unique({ properties: ['dedupKey'] })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class MailMessage {
  [OptionalProps]?: 'account' | 'sentAt' | 'attempts' | 'lastError' | 'dedupKey' | 'replyTo' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  account: Account | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 254 })
  recipient!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  subject!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  dedupKey: string | null = null;

  /** Where answers go when not the company's support address (a support ticket's signed reply address). */
  @Property({ type: 'string', length: 254, nullable: true })
  replyTo: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  sentAt: Date | null = null;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'string', length: 500, nullable: true })
  lastError: string | null = null;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
