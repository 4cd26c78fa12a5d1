import { BigIntType, Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { ResourceKind } from './enums';
import { Plan } from './plan.entity';

/**
 * One resource of a plan: how much of it an account may have (null: no limit), how many units
 * are free, and its prices: once at the start, per month, and per unit used above the free units.
 */
@Entity({ tableName: 'plan_resource' })
@Unique({ properties: ['plan', 'kind'] })
export class PlanResource {
  [OptionalProps]?: 'maxUnits' | 'freeUnits' | 'setupFeeMinor' | 'recurringFeeMinor' | 'usagePriceMinor';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Plan, { deleteRule: 'cascade' })
  plan!: Plan;

  @Enum({ items: () => ResourceKind, type: 'string' })
  kind!: ResourceKind;

  @Property({ type: 'integer', nullable: true })
  maxUnits: number | null = null;

  /** Included before usage is charged: at peak for most kinds; for traffic, per month of the period. */
  @Property({ type: 'integer', default: 0 })
  freeUnits: number = 0;

  @Property({ type: new BigIntType('bigint'), default: 0 })
  setupFeeMinor: bigint = 0n;

  /** Per month, before the period's discount. */
  @Property({ type: new BigIntType('bigint'), default: 0 })
  recurringFeeMinor: bigint = 0n;

  /** Per unit above the free units in a period (metered kinds: per MB of peak disk, per GB of traffic). */
  @Property({ type: new BigIntType('bigint'), default: 0 })
  usagePriceMinor: bigint = 0n;
}
