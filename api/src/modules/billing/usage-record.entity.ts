import { BigIntType, Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { ResourceKind } from '../plans';
import { Reseller } from '../resellers';

/**
 * A measurement of a resource at a moment (BIL-3 usage charges): disk in MB, traffic in GB since
 * the last record, or a count. At each period start the billing run charges the previous period's
 * records above the plan's free units (peak for most kinds, sum for traffic): the window, not a
 * mark on the record, keeps a record from being charged twice.
 */
@ObjectType({ description: 'A usage measurement: disk MB, traffic GB, or a count, at a moment.' })
@Entity({ tableName: 'usage_record' })
@Index({ properties: ['account', 'recordedAt'] })
// A company's use month by month (the admin home's history).
@Index({ properties: ['reseller', 'recordedAt'] })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class UsageRecord {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'restrict' })
  reseller!: Reseller;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Account;

  @Field(() => ResourceKind)
  @Enum({ items: () => ResourceKind, type: 'string' })
  kind!: ResourceKind;

  @Property({ type: new BigIntType('bigint') })
  quantity!: bigint;

  @Field(() => Date)
  @Property({ type: 'Date' })
  recordedAt!: Date;
}
