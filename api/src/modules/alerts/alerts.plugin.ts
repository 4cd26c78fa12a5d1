import type { ApolloServerPlugin } from '@apollo/server';
import { systemEm } from '../../db/scope';
import type { Ctx } from '../../graphql/context';
import { isAdminRole } from '../identity/enums';
import { raiseAlert } from './alerts.service';
import { CUSTOMER_MESSAGE, PROVIDER_SETUP, SetupProblemError } from './setup-problem';

/**
 * Setup problems at the GraphQL edge, the one place every path goes through after its transaction
 * rolled back: each becomes an alert for the company's admins, and anyone but an admin gets the
 * plain message, without the operator's details (server names, groups).
 */
export const setupProblemsPlugin: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        const problems = errors.map((e) => e.originalError).filter((e): e is SetupProblemError => e instanceof SetupProblemError);
        for (const { problem } of problems) {
          try {
            await raiseAlert(systemEm(contextValue.em), problem);
          } catch (err) {
            contextValue.log.error({ err, problem: problem.key }, 'could not record an operator alert');
          }
        }
      },
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        const viewer = contextValue.viewer;
        if (viewer && isAdminRole(viewer.role)) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((e) =>
          e.extensions?.reason === PROVIDER_SETUP ? { message: CUSTOMER_MESSAGE, locations: e.locations, path: e.path, extensions: { code: 'CONFLICT', reason: PROVIDER_SETUP } } : e,
        );
      },
    };
  },
};
