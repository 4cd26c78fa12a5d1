import { flowsModule } from '../flows';
import type { AreaModule } from '../module';
import { accountsModule } from './accounts';
import { alertsModule } from './alerts';
import { auditModule } from './audit';
import { billingModule } from './billing';
import { dnsModule } from './dns';
import { domainsModule } from './domains';
import { identityModule } from './identity';
import { jobsModule } from './jobs';
import { knowledgeModule } from './knowledge';
import { mysqlModule } from './mysql';
import { notificationsModule } from './notifications';
import { outboxModule } from './outbox';
import { overviewModule } from './overview';
import { paymentsModule } from './payments';
import { plansModule } from './plans';
import { quotasModule } from './quotas';
import { resellersModule } from './resellers';
import { serversModule } from './servers';
import { sslModule } from './ssl';
import { supportModule } from './support';
import { themingModule } from './theming';
import { tokensModule } from './tokens';
import { usersModule } from './users';
import { webModule } from './web';
import { webhooksModule } from './webhooks';

/** An area of any services (each area's are its own). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the list holds areas of different services
export type AnyArea = AreaModule<any>;

/**
 * Every area of the API, the one list the app is assembled from (app.ts): schema, entities, task
 * handlers, periodic jobs, HTTP routes and GraphQL plugins. Adding an area is one line here.
 *
 * In dependency order: an area uses (`areas.get`) only areas listed before it, and its event
 * handlers run in this order.
 */
export const MODULES: readonly AnyArea[] = [
  resellersModule,
  identityModule,
  auditModule,
  plansModule,
  accountsModule,
  quotasModule,
  outboxModule,
  notificationsModule,
  alertsModule,
  serversModule,
  mysqlModule,
  domainsModule,
  dnsModule,
  webModule,
  billingModule,
  paymentsModule,
  usersModule,
  themingModule,
  sslModule,
  knowledgeModule,
  supportModule,
  jobsModule,
  webhooksModule,
  tokensModule,
  overviewModule,
  flowsModule,
];
