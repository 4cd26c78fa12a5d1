import { defineModule } from '../../module';
import { setupProblemsPlugin } from './alerts.plugin';
import { OperatorAlertsResolver } from './alerts.resolver';
import * as postgresql from './migrations/postgresql';
import * as sqlite from './migrations/sqlite';
import { OperatorAlert } from './operator-alert.entity';

/**
 * Operator alerts: setup problems (no server with room, no service domain, a name server without
 * an address) that stopped a customer's request, kept per company for its admins. Other areas
 * only throw `setupProblem(...)`; the GraphQL edge records the alert and words the customer's error.
 */
export const alertsModule = defineModule({
  name: 'alerts',
  entities: [OperatorAlert],
  migrations: { sqlite, postgresql },
  resolvers: [OperatorAlertsResolver],
  graphqlPlugins: [setupProblemsPlugin],
});

export { raiseAlert, resolveAlert } from './alerts.service';
export {
  CUSTOMER_MESSAGE,
  FIX,
  PROVIDER_SETUP,
  setupProblem,
  SetupProblemError,
  type SetupProblem,
} from './setup-problem';
