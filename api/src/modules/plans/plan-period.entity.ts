import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Plan } from './plan.entity';

/** A billing period a plan is sold for: its length and the discount on the plan's recurring fees. */
@Entity({ tableName: 'plan_period' })
@Unique({ properties: ['plan', 'months'] })
export class PlanPeriod {
  [OptionalProps]?: 'discountBp';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Plan, { deleteRule: 'cascade' })
  plan!: Plan;

  @Property({ type: 'integer' })
  months!: number;

  /** Discount on the recurring fees in basis points (1250 = 12.50 %). */
  @Property({ type: 'integer', default: 0 })
  discountBp: number = 0;
}
