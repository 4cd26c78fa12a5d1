import { Arg, Args, Ctx as Context, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId, parseOptionalId } from '../../errors';
import { PageArgs, type Connection } from '../../graphql/pagination';
import { Account } from '../accounts/account.entity';
import type { AuditEvent } from '../audit/audit-event.entity';
import { Reseller } from '../resellers/reseller.entity';
import { BillingProfile } from './billing-profile.entity';
import { runBilling } from './billing-run';
import { reminderDays } from './dunning';
import { invoiceHtml } from './invoice-html';
import type { InvoiceLine } from './invoice-line.entity';
import { Invoice } from './invoice.entity';
import {
  AddAccountInput,
  AuditEventConnection,
  BillingProfileInput,
  BillingRunView,
  BillingSettingsInput,
  InvoiceConnection,
  InvoiceLineView,
  InvoicesArgs,
  PlanChangeQuoteView,
  SignupInput,
  TaxRateInput,
  UsageInput,
} from './invoices.inputs';
import { formatPercent } from './money';
import { Money } from './money.type';
import type { PlanChangeQuote } from './plan-change.service';
import { ChangePlanInput } from '../plans/plans.inputs';
import { TaxRate } from './tax-rate.entity';
import { UsageRecord } from './usage-record.entity';
import { ListBound } from '../../graphql/list-bound';
import { unscoped } from '../../db/scope';

export function lineView(
  l: Pick<
    InvoiceLine,
    'description' | 'resourceKind' | 'periodStart' | 'periodEnd' | 'quantity' | 'unitPriceMinor' | 'amountMinor'
  >,
  position: number,
  currency: string,
): InvoiceLineView {
  return {
    position,
    description: l.description,
    resourceKind: l.resourceKind,
    periodStart: l.periodStart,
    periodEnd: l.periodEnd,
    quantity: l.quantity,
    unitPrice: Money.of(l.unitPriceMinor, currency),
    amount: Money.of(l.amountMinor, currency),
  };
}

function quoteView(q: PlanChangeQuote): PlanChangeQuoteView {
  const money = (m: bigint) => Money.of(m, q.currency);
  return {
    plan: q.plan,
    periodMonths: q.periodMonths,
    lines: q.lines.map((l, i) => lineView(l, i + 1, q.currency)),
    subtotal: money(q.subtotalMinor),
    tax: money(q.taxMinor),
    total: money(q.totalMinor),
    taxName: q.taxName,
    taxPercent: q.taxRateBp ? formatPercent(q.taxRateBp) : null,
    periodStart: q.periodStart,
    periodEnd: q.periodEnd,
  };
}

function changeArgs(input: ChangePlanInput) {
  return {
    accountId: parseOptionalId(input.accountId, 'accountId'),
    planId: parseId(input.planId, 'planId'),
    periodMonths: input.periodMonths,
  };
}

@Resolver(() => Invoice)
export class InvoicesResolver {
  @Access('user')
  @Query(() => InvoiceConnection, { description: 'Invoices, newest first; `search` matches an invoice number.' })
  invoices(@Context() ctx: Ctx, @Args(() => InvoicesArgs) args: InvoicesArgs): Promise<Connection<Invoice>> {
    return ctx.services.invoices.list(ctx, parseOptionalId(args.accountId, 'accountId'), args.state ?? null, args);
  }

  @Access('user')
  @Query(() => Invoice, { description: 'One invoice you may see; NOT_FOUND otherwise.' })
  invoice(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Invoice> {
    return ctx.services.invoices.get(ctx, parseId(id));
  }

  @Access('admin')
  @Mutation(() => Invoice, {
    description: 'Voids an open invoice: a credit entry reverses its charge. CONFLICT unless it is open.',
  })
  voidInvoice(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<Invoice> {
    return ctx.services.invoices.void(ctx, parseId(id), reason);
  }

  @Access('user')
  @Query(() => PlanChangeQuoteView, {
    description: 'What moving an account to a plan and period would cost now; changes nothing.',
  })
  async planChangeQuote(
    @Context() ctx: Ctx,
    @Arg('input', () => ChangePlanInput) input: ChangePlanInput,
  ): Promise<PlanChangeQuoteView> {
    return quoteView(await ctx.services.planChanges.quote(ctx, changeArgs(input)));
  }

  @Access('user')
  @Mutation(() => PlanChangeQuoteView, {
    description: 'Moves an account to a plan and period with proration; answers what was invoiced.',
  })
  async changePlan(
    @Context() ctx: Ctx,
    @Arg('input', () => ChangePlanInput) input: ChangePlanInput,
  ): Promise<PlanChangeQuoteView> {
    return quoteView(await ctx.services.planChanges.change(ctx, changeArgs(input)));
  }

  @Access('public')
  @Mutation(() => Account, {
    description:
      'The public signup (BIL-2): user, account, billing profile and first invoice in one transaction; signs the new user in.',
  })
  signup(@Context() ctx: Ctx, @Arg('input', () => SignupInput) input: SignupInput): Promise<Account> {
    return ctx.services.signup.signup(ctx, input);
  }

  @Access('user')
  @Mutation(() => Account, { description: 'Opens another account for you under a plan, with the same login.' })
  addAccount(@Context() ctx: Ctx, @Arg('input', () => AddAccountInput) input: AddAccountInput): Promise<Account> {
    return ctx.services.signup.addAccount(ctx, input);
  }

  @Access('admin')
  @Mutation(() => Account, { description: 'Approves an account waiting in the moderation queue.' })
  approveAccount(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Account> {
    return ctx.services.signup.approve(ctx, parseId(id));
  }

  @Access('admin')
  @Mutation(() => Account, {
    description: 'Refuses an account waiting in moderation: its invoices are voided; it stays out of service.',
  })
  rejectAccount(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<Account> {
    return ctx.services.signup.reject(ctx, parseId(id), { reason });
  }

  @Access('admin')
  @ListBound(200)
  @Query(() => [TaxRate], { description: 'Your company’s tax rates, newest first.' })
  taxRates(@Context() ctx: Ctx): Promise<TaxRate[]> {
    return ctx.services.invoices.taxRates(ctx);
  }

  @Access('admin')
  @Mutation(() => TaxRate, { description: 'Adds a tax rate from a date on.' })
  addTaxRate(@Context() ctx: Ctx, @Arg('input', () => TaxRateInput) input: TaxRateInput): Promise<TaxRate> {
    return ctx.services.invoices.addTaxRate(ctx, input);
  }

  @Access('admin')
  @Mutation(() => Reseller, { description: 'Sets your company’s payment term and dunning.' })
  updateBillingSettings(
    @Context() ctx: Ctx,
    @Arg('input', () => BillingSettingsInput) input: BillingSettingsInput,
  ): Promise<Reseller> {
    return ctx.services.invoices.updateSettings(ctx, input);
  }

  @Access('admin')
  @Mutation(() => UsageRecord, {
    description:
      'Records usage of an account (disk, traffic, counts); the billing run charges it above the free units.',
  })
  recordUsage(@Context() ctx: Ctx, @Arg('input', () => UsageInput) input: UsageInput): Promise<UsageRecord> {
    return ctx.services.invoices.recordUsage(ctx, { ...input, accountId: parseId(input.accountId, 'accountId') });
  }

  @Access('master')
  @Mutation(() => BillingRunView, { description: 'Runs the billing run now (it also runs every hour).' })
  async runBilling(@Context() ctx: Ctx): Promise<BillingRunView> {
    const r = await runBilling({ orm: { em: ctx.em }, services: ctx.services, log: ctx.log });
    return { ...r, cardsCharged: r.cards.charged, cardsDeclined: r.cards.declined };
  }

  @Access('admin')
  @Query(() => AuditEventConnection, {
    description: 'The audit trail of your company (or of one account), newest first.',
  })
  auditEvents(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('accountId', () => ID, { nullable: true }) accountId?: string | null,
  ): Promise<Connection<AuditEvent>> {
    return ctx.services.invoices.auditTrail(ctx, parseOptionalId(accountId, 'accountId'), page);
  }

  @Access('user')
  @Query(() => BillingProfile, {
    nullable: true,
    description: 'Who an account’s invoices are made out to (default: your active account).',
  })
  billingProfile(
    @Context() ctx: Ctx,
    @Arg('accountId', () => ID, { nullable: true }) accountId?: string | null,
  ): Promise<BillingProfile | null> {
    return ctx.services.invoices.billingProfile(ctx, parseOptionalId(accountId, 'accountId'));
  }

  @Access('user')
  @Mutation(() => BillingProfile, { description: 'Sets who an account’s invoices are made out to.' })
  updateBillingProfile(
    @Context() ctx: Ctx,
    @Arg('input', () => BillingProfileInput) input: BillingProfileInput,
    @Arg('accountId', () => ID, { nullable: true }) accountId?: string | null,
  ): Promise<BillingProfile> {
    return ctx.services.invoices.updateBillingProfile(ctx, parseOptionalId(accountId, 'accountId'), input);
  }

  @FieldResolver(() => ID)
  accountId(@Root() invoice: Invoice): string {
    return String(invoice.account.id);
  }

  @FieldResolver(() => Money)
  subtotal(@Root() invoice: Invoice): Money {
    return Money.of(invoice.subtotalMinor, invoice.currency);
  }

  @FieldResolver(() => Money)
  tax(@Root() invoice: Invoice): Money {
    return Money.of(invoice.taxMinor, invoice.currency);
  }

  @FieldResolver(() => Money)
  total(@Root() invoice: Invoice): Money {
    return Money.of(invoice.totalMinor, invoice.currency);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The tax rate applied, in percent.' })
  taxPercent(@Root() invoice: Invoice): string | null {
    return invoice.taxRateBp ? formatPercent(invoice.taxRateBp) : null;
  }

  @ListBound(200)
  @FieldResolver(() => [InvoiceLineView])
  async lines(@Context() ctx: Ctx, @Root() invoice: Invoice): Promise<InvoiceLineView[]> {
    return (await ctx.services.invoices.lines(ctx, invoice)).map((l) => lineView(l, l.position, invoice.currency));
  }

  @FieldResolver(() => String, { description: 'The invoice as a printable HTML document.' })
  async html(@Context() ctx: Ctx, @Root() invoice: Invoice): Promise<string> {
    const [lines, reseller, account, profile] = await Promise.all([
      ctx.services.invoices.lines(ctx, invoice),
      ctx.em.findOneOrFail(
        Reseller,
        { id: invoice.reseller.id },
        unscoped(
          'the issuing company of an invoice the viewer may see, for its letterhead: the invoice’s scope decides',
        ),
      ),
      ctx.em.findOneOrFail(Account, { id: invoice.account.id }),
      ctx.em.findOne(BillingProfile, { account: invoice.account.id }),
    ]);
    return invoiceHtml(invoice, lines, reseller, account, profile);
  }
}

@Resolver(() => Reseller)
export class ResellerBillingResolver {
  @FieldResolver(() => [Int], { description: 'Days overdue on which a reminder e-mail goes out.' })
  reminderDays(@Root() reseller: Reseller): number[] {
    return reminderDays(reseller.reminderDays);
  }
}

@Resolver(() => UsageRecord)
export class UsageRecordResolver {
  @FieldResolver(() => String, { description: 'The measured quantity, as a decimal string.' })
  quantity(@Root() record: UsageRecord): string {
    return record.quantity.toString();
  }
}
