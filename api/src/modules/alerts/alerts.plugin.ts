import type { ApolloServerPlugin } from '@apollo/server';
import { systemEm } from '../../db/scope';
import type { Ctx, Viewer } from '../../graphql/context';
import { Role } from '../identity';
import { raiseAlert } from './alerts.service';
import { CUSTOMER_MESSAGE, PROVIDER_SETUP, SetupProblemError, type SetupProblem } from './setup-problem';

/** Whose admins may read a problem's reason: the master admin any; a reseller admin its own company's only (servers are the master's). */
function mayRead(viewer: Viewer | null, problem: SetupProblem): boolean {
  if (viewer?.role === Role.MASTER_ADMIN) return true;
  return (
    viewer?.role === Role.RESELLER_ADMIN &&
    problem.company !== 'root' &&
    problem.company.resellerId === viewer.resellerId
  );
}

/**
 * Setup problems at the GraphQL edge, the one place every path goes through after its transaction
 * rolled back: each becomes an alert for the company's admins, and anyone who may not read its
 * reason (customers; a reseller's admins for the master's servers) gets the plain message, without
 * the operator's details (server names, groups).
 */
export const setupProblemsPlugin: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    let hide = false;
    return {
      async didEncounterErrors({ contextValue, errors }) {
        const problems = errors
          .map((e) => e.originalError)
          .filter((e): e is SetupProblemError => e instanceof SetupProblemError);
        hide = problems.some(({ problem }) => !mayRead(contextValue.viewer, problem));
        for (const { problem } of problems) {
          try {
            await raiseAlert(
              systemEm(
                contextValue.em,
                'an alert is raised for the company whose setup failed, whoever made the request (often an end user or nobody)',
              ),
              contextValue.config,
              problem,
            );
          } catch (err) {
            contextValue.log.error({ err, problem: problem.key }, 'could not record an operator alert');
          }
        }
      },
      async willSendResponse({ response }) {
        if (!hide || response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((e) =>
          e.extensions?.reason === PROVIDER_SETUP
            ? {
                message: CUSTOMER_MESSAGE,
                locations: e.locations,
                path: e.path,
                extensions: { code: 'CONFLICT', reason: PROVIDER_SETUP },
              }
            : e,
        );
      },
    };
  },
};
