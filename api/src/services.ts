import type { ApiOf, Core } from './module';
import type { accountsModule } from './modules/accounts';
import type { billingModule } from './modules/billing';
import type { dnsModule } from './modules/dns';
import type { domainsModule } from './modules/domains';
import type { identityModule } from './modules/identity';
import type { mysqlModule } from './modules/mysql';
import type { paymentsModule } from './modules/payments';
import type { plansModule } from './modules/plans';
import type { resellersModule } from './modules/resellers';
import type { serversModule } from './modules/servers';
import type { usersModule } from './modules/users';

/**
 * @deprecated The core and every area's services in one bag (`ctx.services`), while the areas move to
 * the services their declaration builds and hands to their own resolvers and handlers.
 */
export type Services = Core &
  ApiOf<typeof identityModule> &
  ApiOf<typeof usersModule> &
  ApiOf<typeof accountsModule> &
  ApiOf<typeof resellersModule> &
  ApiOf<typeof serversModule> &
  ApiOf<typeof mysqlModule> &
  ApiOf<typeof dnsModule> &
  ApiOf<typeof domainsModule> &
  ApiOf<typeof billingModule> &
  ApiOf<typeof plansModule> &
  ApiOf<typeof paymentsModule>;
