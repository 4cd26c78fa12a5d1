import { defineModule } from '../module';
import { identityModule } from '../modules/identity';
import { AddDomainFlow, AddDomainResolver } from './domain-add';
import { DeleteDomainFlow, DeleteDomainResolver } from './domain-delete';
import { FirstRunFlow, FirstRunResolver } from './first-run';
import { ImpersonationResolver, ImpersonationService } from './impersonation';
import { OpenResellerResolver } from './open-reseller';
import { ResellerLifecycle, ResellerLifecycleResolver } from './reseller-lifecycle';
import { PlanChangeResolver, planChangeService, type PlanChangeService } from './plan-change';
import { ResellerPlanResolver, resellerPlanService, type ResellerPlanService } from './reseller-plan';
import { SignupResolver, signupService, type SignupService } from './signup';

/**
 * Flows: the few operations that truly span areas (signing up, changing plan, adding and deleting a
 * domain, opening, suspending and deleting a reseller, a cluster's first run), each in one named file here. A flow uses areas through their
 * index.ts; no area imports a flow. Its GraphQL operations are this module's resolvers.
 */
/** The flows' services, each built from the core and the areas it spans. */
export interface FlowsApi {
  addDomain: AddDomainFlow;
  deleteDomain: DeleteDomainFlow;
  signup: SignupService;
  planChanges: PlanChangeService;
  resellerLifecycle: ResellerLifecycle;
  impersonation: ImpersonationService;
  resellerPlans: ResellerPlanService;
  firstRun: FirstRunFlow;
}

export const flowsModule = defineModule<FlowsApi>({
  name: 'flows',
  services: (core, areas) => {
    const planChanges = planChangeService(core, areas);
    return {
      addDomain: new AddDomainFlow(core, areas),
      deleteDomain: new DeleteDomainFlow(core),
      signup: signupService(core, areas),
      planChanges,
      resellerLifecycle: new ResellerLifecycle(core),
      impersonation: new ImpersonationService(core, areas.get(identityModule).sessions),
      resellerPlans: resellerPlanService(core, areas, planChanges),
      firstRun: new FirstRunFlow(areas),
    };
  },
  resolvers: [
    OpenResellerResolver,
    ResellerLifecycleResolver,
    ImpersonationResolver,
    AddDomainResolver,
    DeleteDomainResolver,
    SignupResolver,
    PlanChangeResolver,
    ResellerPlanResolver,
    FirstRunResolver,
  ],
});
