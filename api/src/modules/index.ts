import type { AreaModule } from '../module';
import type { Services } from '../services';
import { accountsModule } from './accounts';
import { alertsModule } from './alerts';
import { auditModule } from './audit';
import { billingModule } from './billing';
import { dnsModule } from './dns';
import { domainsModule } from './domains';
import { identityModule } from './identity';
import { mysqlModule } from './mysql';
import { outboxModule } from './outbox';
import { paymentsModule } from './payments';
import { plansModule } from './plans';
import { resellersModule } from './resellers';
import { serversModule } from './servers';
import { usersModule } from './users';
import { webModule } from './web';

/**
 * Every area of the API, the one list the app is assembled from (app.ts): schema, entities, task
 * handlers, periodic jobs, HTTP routes and GraphQL plugins. Adding an area is one line here.
 */
export const MODULES: readonly AreaModule<Services>[] = [
  identityModule,
  usersModule,
  accountsModule,
  resellersModule,
  serversModule,
  mysqlModule,
  dnsModule,
  domainsModule,
  webModule,
  billingModule,
  plansModule,
  paymentsModule,
  auditModule,
  outboxModule,
  alertsModule,
];
