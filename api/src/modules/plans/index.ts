import { defineModule } from '../../module';
import * as postgresql from './migrations/postgresql';
import * as sqlite from './migrations/sqlite';
import { PlanPeriod } from './plan-period.entity';
import { PlanResource } from './plan-resource.entity';
import { Plan } from './plan.entity';
import { PlansResolver } from './plans.resolver';
import { PlanService } from './plans.service';
import type { ResourceKind } from './enums';

declare module '../../events' {
  interface HelioEvents {
    /** A saved plan's limits went up for `raised` kinds. In its transaction: quotas may refuse the raise. */
    'plan.limitsRaised': { plan: Plan; raised: ResourceKind[] };
  }
}

/** Plans: resources, limits and prices a company sells (BIL-1). */
export const plansModule = defineModule({
  name: 'plans',
  entities: [Plan, PlanPeriod, PlanResource],
  migrations: { sqlite, postgresql },
  services: (core) => ({ plans: new PlanService(core) }),
  resolvers: [PlansResolver],
});

export { ResourceKind } from './enums';
export { Plan } from './plan.entity';
export { PlanService, type UsageCounter } from './plans.service';
export { ResourceLimit } from './plans.inputs';
export { assertWithinLimit, DEFAULT_LIMITS, limitsOf, RESOURCE_LABEL, type PlanHolder } from './limits';
export { METERED } from './enums';
export type { BilledAccount, PlanAccounts } from './plan-accounts';

export { PlanPeriod } from './plan-period.entity';
export { PlanResource } from './plan-resource.entity';
export { ChangePlanInput, PlanPeriodView } from './plans.inputs';
export { addMonthsUtc, capitalized, recurringLines, sumOf, type PriceLine } from './pricing';
export { putOnPlan } from './testing';
