import { Entity, Filter, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { User } from '../identity';
import { Reseller } from '../resellers';

/** The account an event is about: the accounts area's row, named rather than imported (it is a higher area). */
export interface AuditedAccount {
  id: number;
}

/**
 * The audit trail: who did what to money, plans and accounts, and when. Rows are only inserted,
 * in the transaction of the action they record, so an action and its record commit together.
 */
@ObjectType({ description: 'An entry of the audit trail: an admin’s or the billing run’s action.' })
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['reseller', 'id'] })
@Index({ properties: ['account', 'id'] })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class AuditEvent {
  [OptionalProps]?: 'account' | 'actor' | 'createdAt' | 'via';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  @ManyToOne({ entity: 'Account', nullable: true, deleteRule: 'set null' })
  account: AuditedAccount | null = null;

  /** Null for the billing run and other system work. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  actor: User | null = null;

  @Field(() => String, { description: 'What happened, e.g. "payment.recorded", "plan.updated", "account.approved".' })
  @Property({ type: 'string', length: 60 })
  action!: string;

  @Field(() => String, { description: 'The details, in words.' })
  @Property({ type: 'string', length: 1000 })
  detail!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the action was taken through when not the panel, e.g. `API token "deploy"`; null in the panel.',
  })
  @Property({ type: 'string', length: 120, nullable: true })
  via: string | null = null;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
