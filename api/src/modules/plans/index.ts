import { defineModule } from '../../module';
import { PlanPeriod } from './plan-period.entity';
import { PlanResource } from './plan-resource.entity';
import { Plan } from './plan.entity';
import { AccountPlanResolver, PlansResolver } from './plans.resolver';
import { PlanService } from './plans.service';

/** Plans: resources, limits and prices a company sells (BIL-1). */
export const plansModule = defineModule({
  name: 'plans',
  entities: [Plan, PlanPeriod, PlanResource],
  services: () => ({ plans: new PlanService() }),
  resolvers: [PlansResolver, AccountPlanResolver],
});

export { ResourceKind } from './enums';
export type { UsageCounter } from './plans.service';
