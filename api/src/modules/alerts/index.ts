/**
 * Operator alerts: setup problems (no server with room, no service domain, a name server without
 * an address) that stopped a customer's request, kept per company for its admins. Other areas
 * only throw `setupProblem(...)`; the GraphQL edge records the alert and words the customer's error.
 */
export { OperatorAlert } from './operator-alert.entity';
export { OperatorAlertsResolver } from './alerts.resolver';
export { setupProblemsPlugin } from './alerts.plugin';
export { CUSTOMER_MESSAGE, FIX, PROVIDER_SETUP, setupProblem, SetupProblemError, type SetupProblem } from './setup-problem';
