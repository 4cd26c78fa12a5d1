import type { EntityManager } from '@mikro-orm/core';
import { Arg, Ctx as Context, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { rows, sqlDate } from '../db/raw-sql';
import { rolledBack } from '../db/rolled-back';
import { unscoped } from '../db/scope';
import { appError, conflict, parseId, parseOptionalId, validate } from '../errors';
import { Access } from '../graphql/access';
import type { Ctx } from '../graphql/context';
import { ListBound } from '../graphql/list-bound';
import { Money } from '../graphql/money.type';
import { formatPercent } from '../money';
import type { Areas, Core } from '../module';
import { accountForViewer, AccountStatus, chosenPlan, type Account } from '../modules/accounts';
import { audit } from '../modules/audit';
import {
  InvoiceLine,
  InvoiceLineView,
  Invoice,
  InvoiceState,
  invoicesIssued,
  issueDueInvoices,
  LedgerKind,
  lineView,
  percentOf,
  postEntry,
  settleAccount,
  USAGE_USED,
  usageFree,
} from '../modules/billing';
import { User } from '../modules/identity';
import {
  Plan,
  plansModule,
  RESOURCE_LABEL,
  ResourceKind,
  type PlanService,
  PlanPeriod,
  PlanResource,
  ChangePlanInput,
  addMonthsUtc,
  capitalized,
  recurringLines,
  sumOf,
  type PriceLine,
} from '../modules/plans';
import { quotasModule, type QuotaService } from '../modules/quotas';
import { Reseller } from '../modules/resellers';

/*
 * Changing an account's plan (BIL-2): the account (accounts) moves to another plan (plans); the
 * change is invoiced with proration, and the account settled (billing).
 */

const changeSchema = z.object({
  accountId: z.number().int().positive().nullable(),
  planId: z.coerce.number().int().positive('must be a plan ID'),
  periodMonths: z.number().int('must be a whole number'),
});

/** Whether a period of the account has begun that is not invoiced yet (the billing run has not reached it). */
function isDue(account: Account, now: Date): boolean {
  return (
    account.status !== AccountStatus.MODERATION &&
    account.nextBillingAt !== null &&
    account.nextBillingAt.getTime() <= now.getTime()
  );
}

/** When the account's current (last invoiced) period began; null when it has none. Period k runs anchor + k·m … anchor + (k+1)·m. */
function currentPeriodStart(account: Account): Date | null {
  const { billingAnchor: anchor, periodMonths: m, periodsBilled: k } = account;
  return anchor && m && k >= 1 ? addMonthsUtc(anchor, (k - 1) * m) : null;
}

/** Invoices every period of the account that has begun, as the billing run would, in the caller's transaction. */
async function catchUp(em: EntityManager, core: Pick<Core, 'events'>, accountId: number, now: Date): Promise<void> {
  while ((await issueDueInvoices(em, core, { now, accountIds: [accountId] })).accounts > 0);
}

export interface QuoteLine extends PriceLine {
  periodStart: Date | null;
  periodEnd: Date | null;
}

export interface PlanChangeQuote {
  account: Account;
  plan: Plan;
  periodMonths: number;
  currency: string;
  lines: QuoteLine[];
  subtotalMinor: bigint;
  taxMinor: bigint;
  totalMinor: bigint;
  taxName: string | null;
  taxRateBp: number | null;
  periodStart: Date;
  periodEnd: Date;
}

/**
 * Plan changes with proration (BIL-2): the new period starts now and is charged in full (after
 * its discount); the unused part of the current period is credited in proportion to the time
 * left, from what its invoice charged for it (rounded half up). Setup fees are not charged again.
 * The difference is one invoice: a charge when positive, a credit note (paid at once) when negative.
 */
export class PlanChangeService {
  constructor(
    private readonly core: Pick<Core, 'events' | 'tasks' | 'config'>,
    private readonly plans: Pick<PlanService, 'limitsView'>,
    private readonly quotas: Pick<
      QuotaService,
      'accountLimits' | 'assertPromisesFit' | 'raisedKinds' | 'subscriberOf' | 'assertUseFits'
    >,
  ) {}

  /** What a change would cost, without changing anything: the panel shows it before the customer confirms. */
  async quote(ctx: Ctx, input: unknown): Promise<PlanChangeQuote> {
    const v = validate(changeSchema, input);
    const now = new Date();
    const account = await accountForViewer(ctx, ctx.em, v.accountId);
    if (!isDue(account, now)) return this.compute(ctx, ctx.em, account, v.planId, v.periodMonths, now);
    // A period has begun that the billing run has not invoiced yet: the change would invoice it
    // first (see change), so the quote does the same in a transaction that is then rolled back.
    return rolledBack(ctx.em, async (em) => {
      await catchUp(em, this.core, account.id, now);
      const current = await accountForViewer(ctx, em, account.id);
      await em.refresh(current);
      return this.compute(ctx, em, current, v.planId, v.periodMonths, now);
    });
  }

  async change(ctx: Ctx, input: unknown): Promise<PlanChangeQuote> {
    const v = validate(changeSchema, input);
    const quote = await ctx.em.transactional(async (em) => {
      const now = new Date();
      const found = await accountForViewer(ctx, em, v.accountId);
      const reseller = await em.findOneOrFail(
        Reseller,
        { id: found.reseller.id },
        unscoped('the company of the account in hand, for its currency'),
      );
      // The company's sequence row is locked first and the account's row second, in the billing run's
      // order: the two never interleave on an account, and never deadlock.
      await rows(
        em,
        'insert into invoice_sequence (reseller_id, last_number) values (?, 0) on conflict (reseller_id) do nothing',
        [reseller.id],
      );
      // Periods that have begun are invoiced first, as the run would have: the change then credits the
      // unused part of the current one, and no stretch of time goes unbilled.
      if (isDue(found, now)) await catchUp(em, this.core, found.id, now);
      const [seq] = await rows<{ last_number: number }>(
        em,
        'update invoice_sequence set last_number = last_number + 1 where reseller_id = ? returning last_number',
        [reseller.id],
      );
      const account = await accountForViewer(ctx, em, found.id, { forUpdate: true });
      await em.refresh(account);
      const q = await this.compute(ctx, em, account, v.planId, v.periodMonths, now);
      const actor = em.getReference(User, ctx.viewer!.userId);
      if (q.totalMinor === 0n && q.lines.length === 0) {
        await rows(em, 'update invoice_sequence set last_number = last_number - 1 where reseller_id = ?', [
          reseller.id,
        ]); // nothing issued: the number is given back
      } else {
        const invoice = em.create(Invoice, {
          reseller,
          account,
          number: Number(seq!.last_number),
          currency: q.currency,
          state: q.totalMinor <= 0n ? InvoiceState.PAID : InvoiceState.OPEN,
          subtotalMinor: q.subtotalMinor,
          taxMinor: q.taxMinor,
          totalMinor: q.totalMinor,
          taxName: q.taxName,
          taxRateBp: q.taxRateBp,
          periodStart: q.periodStart,
          periodEnd: q.periodEnd,
          issuedAt: q.periodStart,
          dueAt: new Date(q.periodStart.getTime() + reseller.paymentTermDays * 86_400_000),
          paidAt: q.totalMinor <= 0n ? q.periodStart : null,
        });
        q.lines.forEach((l, i) => em.create(InvoiceLine, { invoice, position: i + 1, ...l }));
        await em.flush();
        if (q.totalMinor !== 0n) {
          const credit = q.totalMinor < 0n;
          await postEntry(em, {
            account,
            kind: credit ? LedgerKind.CREDIT : LedgerKind.CHARGE,
            amountMinor: credit ? -q.totalMinor : q.totalMinor,
            description: `Invoice ${invoice.number}: change to plan ${q.plan.name}`,
            reference: String(invoice.number),
            createdBy: actor,
            idempotencyKey: `invoice:${invoice.id}`,
          });
        }
        await invoicesIssued(em, this.core, [invoice.id]);
      }
      const previous = account.plan?.id;
      const before = await this.quotas.accountLimits(em, account.plan);
      account.plan = q.plan;
      account.periodMonths = q.periodMonths;
      account.billingAnchor = q.periodStart;
      account.periodsBilled = 1;
      account.nextBillingAt = q.periodEnd;
      audit(em, {
        resellerId: reseller.id,
        accountId: account.id,
        actorId: ctx.viewer!.userId,
        action: 'plan.changed',
        detail: `Account ${account.id} moved from plan ${previous ?? 'none'} to ${q.plan.name} (${q.periodMonths} months); invoice total ${q.totalMinor} minor units`,
      });
      await em.flush();
      // The new plan may promise the reseller's customers more than its quota allows (quotas area).
      const raised = this.quotas.raisedKinds(before, await this.quotas.accountLimits(em, q.plan));
      await this.quotas.assertPromisesFit(em, reseller.id, raised);
      await settleAccount(em, this.core, account.id, q.periodStart);
      return q;
    });
    this.core.tasks.notify();
    return quote;
  }

  private async compute(
    ctx: Ctx,
    em: EntityManager,
    account: Account,
    planId: number,
    months: number,
    now: Date,
  ): Promise<PlanChangeQuote> {
    if (account.status === AccountStatus.MODERATION)
      throw conflict('The account is waiting for moderation; its plan cannot change yet');
    if (account.status === AccountStatus.SUSPENDED) {
      throw conflict(
        account.suspendedForDebt
          ? 'The account is suspended for unpaid invoices; its plan can change once they are paid'
          : 'The account is suspended; its plan cannot change until it is resumed',
      );
    }
    const admin = ctx.viewer!.role !== 'END_USER';
    // A reseller's subscription moves between reseller plans only, and only the master moves it.
    const subscriber = await this.quotas.subscriberOf(em, account.id);
    const plan = await chosenPlan(em, account.reseller.id, planId, months, admin, subscriber !== null);
    // ... and only to a plan its customers' current use fits (as setResellerPlan checks).
    if (subscriber !== null) await this.quotas.assertUseFits(em, subscriber, plan);
    if (account.plan?.id === plan.id && account.periodMonths === months)
      throw conflict(`The account is already on plan ${plan.name} for ${months} month(s)`);
    const reseller = await em.findOneOrFail(
      Reseller,
      { id: account.reseller.id },
      unscoped('the company of the account in hand, for its currency'),
    );
    // A moderated plan is one the company vets its customers for: moving onto it is the company's decision.
    if (!admin && plan.moderated && account.plan?.id !== plan.id) {
      throw conflict(`Plan ${plan.name} needs the approval of ${reseller.name}: ask them to move the account to it`);
    }
    const [period, resources] = await Promise.all([
      em.findOneOrFail(
        PlanPeriod,
        { plan: plan.id, months },
        unscoped('the period of the account’s plan: the account in hand decides'),
      ),
      em.find(
        PlanResource,
        { plan: plan.id },
        unscoped('the resources of the account’s plan: the account in hand decides'),
      ),
    ]);
    await this.assertFits(em, account, plan, resources);

    const start = new Date(Math.floor(now.getTime() / 1000) * 1000);
    const end = addMonthsUtc(start, months);
    const lines: QuoteLine[] = recurringLines(plan, resources, period).map((l) => ({
      ...l,
      periodStart: start,
      periodEnd: end,
    }));
    const unused = await this.unusedCredit(em, account, start);
    if (unused) lines.push(unused);
    lines.push(...(await this.usageSoFar(em, account, start)));
    const subtotalMinor = sumOf(lines);
    const [tax] =
      subtotalMinor !== 0n
        ? await rows<{ name: string; rate_bp: number }>(
            em,
            'select name, rate_bp from tax_rate where reseller_id = ? and valid_from <= ? order by valid_from desc limit 1',
            [reseller.id, sqlDate(em, start)],
          )
        : [];
    const taxRateBp = tax && Number(tax.rate_bp) > 0 ? Number(tax.rate_bp) : null;
    // A credit note gives back the tax on what it credits: the same rate on the negative subtotal, rounded half away from zero.
    const taxMinor = !taxRateBp
      ? 0n
      : subtotalMinor < 0n
        ? -percentOf(-subtotalMinor, taxRateBp)
        : percentOf(subtotalMinor, taxRateBp);
    return {
      account,
      plan,
      periodMonths: months,
      currency: reseller.currency,
      lines,
      subtotalMinor,
      taxMinor,
      totalMinor: subtotalMinor + taxMinor,
      taxName: taxRateBp ? tax!.name : null,
      taxRateBp,
      periodStart: start,
      periodEnd: end,
    };
  }

  /** The credit for the rest of the current period: what it was charged (recurring lines) × time left ÷ its length. */
  private async unusedCredit(em: EntityManager, account: Account, now: Date): Promise<QuoteLine | null> {
    const start = currentPeriodStart(account);
    const end = account.nextBillingAt;
    if (!start || !end || end.getTime() <= now.getTime()) return null;
    // One invoice charged the period: the newest that did (a change within the second the period
    // began leaves the replaced charge, already credited, on an older invoice for the same bounds).
    const period = `l.period_start = ? and l.period_end = ? and l.amount_minor > 0`;
    const bounds = [sqlDate(em, start), sqlDate(em, end)];
    const [paid] = await rows<{ s: number | string | null }>(
      em,
      `select sum(l.amount_minor) as s from invoice_line l
       where ${period} and l.invoice_id = (select max(i.id) from invoice i join invoice_line l on l.invoice_id = i.id
                                           where i.account_id = ? and i.state <> 'VOID' and ${period})`,
      [...bounds, account.id, ...bounds],
    );
    const charged = BigInt(paid?.s ?? 0);
    if (charged === 0n) return null;
    const length = BigInt(end.getTime() - start.getTime());
    // At most the whole period: a period billed ahead of its start is credited in full, never more.
    const left = BigInt(Math.min(end.getTime() - start.getTime(), Math.max(0, end.getTime() - now.getTime())));
    const credit = (charged * left * 2n + length) / (2n * length); // half up
    if (credit === 0n) return null;
    return {
      description: `Unused part of the current period until ${end.toISOString().slice(0, 10)}`,
      resourceKind: null,
      quantity: 1,
      unitPriceMinor: -credit,
      amountMinor: -credit,
      periodStart: now,
      periodEnd: end,
    };
  }

  /**
   * Usage of the current period up to the change, at the old plan's usage prices: the billing run
   * would have charged it at the period's end, but the change ends the period now.
   */
  private async usageSoFar(em: EntityManager, account: Account, now: Date): Promise<QuoteLine[]> {
    const start = currentPeriodStart(account);
    const { periodMonths: m, plan } = account;
    if (!start || !m || !plan || start.getTime() >= now.getTime()) return [];
    const used = await rows<{
      kind: ResourceKind;
      free_units: number | string;
      usage_price_minor: number | string;
      used: number | string;
    }>(
      em,
      `select r.kind, ${usageFree(String(Math.floor(m)))} as free_units, r.usage_price_minor, ${USAGE_USED} as used
       from plan_resource r join usage_record u on u.account_id = ? and u.kind = r.kind and u.recorded_at >= ? and u.recorded_at < ?
       where r.plan_id = ? and r.usage_price_minor > 0
       group by r.kind, r.free_units, r.usage_price_minor
       order by r.kind`,
      [account.id, sqlDate(em, start), sqlDate(em, now), plan.id],
    );
    return used
      .filter((u) => BigInt(u.used) > BigInt(u.free_units))
      .map((u) => {
        const over = BigInt(u.used) - BigInt(u.free_units);
        const price = BigInt(u.usage_price_minor);
        return {
          description: `${capitalized(RESOURCE_LABEL[u.kind])} above ${u.free_units} included`,
          resourceKind: u.kind,
          quantity: Number(over),
          unitPriceMinor: price,
          amountMinor: over * price,
          periodStart: start,
          periodEnd: now,
        };
      });
  }

  /** A smaller plan must still hold what the account has: CONFLICT naming the first resource over the new limit. */
  private async assertFits(
    em: EntityManager,
    account: Account,
    plan: Plan,
    resources: readonly PlanResource[],
  ): Promise<void> {
    const limit = new Map(resources.map((r) => [r.kind, r.maxUnits]));
    for (const { kind, used } of await this.plans.limitsView(em, account)) {
      const max = limit.has(kind) ? limit.get(kind)! : 0;
      if (used !== null && max !== null && used > max) {
        throw appError(
          'CONFLICT',
          `The account has ${used} ${RESOURCE_LABEL[kind]}; plan ${plan.name} allows ${max}. Delete some first.`,
          { resource: kind, limit: max },
        );
      }
    }
  }
}

/** The plan-change flow of an app: its core, and the plans area's limits. */
export function planChangeService(core: Core, areas: Areas): PlanChangeService {
  return new PlanChangeService(core, areas.get(plansModule).plans, areas.get(quotasModule).quotas);
}

@ObjectType({
  description: 'What a plan change costs: the new period in full, less the unused part of the current one.',
})
export class PlanChangeQuoteView {
  @Field(() => Plan)
  plan!: Plan;

  @Field(() => Int)
  periodMonths!: number;

  @ListBound(200)
  @Field(() => [InvoiceLineView])
  lines!: InvoiceLineView[];

  @Field(() => Money)
  subtotal!: Money;

  @Field(() => Money)
  tax!: Money;

  @Field(() => Money, { description: 'Positive: to pay; negative: credited to the balance.' })
  total!: Money;

  @Field(() => String, { nullable: true })
  taxName!: string | null;

  @Field(() => String, { nullable: true })
  taxPercent!: string | null;

  @Field(() => Date)
  periodStart!: Date;

  @Field(() => Date)
  periodEnd!: Date;
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

@Resolver()
export class PlanChangeResolver {
  constructor(private readonly api: { planChanges: PlanChangeService }) {}

  @Access('user')
  @Query(() => PlanChangeQuoteView, {
    description: 'What moving an account to a plan and period would cost now; changes nothing.',
  })
  async planChangeQuote(
    @Context() ctx: Ctx,
    @Arg('input', () => ChangePlanInput) input: ChangePlanInput,
  ): Promise<PlanChangeQuoteView> {
    return quoteView(await this.api.planChanges.quote(ctx, changeArgs(input)));
  }

  @Access('user')
  @Mutation(() => PlanChangeQuoteView, {
    description: 'Moves an account to a plan and period with proration; answers what was invoiced.',
  })
  async changePlan(
    @Context() ctx: Ctx,
    @Arg('input', () => ChangePlanInput) input: ChangePlanInput,
  ): Promise<PlanChangeQuoteView> {
    return quoteView(await this.api.planChanges.change(ctx, changeArgs(input)));
  }
}
