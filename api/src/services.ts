import type { Config } from './config';
import type { EventBus } from './events';
import { SecretBox } from './secrets';
import { TaskService } from './tasks/tasks.service';
import { AccountService } from './modules/accounts/accounts.service';
import { AuthService } from './modules/identity/auth.service';
import { PreferencesService } from './modules/identity/preferences.service';
import { SessionService } from './modules/identity/sessions.service';
import { LoginThrottle, SignupThrottle } from './modules/identity/throttle';
import { ResellerService } from './modules/resellers/resellers.service';
import { UserService } from './modules/users/users.service';
import { IpAddressService } from './modules/servers/ip-addresses.service';
import { LogicalServerService } from './modules/servers/logical-servers.service';
import { PhysicalServerService } from './modules/servers/physical-servers.service';
import { PlacementService } from './modules/servers/placement.service';
import { ServerGroupService } from './modules/servers/server-groups.service';
import { MysqlService } from './modules/mysql/mysql.service';
import { DnsService } from './modules/dns/dns.service';
import { DomainService } from './modules/domains/domains.service';
import { BillingService } from './modules/billing/billing.service';
import { InvoiceService } from './modules/billing/invoices.service';
import { SignupService } from './modules/billing/signup.service';
import { PlanChangeService } from './modules/billing/plan-change.service';
import { PlanService } from './modules/plans/plans.service';
import { GatewayService } from './modules/payments/gateways.service';
import { PaymentService } from './modules/payments/payments.service';
import { RefundService } from './modules/payments/refunds.service';

/** One instance of each service per process; they hold no request state (that is in Ctx). app.ts wires the areas into them. */
export function serviceInstances(config: Config) {
  const sessions = new SessionService(config);
  const secrets = new SecretBox(config);
  const payments = new PaymentService(config, secrets);
  return {
    config,
    sessions,
    secrets,
    tasks: new TaskService(config, secrets),
    auth: new AuthService(new LoginThrottle(config.throttle)),
    preferences: new PreferencesService(),
    accounts: new AccountService(),
    users: new UserService(),
    resellers: new ResellerService(),
    physicalServers: new PhysicalServerService(),
    logicalServers: new LogicalServerService(),
    serverGroups: new ServerGroupService(),
    ipAddresses: new IpAddressService(),
    placement: new PlacementService(),
    mysql: new MysqlService(config, secrets),
    domains: new DomainService(),
    dns: new DnsService(),
    billing: new BillingService(),
    plans: new PlanService(),
    invoices: new InvoiceService(),
    signup: new SignupService(new SignupThrottle(config.throttle.signupsPerHour)),
    planChanges: new PlanChangeService(),
    gateways: new GatewayService(config, secrets),
    payments,
    refunds: new RefundService(config, secrets, payments.engine),
  };
}

/** The process's services, and the event bus areas react to each other through. */
export type Services = ReturnType<typeof serviceInstances> & { events: EventBus<Services> };
