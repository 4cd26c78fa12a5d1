import { defineModule } from '../../module';
import { AccountBalance } from './account-balance.entity';
import { BillingProfile } from './billing-profile.entity';
import { scheduleBillingRun } from './billing-run';
import { BillingResolver } from './billing.resolver';
import { BillingService } from './billing.service';
import { InvoiceService } from './invoices.service';
import { PlanChangeService } from './plan-change.service';
import { SignupService } from './signup.service';
import { SignupThrottle } from '../identity/throttle';
import { InvoiceLine } from './invoice-line.entity';
import { InvoiceSequence } from './invoice-sequence.entity';
import { Invoice } from './invoice.entity';
import { InvoicesResolver, ResellerBillingResolver, UsageRecordResolver } from './invoices.resolver';
import { LedgerEntry } from './ledger-entry.entity';
import { TaxRate } from './tax-rate.entity';
import { TaxRateResolver } from './tax-rate.resolver';
import { UsageRecord } from './usage-record.entity';

/** Billing: the ledger and balances, invoices, taxes, usage, signup and plan changes, the billing run and dunning (BIL-2..4). */
export const billingModule = defineModule({
  name: 'billing',
  entities: [LedgerEntry, AccountBalance, Invoice, InvoiceLine, InvoiceSequence, TaxRate, UsageRecord, BillingProfile],
  services: (core) => ({
    billing: new BillingService(),
    invoices: new InvoiceService(),
    signup: new SignupService(new SignupThrottle(core.config.throttle.signupsPerHour)),
    planChanges: new PlanChangeService(),
  }),
  resolvers: [BillingResolver, InvoicesResolver, ResellerBillingResolver, UsageRecordResolver, TaxRateResolver],
  schedule: (_api, core) => scheduleBillingRun(core.tasks, core.config),
});
