import { Entity, Filter, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { User } from '../identity';
import { Reseller } from '../resellers';
import { CustomJob } from './custom-job.entity';

/**
 * One message of a custom job's thread: the customer's or the staff's. An internal note is the
 * staff's alone: it is never answered to the customer nor mailed. The account is kept on the row so
 * the tenant filter scopes messages as it scopes the job.
 */
@ObjectType({ description: 'A message of a custom job’s thread (customer ⇄ staff), or a staff-only internal note.' })
@Entity({ tableName: 'custom_job_message' })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class CustomJobMessage {
  [OptionalProps]?: 'internal' | 'createdAt' | 'author';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Account;

  @ManyToOne(() => CustomJob, { deleteRule: 'cascade', index: true })
  job!: CustomJob;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  author: User | null = null;

  @Field(() => Boolean, { description: 'Written by the company’s staff (else by the customer).' })
  @Property({ type: 'boolean' })
  fromStaff!: boolean;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Boolean, { description: 'A staff-only note: customers never see it.' })
  @Property({ type: 'boolean', default: false })
  internal: boolean = false;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
