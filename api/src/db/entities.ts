import { Account } from '../modules/accounts/account.entity';
import { Session } from '../modules/identity/session.entity';
import { User } from '../modules/identity/user.entity';
import { Reseller } from '../modules/resellers/reseller.entity';
import { MysqlDatabase } from '../modules/mysql/mysql-database.entity';
import { MysqlGrant } from '../modules/mysql/mysql-grant.entity';
import { MysqlUser } from '../modules/mysql/mysql-user.entity';
import { AccountServer } from '../modules/servers/account-server.entity';
import { IpAddress } from '../modules/servers/ip-address.entity';
import { LogicalServer } from '../modules/servers/logical-server.entity';
import { PhysicalServer } from '../modules/servers/physical-server.entity';
import { ServerGroup } from '../modules/servers/server-group.entity';
import { Task } from '../tasks/task.entity';
import { ResourceRecord } from '../modules/dns/resource-record.entity';
import { Zone } from '../modules/dns/zone.entity';
import { Domain } from '../modules/domains/domain.entity';
import { WebSite } from '../modules/web/web-site.entity';
import { AccountBalance } from '../modules/billing/account-balance.entity';
import { LedgerEntry } from '../modules/billing/ledger-entry.entity';
import { Plan } from '../modules/plans/plan.entity';
import { PlanPeriod } from '../modules/plans/plan-period.entity';
import { PlanResource } from '../modules/plans/plan-resource.entity';
import { Invoice } from '../modules/billing/invoice.entity';
import { InvoiceLine } from '../modules/billing/invoice-line.entity';
import { InvoiceSequence } from '../modules/billing/invoice-sequence.entity';
import { TaxRate } from '../modules/billing/tax-rate.entity';
import { UsageRecord } from '../modules/billing/usage-record.entity';
import { BillingProfile } from '../modules/billing/billing-profile.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { MailMessage } from '../modules/outbox/mail-message.entity';
import { PaymentGateway } from '../modules/payments/gateway.entity';
import { SavedCard } from '../modules/payments/saved-card.entity';
import { Payment } from '../modules/payments/payment.entity';
import { GatewayEvent } from '../modules/payments/gateway-event.entity';
import { OperatorAlert } from '../modules/alerts';

/** Every entity, listed explicitly: no folder scanning, so tsc, SWC and bundlers all see the same set. */
export const entities = [
  Reseller, User, Account, Session,
  PhysicalServer, ServerGroup, LogicalServer, IpAddress, AccountServer,
  Task,
  MysqlDatabase, MysqlUser, MysqlGrant,
  Zone, ResourceRecord, Domain, WebSite,
  LedgerEntry, AccountBalance,
  Plan, PlanPeriod, PlanResource, Invoice, InvoiceLine, InvoiceSequence, TaxRate, UsageRecord, BillingProfile, AuditEvent, MailMessage,
  PaymentGateway, SavedCard, Payment, GatewayEvent,
  OperatorAlert,
];
