import { defineModule } from '../../module';
import { PlanPeriod } from './plan-period.entity';
import { PlanResource } from './plan-resource.entity';
import { Plan } from './plan.entity';
import { AccountPlanResolver, PlansResolver } from './plans.resolver';

/** Plans: resources, limits and prices a company sells (BIL-1). */
export const plansModule = defineModule({
  name: 'plans',
  entities: [Plan, PlanPeriod, PlanResource],
  resolvers: [PlansResolver, AccountPlanResolver],
});

export { ResourceKind } from './enums';
export type { UsageCounter } from './plans.service';
