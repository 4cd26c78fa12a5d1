import {
  BigIntType,
  Collection,
  Entity,
  Enum,
  Filter,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { resellerOwnedScope, SCOPE } from '../../db/scope';
import { Reseller } from '../resellers';
import { Platform } from './enums';
import { PlanPeriod } from './plan-period.entity';
import { PlanResource } from './plan-resource.entity';

/**
 * A hosting plan of one company (BIL-1): the billing periods it is sold for and the resources it
 * includes, each with a limit and prices. Prices are in the company's currency, in minor units.
 * Changing a plan changes future periods only: issued invoices never change.
 */
@ObjectType({ description: 'A hosting plan: billing periods with discounts, resources with limits and prices.' })
@Entity({ tableName: 'plan' })
@Unique({ properties: ['reseller', 'name'] })
@Filter({ name: SCOPE, default: true, cond: resellerOwnedScope })
export class Plan {
  [OptionalProps]?:
    | 'description'
    | 'platform'
    | 'signupEnabled'
    | 'moderated'
    | 'forResellers'
    | 'oversellPercent'
    | 'setupFeeMinor'
    | 'recurringFeeMinor'
    | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'restrict' })
  reseller!: Reseller;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: 'Shown to customers on the signup page.' })
  @Property({ type: 'string', length: 1000, default: '' })
  description: string = '';

  @Field(() => Platform)
  @Enum({ items: () => Platform, type: 'string', default: Platform.UNIX })
  platform: Platform = Platform.UNIX;

  @Field(() => Boolean, { description: 'Offered on the public signup page and for plan changes.' })
  @Property({ type: 'boolean', default: false })
  signupEnabled: boolean = false;

  @Field(() => Boolean, { description: 'New signups wait in the moderation queue until an admin approves them.' })
  @Property({ type: 'boolean', default: false })
  moderated: boolean = false;

  @Field(() => Boolean, {
    description:
      'A reseller plan (master only): sold to resellers, its resources are their quotas over all their customers. Never offered at signup nor given to an end user’s account.',
  })
  @Property({ type: 'boolean', default: false })
  forResellers: boolean = false;

  @Field(() => Int, {
    description:
      'Reseller plans: how far, in percent of a quota, the limits of the reseller’s customers’ plans may add up beyond it (0: no overselling).',
  })
  @Property({ type: 'integer', default: 0 })
  oversellPercent: number = 0;

  /** Charged once when an account starts on the plan. */
  @Property({ type: new BigIntType('bigint'), default: 0 })
  setupFeeMinor: bigint = 0n;

  /** The plan's own price per month, before the period's discount. */
  @Property({ type: new BigIntType('bigint'), default: 0 })
  recurringFeeMinor: bigint = 0n;

  @OneToMany(() => PlanPeriod, (p) => p.plan, { orphanRemoval: true })
  periods = new Collection<PlanPeriod>(this);

  @OneToMany(() => PlanResource, (r) => r.plan, { orphanRemoval: true })
  resources = new Collection<PlanResource>(this);

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
