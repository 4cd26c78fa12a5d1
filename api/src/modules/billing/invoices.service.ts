import type { FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import { rows } from '../../db/raw-sql';
import type { Ctx } from '../../graphql/context';
import { badInput, conflict, notFound, validate } from '../../errors';
import { findPage, parsePage, type Connection, type PageArgs } from '../../graphql/pagination';
import { accountForViewer } from '../accounts';
import { audit, AuditEvent } from '../audit';
import { Role, User } from '../identity';
import { ResourceKind } from '../plans';
import { Reseller } from '../resellers';
import { BillingProfile } from './billing-profile.entity';
import { InvoiceLine } from './invoice-line.entity';
import { Invoice, InvoiceState } from './invoice.entity';
import { voidOpenInvoice } from './one-off-invoice';
import { profileSchema } from './billing-profile.validation';
import type { Core } from '../../module';
import { formatPercent, parsePercent } from '../../money';
import { TaxRate } from './tax-rate.entity';
import { UsageRecord } from './usage-record.entity';

const taxSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  ratePercent: z.string().max(10),
  validFrom: z.date({ error: 'must be a date' }),
});
const settingsSchema = z.object({
  paymentTermDays: z
    .number()
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .max(365, 'must be at most 365'),
  reminderDays: z
    .array(z.number().int('must be whole numbers').min(0, 'must not be negative').max(365, 'must be at most 365'))
    .max(10, 'at most 10 reminders'),
  suspendAfterDays: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(365, 'must be at most 365')
    .nullable(),
  autoChargeDaysBefore: z
    .number()
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .max(60, 'must be at most 60')
    .nullish(),
  autoChargeAttempts: z
    .number()
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .max(10, 'must be at most 10')
    .nullish(),
});
const usageSchema = z.object({
  accountId: z.number().int().positive(), // parsed from the ID by the resolver
  kind: z.enum(ResourceKind),
  quantity: z.number().int('must be a whole number').min(0, 'must not be negative').max(1e12, 'is too large'),
  recordedAt: z.date({ error: 'must be a date' }).nullish(),
});

/** Invoices, tax rates, the company's billing settings, usage records and the audit trail (BIL-3). */
export class InvoiceService {
  constructor(private readonly core: Pick<Core, 'events' | 'tasks' | 'config'>) {}

  /**
   * Invoices of one account (yours or one you manage); without `accountId`, an admin gets every
   * invoice of the company and an end user those of the active account. Newest first.
   */
  async list(
    ctx: Ctx,
    accountId: number | null,
    state: InvoiceState | null,
    args: PageArgs,
  ): Promise<Connection<Invoice>> {
    const page = parsePage(args);
    const admin = ctx.viewer!.role !== Role.END_USER;
    const account = accountId !== null || !admin ? await accountForViewer(ctx, ctx.em, accountId) : null;
    return findPage(
      ctx.em,
      Invoice,
      (): FilterQuery<Invoice> => {
        const and: FilterQuery<Invoice>[] = [];
        if (account) and.push({ account: account.id });
        if (state) and.push({ state });
        if (page.search && /^\d{1,9}$/.test(page.search)) and.push({ number: Number(page.search) });
        return and.length ? { $and: and } : {};
      },
      page,
    );
  }

  async get(ctx: Ctx, id: number): Promise<Invoice> {
    const invoice = await ctx.em.findOne(Invoice, { id });
    if (!invoice) throw notFound('Invoice');
    return invoice;
  }

  lines(ctx: Ctx, invoice: Invoice): Promise<InvoiceLine[]> {
    return ctx.em.find(InvoiceLine, { invoice: invoice.id }, { orderBy: { position: 'asc' } });
  }

  /** Voids an open invoice: a CREDIT entry of its total reverses its charge; its lines stay as they were. */
  async void(ctx: Ctx, id: number, reason: string): Promise<Invoice> {
    const why = reason.trim();
    if (why.length < 3 || why.length > 500)
      throw badInput([{ field: 'reason', message: 'must say why, in 3–500 characters' }]);
    await ctx.em.transactional(async (em) => {
      const inv = await em.findOne(Invoice, { id }, { populate: ['account'] });
      if (!inv) throw notFound('Invoice');
      // A plan change already credited the unused part of this invoice's period: voiding it would
      // credit that part twice. The admin adds a credit for what is left instead.
      const [credited] = await rows<{ number: number }>(
        em,
        `select i.number from invoice i
         join invoice_line c on c.invoice_id = i.id and c.amount_minor < 0
         join invoice_line l on l.invoice_id = ? and l.amount_minor > 0 and l.period_end = c.period_end
         where i.account_id = ? and i.id > ? and i.state <> 'VOID' limit 1`,
        [inv.id, inv.account.id, inv.id],
      );
      if (credited)
        throw conflict(
          `Invoice ${credited.number} already credited the unused part of invoice ${inv.number}’s period; add a credit for the rest instead of voiding it`,
        );
      // The state moves only from OPEN, in one statement: two concurrent voids cannot both credit.
      if (!(await voidOpenInvoice(em, this.core, inv, why, em.getReference(User, ctx.viewer!.userId))))
        throw conflict(`Invoice ${inv.number} is ${inv.state.toLowerCase()}; only an open invoice can be voided`);
      audit(em, {
        resellerId: inv.reseller.id,
        accountId: inv.account.id,
        actorId: ctx.viewer!.userId,
        action: 'invoice.voided',
        detail: `Invoice ${inv.number} voided: ${why}`,
      });
    });
    this.core.tasks.notify();
    // Read again: the state moved by a statement, not through the entity.
    return ctx.em.findOneOrFail(Invoice, { id }, { refresh: true });
  }

  taxRates(ctx: Ctx): Promise<TaxRate[]> {
    return ctx.em.find(TaxRate, {}, { orderBy: { validFrom: 'desc' } });
  }

  /** Adds a tax rate from a date on (0 turns tax off from then). Invoices already issued keep theirs. */
  async addTaxRate(ctx: Ctx, input: unknown): Promise<TaxRate> {
    const v = validate(taxSchema, input);
    const rate = parsePercent(v.ratePercent);
    if (!rate.ok) throw badInput([{ field: 'ratePercent', message: rate.message }]);
    const resellerId = ctx.viewer!.resellerId;
    if (await ctx.em.findOne(TaxRate, { reseller: resellerId, validFrom: v.validFrom }))
      throw badInput([{ field: 'validFrom', message: 'already has a rate' }]);
    const tax = ctx.em.create(TaxRate, {
      reseller: ctx.em.getReference(Reseller, resellerId),
      name: v.name,
      rateBp: rate.bp,
      validFrom: v.validFrom,
    });
    audit(ctx.em, {
      resellerId,
      actorId: ctx.viewer!.userId,
      action: 'tax.added',
      detail: `${v.name} ${formatPercent(rate.bp)} % from ${v.validFrom.toISOString()}`,
    });
    await ctx.em.flush();
    return tax;
  }

  async updateSettings(ctx: Ctx, input: unknown): Promise<Reseller> {
    const v = validate(settingsSchema, input);
    const reseller = await ctx.em.findOneOrFail(Reseller, { id: ctx.viewer!.resellerId });
    reseller.paymentTermDays = v.paymentTermDays;
    reseller.reminderDays = [...new Set(v.reminderDays)].sort((a, b) => a - b).join(',');
    reseller.suspendAfterDays = v.suspendAfterDays;
    reseller.autoChargeDaysBefore = v.autoChargeDaysBefore ?? reseller.autoChargeDaysBefore;
    reseller.autoChargeAttempts = v.autoChargeAttempts ?? reseller.autoChargeAttempts;
    audit(ctx.em, {
      resellerId: reseller.id,
      actorId: ctx.viewer!.userId,
      action: 'billing.settings',
      detail:
        `Payment term ${v.paymentTermDays} days, reminders on days ${reseller.reminderDays || 'none'}, suspension after ${v.suspendAfterDays ?? 'never'}, ` +
        `cards charged ${reseller.autoChargeDaysBefore} days before due, ${reseller.autoChargeAttempts} attempts`,
    });
    await ctx.em.flush();
    return reseller;
  }

  /** A usage measurement for an account (a metering agent or an admin); the billing run charges it. */
  async recordUsage(ctx: Ctx, input: unknown): Promise<UsageRecord> {
    const v = validate(usageSchema, input);
    const account = await accountForViewer(ctx, ctx.em, v.accountId);
    const record = ctx.em.create(UsageRecord, {
      reseller: account.reseller,
      account,
      kind: v.kind,
      quantity: BigInt(v.quantity),
      recordedAt: v.recordedAt ?? new Date(),
    });
    await ctx.em.flush();
    return record;
  }

  /** Who the account's invoices are made out to (yours or one you manage; default: the active account). */
  async billingProfile(ctx: Ctx, accountId: number | null): Promise<BillingProfile | null> {
    const account = await accountForViewer(ctx, ctx.em, accountId);
    return ctx.em.findOne(BillingProfile, { account: account.id });
  }

  async updateBillingProfile(ctx: Ctx, accountId: number | null, input: unknown): Promise<BillingProfile> {
    const v = validate(profileSchema, input);
    const account = await accountForViewer(ctx, ctx.em, accountId);
    const existing = await ctx.em.findOne(BillingProfile, { account: account.id });
    const profile = existing
      ? ctx.em.assign(existing, v)
      : ctx.em.create(BillingProfile, { reseller: account.reseller, account, ...v });
    await ctx.em.flush();
    return profile;
  }

  async auditTrail(ctx: Ctx, accountId: number | null, args: PageArgs): Promise<Connection<AuditEvent>> {
    const page = parsePage(args);
    // A foreign or unknown account answers NOT_FOUND, not an empty trail.
    const account = accountId ? await accountForViewer(ctx, ctx.em, accountId) : null;
    return findPage(ctx.em, AuditEvent, () => (account ? { account: account.id } : {}), page);
  }
}
