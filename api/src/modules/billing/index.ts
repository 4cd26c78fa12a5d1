import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from '../../logger';
import { defineModule, type Areas } from '../../module';
import { AccountBalance } from './account-balance.entity';
import { BillingProfile } from './billing-profile.entity';
import { BillingRun, scheduleBillingRun, type BillingRunResult } from './billing-run';
import { BillingResolver } from './billing.resolver';
import { BillingService } from './billing.service';
import { mailInvoicesIssued } from './invoice-mail';
import { InvoiceService } from './invoices.service';
import { InvoiceLine } from './invoice-line.entity';
import { InvoiceSequence } from './invoice-sequence.entity';
import { Invoice } from './invoice.entity';
import { InvoicesResolver, ResellerBillingResolver, UsageRecordResolver } from './invoices.resolver';
import { LedgerEntry } from './ledger-entry.entity';
import { PlanPeriodTaxResolver } from './first-invoice.resolver';
import { billOpenedAccount } from './start-billing';
import { TaxRate } from './tax-rate.entity';
import { TaxRateResolver } from './tax-rate.resolver';
import { UsageRecord } from './usage-record.entity';
import { billingSettings } from './settings';
import { resellerDiskMb, resellerTrafficGb } from './reseller-usage';
import { ResourceKind } from '../plans';
import { quotasModule } from '../quotas';

declare module '../../events' {
  interface HelioEvents {
    /**
     * Invoices were issued (by a billing pass, as an account's first period, or by a plan change):
     * their rows, lines and charges are written. In their transaction.
     */
    'invoice.issued': { invoiceIds: readonly number[] };
    /** Open invoices were paid from the account's credit (state PAID, paid_at set). In their transaction. */
    'invoice.paid': { invoiceIds: readonly number[] };
  }
}

/** What the billing area's parts are given; `billingRun` is also where the payments area plugs in its card step. */
export interface BillingApi {
  billing: BillingService;
  invoices: InvoiceService;
  billingRun: BillingRun;
}

/** Billing: the ledger and balances, invoices, taxes, usage, the billing run and dunning (BIL-2..4). */
export const billingModule = defineModule<BillingApi>({
  name: 'billing',
  settings: billingSettings,
  entities: [LedgerEntry, AccountBalance, Invoice, InvoiceLine, InvoiceSequence, TaxRate, UsageRecord, BillingProfile],
  services: (core, areas) => {
    // Measured use shows against a reseller's quotas (never refused: it is billed).
    const { quotas } = areas.get(quotasModule);
    quotas.countWith(ResourceKind.DISK_MB, resellerDiskMb);
    quotas.countWith(ResourceKind.TRAFFIC_GB, (em, reseller) => resellerTrafficGb(em, reseller));
    return {
      billing: new BillingService(core),
      invoices: new InvoiceService(core),
      billingRun: new BillingRun(core),
    };
  },
  resolvers: [
    BillingResolver,
    InvoicesResolver,
    ResellerBillingResolver,
    UsageRecordResolver,
    TaxRateResolver,
    PlanPeriodTaxResolver,
  ],
  schedule: (api, core) => scheduleBillingRun(core, api.billingRun),
  events(bus, _api, core) {
    // An account opened on a plan: its billing profile is kept, and its first invoice issued unless it waits for moderation.
    bus.onInTransaction('account.opened', (event, { em }) => billOpenedAccount(em, core, event));
    // Each invoice issued is mailed to its account's billing address, in the issuing transaction.
    bus.onInTransaction('invoice.issued', ({ invoiceIds }, { em }) => mailInvoicesIssued(em, core.config, invoiceIds));
  },
});

/**
 * One billing run at `now`, with the billing area (and the steps other areas plugged in) of an app
 * built by createApp: `helio billing run`, the bench and tests.
 */
export function runBilling(
  deps: { orm: { em: EntityManager }; areas: Areas; log?: Logger },
  now = new Date(),
): Promise<BillingRunResult> {
  return deps.areas.get(billingModule).billingRun.run(deps.orm, now, deps.log);
}

export type { BillingRunResult, CollectResult, Collector } from './billing-run';
export { BillingProfile } from './billing-profile.entity';
export { profileSchema } from './billing-profile.validation';
export { Invoice, InvoiceState } from './invoice.entity';
export { InvoiceLine } from './invoice-line.entity';
export { BillingProfileInput, InvoiceLineView, lineView } from './invoices.inputs';
export { LedgerEntry } from './ledger-entry.entity';
export { LedgerKind } from './enums';
export { appendEntry, postEntry, readBalance } from './ledger';
export { moneyText, percentOf } from './money';
export { amountDue, invoiceDue, type InvoiceDue } from './settle';
export { settleAccount } from './dunning';
export { startBilling } from './start-billing';
export { invoicesIssued, issueDueInvoices, USAGE_USED, usageFree } from './issue-invoices';

export { INVOICE_STYLE_SOURCE } from './invoice-html';
export { isCurrency, parseAmount } from './money';
export { issueOneOffInvoice, voidOpenInvoice, type OneOffLine, type OneOffSpec } from './one-off-invoice';
