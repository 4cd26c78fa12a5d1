import {
  BigIntType,
  Entity,
  Enum,
  Filter,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
} from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { Invoice } from '../billing';
import { User } from '../identity';
import { Reseller } from '../resellers';
import { CustomJobState, JobOrderedBy } from './enums';
import { JobType } from './job-type.entity';

/**
 * One ordered service (SUP-3) for one account: its price as ordered, its state, the invoice it was
 * billed on, and its own thread (CustomJobMessage). It belongs to the account's company, whose staff
 * do it: a reseller's customers reach the reseller, never the master.
 */
@ObjectType({ description: 'A custom job (an extra service) ordered for an account, with its state and thread.' })
@Entity({ tableName: 'custom_job' })
@Index({ properties: ['reseller', 'state'] })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class CustomJob {
  [OptionalProps]?: 'state' | 'invoice' | 'orderedByUser' | 'createdAt' | 'updatedAt' | 'closedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  @ManyToOne(() => Account, { deleteRule: 'cascade', index: true })
  account!: Account;

  /** Kept when the type is deleted: the job keeps its own name and price. */
  @ManyToOne(() => JobType, { nullable: true, deleteRule: 'set null', index: true })
  jobType!: JobType | null;

  @Field(() => String, { description: 'What is done (the job type’s name, or what the staff wrote).' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: 'The customer’s brief: what they want done.' })
  @Property({ type: 'text' })
  brief!: string;

  /** The price as ordered, in minor units of `currency`. */
  @Property({ type: new BigIntType('bigint') })
  priceMinor!: bigint;

  @Field(() => String, { description: 'ISO 4217 code of its price.' })
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Field(() => CustomJobState)
  @Enum({ items: () => CustomJobState, type: 'string', default: CustomJobState.ORDERED })
  state: CustomJobState = CustomJobState.ORDERED;

  /** The invoice it was billed on; null when it was free. */
  @ManyToOne(() => Invoice, { nullable: true, deleteRule: 'set null', index: true })
  invoice: Invoice | null = null;

  @Field(() => JobOrderedBy)
  @Enum({ items: () => JobOrderedBy, type: 'string' })
  orderedBy!: JobOrderedBy;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  orderedByUser: User | null = null;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When it became DONE or CANCELLED.' })
  @Property({ type: 'Date', nullable: true })
  closedAt: Date | null = null;
}
