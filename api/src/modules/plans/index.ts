import { defineModule } from '../../module';
import { PlanPeriod } from './plan-period.entity';
import { PlanResource } from './plan-resource.entity';
import { Plan } from './plan.entity';
import { PlansResolver } from './plans.resolver';
import { PlanService } from './plans.service';

/** Plans: resources, limits and prices a company sells (BIL-1). */
export const plansModule = defineModule({
  name: 'plans',
  entities: [Plan, PlanPeriod, PlanResource],
  services: () => ({ plans: new PlanService() }),
  resolvers: [PlansResolver],
});

export { ResourceKind } from './enums';
export { Plan } from './plan.entity';
export { PlanService, type UsageCounter } from './plans.service';
export { ResourceLimit } from './plans.inputs';
export { assertWithinLimit, RESOURCE_LABEL, type PlanHolder } from './limits';
export type { BilledAccount, PlanAccounts } from './plan-accounts';

export { PlanPeriod } from './plan-period.entity';
export { PlanResource } from './plan-resource.entity';
export { ChangePlanInput } from './plans.inputs';
export { addMonthsUtc, capitalized, recurringLines, sumOf, type PriceLine } from './pricing';
export { putOnPlan } from './testing';
