import { Arg, Args, Ctx as Context, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId, parseOptionalId } from '../../errors';
import { PageArgs, type Connection } from '../../graphql/pagination';
import { Account } from '../accounts';
import type { AuditEvent } from '../audit';
import { Reseller } from '../resellers';
import { BillingProfile } from './billing-profile.entity';
import type { BillingRun } from './billing-run';
import { reminderDays } from './dunning';
import { invoiceHtml } from './invoice-html';
import { Invoice } from './invoice.entity';
import type { InvoiceService } from './invoices.service';
import {
  AuditEventConnection,
  BillingProfileInput,
  BillingRunView,
  BillingSettingsInput,
  InvoiceConnection,
  InvoiceLineView,
  InvoicesArgs,
  lineView,
  TaxRateInput,
  UsageInput,
} from './invoices.inputs';
import { formatPercent } from '../../money';
import { Money } from '../../graphql/money.type';
import { TaxRate } from './tax-rate.entity';
import { UsageRecord } from './usage-record.entity';
import { ListBound } from '../../graphql/list-bound';
import { unscoped } from '../../db/scope';

@Resolver(() => Invoice)
export class InvoicesResolver {
  constructor(private readonly api: { invoices: InvoiceService; billingRun: BillingRun }) {}

  @Access('user')
  @Query(() => InvoiceConnection, { description: 'Invoices, newest first; `search` matches an invoice number.' })
  invoices(@Context() ctx: Ctx, @Args(() => InvoicesArgs) args: InvoicesArgs): Promise<Connection<Invoice>> {
    return this.api.invoices.list(ctx, parseOptionalId(args.accountId, 'accountId'), args.state ?? null, args);
  }

  @Access('user')
  @Query(() => Invoice, { description: 'One invoice you may see; NOT_FOUND otherwise.' })
  invoice(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Invoice> {
    return this.api.invoices.get(ctx, parseId(id));
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
    return this.api.invoices.void(ctx, parseId(id), reason);
  }

  @Access('admin')
  @ListBound(200)
  @Query(() => [TaxRate], { description: 'Your company’s tax rates, newest first.' })
  taxRates(@Context() ctx: Ctx): Promise<TaxRate[]> {
    return this.api.invoices.taxRates(ctx);
  }

  @Access('admin')
  @Mutation(() => TaxRate, { description: 'Adds a tax rate from a date on.' })
  addTaxRate(@Context() ctx: Ctx, @Arg('input', () => TaxRateInput) input: TaxRateInput): Promise<TaxRate> {
    return this.api.invoices.addTaxRate(ctx, input);
  }

  @Access('admin')
  @Mutation(() => Reseller, { description: 'Sets your company’s payment term and dunning.' })
  updateBillingSettings(
    @Context() ctx: Ctx,
    @Arg('input', () => BillingSettingsInput) input: BillingSettingsInput,
  ): Promise<Reseller> {
    return this.api.invoices.updateSettings(ctx, input);
  }

  @Access('admin')
  @Mutation(() => UsageRecord, {
    description:
      'Records usage of an account (disk, traffic, counts); the billing run charges it above the free units.',
  })
  recordUsage(@Context() ctx: Ctx, @Arg('input', () => UsageInput) input: UsageInput): Promise<UsageRecord> {
    return this.api.invoices.recordUsage(ctx, { ...input, accountId: parseId(input.accountId, 'accountId') });
  }

  @Access('master')
  @Mutation(() => BillingRunView, { description: 'Runs the billing run now (it also runs every hour).' })
  async runBilling(@Context() ctx: Ctx): Promise<BillingRunView> {
    const r = await this.api.billingRun.run({ em: ctx.em }, new Date(), ctx.log);
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
    return this.api.invoices.auditTrail(ctx, parseOptionalId(accountId, 'accountId'), page);
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
    return this.api.invoices.billingProfile(ctx, parseOptionalId(accountId, 'accountId'));
  }

  @Access('user')
  @Mutation(() => BillingProfile, { description: 'Sets who an account’s invoices are made out to.' })
  updateBillingProfile(
    @Context() ctx: Ctx,
    @Arg('input', () => BillingProfileInput) input: BillingProfileInput,
    @Arg('accountId', () => ID, { nullable: true }) accountId?: string | null,
  ): Promise<BillingProfile> {
    return this.api.invoices.updateBillingProfile(ctx, parseOptionalId(accountId, 'accountId'), input);
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
    return (await this.api.invoices.lines(ctx, invoice)).map((l) => lineView(l, l.position, invoice.currency));
  }

  @FieldResolver(() => String, { description: 'The invoice as a printable HTML document.' })
  async html(@Context() ctx: Ctx, @Root() invoice: Invoice): Promise<string> {
    const [lines, reseller, account, profile] = await Promise.all([
      this.api.invoices.lines(ctx, invoice),
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
