import { defineModule } from '../module';

/**
 * Flows: the few operations that truly span areas (signing up, changing plan, adding and deleting a
 * domain, opening a reseller), each in one named file here. A flow uses areas through their
 * index.ts; no area imports a flow. Its GraphQL operations are this module's resolvers.
 */
export const flowsModule = defineModule({
  name: 'flows',
  resolvers: [],
});
