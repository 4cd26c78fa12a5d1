import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { AccountsResolver } from '../modules/accounts/accounts.resolver';
import { IdentityResolver } from '../modules/identity/identity.resolver';
import { ResellersResolver } from '../modules/resellers/resellers.resolver';
import { UsersResolver } from '../modules/users/users.resolver';
import { IpAddressesResolver } from '../modules/servers/ip-addresses.resolver';
import { LogicalServersResolver } from '../modules/servers/logical-servers.resolver';
import { PhysicalServersResolver } from '../modules/servers/physical-servers.resolver';
import { ServerGroupsResolver } from '../modules/servers/server-groups.resolver';
import { TasksResolver } from '../tasks/tasks.resolver';
import { MysqlDatabasesResolver, MysqlGrantsResolver, MysqlUsersResolver } from '../modules/mysql/mysql.resolver';
import { DnsRecordsResolver, DnsSettingsResolver } from '../modules/dns/dns.resolver';
import { DomainsResolver } from '../modules/domains/domains.resolver';
import { BillingResolver } from '../modules/billing/billing.resolver';
import { InvoicesResolver, ResellerBillingResolver, UsageRecordResolver } from '../modules/billing/invoices.resolver';
import { AccountPlanResolver, PlansResolver } from '../modules/plans/plans.resolver';
import { TaxRateResolver } from '../modules/billing/tax-rate.resolver';
import { InvoicePaymentsResolver, PaymentGatewaysResolver, PaymentsResolver, SavedCardResolver } from '../modules/payments/payments.resolver';
import { OperatorAlertsResolver } from '../modules/alerts';
import { assertEveryOperationDeclared, authChecker } from './access';

let cached: GraphQLSchema | undefined;

/** The executable schema. Built once per process; refuses to build if an operation lacks an access declaration. */
export function getSchema(): GraphQLSchema {
  if (!cached) {
    cached = buildSchemaSync({
      resolvers: [IdentityResolver, UsersResolver, AccountsResolver, ResellersResolver,
        PhysicalServersResolver, LogicalServersResolver, ServerGroupsResolver, IpAddressesResolver,
        TasksResolver,
        MysqlDatabasesResolver, MysqlUsersResolver, MysqlGrantsResolver,
        DomainsResolver, DnsRecordsResolver, DnsSettingsResolver,
        BillingResolver, InvoicesResolver, ResellerBillingResolver, UsageRecordResolver, PlansResolver, AccountPlanResolver, TaxRateResolver,
        PaymentGatewaysResolver, PaymentsResolver, InvoicePaymentsResolver, SavedCardResolver,
        OperatorAlertsResolver],
      authChecker,
      authMode: 'error',
      validate: false, // input is validated by zod in the services, which report per-field messages
      emitSchemaFile: false,
    });
    assertEveryOperationDeclared(cached);
  }
  return cached;
}

/** The public contract as committed in ../schema.graphql: sorted, so diffs stay readable. */
export function printPublicSchema(): string {
  return printSchema(lexicographicSortSchema(getSchema())) + '\n';
}
