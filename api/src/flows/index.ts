import { defineModule } from '../module';
import { AddDomainFlow, AddDomainResolver } from './domain-add';
import { DeleteDomainFlow, DeleteDomainResolver } from './domain-delete';
import { OpenResellerResolver } from './open-reseller';
import { PlanChangeResolver, planChangeService, type PlanChangeService } from './plan-change';
import { SignupResolver, signupService, type SignupService } from './signup';

/**
 * Flows: the few operations that truly span areas (signing up, changing plan, adding and deleting a
 * domain, opening a reseller), each in one named file here. A flow uses areas through their
 * index.ts; no area imports a flow. Its GraphQL operations are this module's resolvers.
 */
/** The flows' services, each built from the core and the areas it spans. */
export interface FlowsApi {
  addDomain: AddDomainFlow;
  deleteDomain: DeleteDomainFlow;
  signup: SignupService;
  planChanges: PlanChangeService;
}

export const flowsModule = defineModule<FlowsApi>({
  name: 'flows',
  services: (core, areas) => ({
    addDomain: new AddDomainFlow(core, areas),
    deleteDomain: new DeleteDomainFlow(core),
    signup: signupService(core, areas),
    planChanges: planChangeService(core, areas),
  }),
  resolvers: [OpenResellerResolver, AddDomainResolver, DeleteDomainResolver, SignupResolver, PlanChangeResolver],
});
