import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { z } from 'zod';
import type { Ctx } from '../../graphql/context';
import type { Core } from '../../module';
import { appError, badInput, conflict, notFound, validate, type FieldError } from '../../errors';
import { audit } from '../audit';
import { formatPercent, parsePercent, parsePrice } from '../../money';
import { Money } from '../../graphql/money.type';
import { Role } from '../identity';
import { Reseller } from '../resellers';
import { PERIOD_MONTHS, Platform, ResourceKind } from './enums';
import { limitsOf, type PlanHolder } from './limits';
import { NO_ACCOUNTS, type PlanAccounts } from './plan-accounts';
import { PlanPeriod } from './plan-period.entity';
import { PlanResource } from './plan-resource.entity';
import { Plan } from './plan.entity';
import type { PlanPeriodView, PlanResourceView, ResourceLimit } from './plans.inputs';
import { recurringLines, sumOf } from './pricing';
import { unscoped } from '../../db/scope';

const MAX_UNITS = 1_000_000;
const units = z
  .number()
  .int('must be a whole number')
  .min(0, 'must not be negative')
  .max(MAX_UNITS, `must be at most ${MAX_UNITS}`);
const planSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  description: z
    .string()
    .trim()
    .max(1000, 'must be at most 1000 characters')
    .nullish()
    .transform((v) => v ?? ''),
  platform: z
    .enum(Platform)
    .nullish()
    .transform((v) => v ?? Platform.UNIX),
  signupEnabled: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
  moderated: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
  forResellers: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
  oversellPercent: z
    .number()
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .max(1000, 'must be at most 1000')
    .nullish()
    .transform((v) => v ?? 0),
  setupFee: z.string().max(40).nullish(),
  recurringFee: z.string().max(40).nullish(),
  periods: z
    .array(z.object({ months: z.number().int(), discountPercent: z.string().max(10).nullish() }))
    .max(PERIOD_MONTHS.length),
  resources: z
    .array(
      z.object({
        kind: z.enum(ResourceKind),
        maxUnits: units.nullish().transform((v) => v ?? null),
        freeUnits: units.nullish().transform((v) => v ?? 0),
        setupFee: z.string().max(40).nullish(),
        recurringFee: z.string().max(40).nullish(),
        usagePrice: z.string().max(40).nullish(),
      }),
    )
    .max(Object.keys(ResourceKind).length),
});

interface ParsedPlan {
  fields: Omit<z.output<typeof planSchema>, 'periods' | 'resources' | 'setupFee' | 'recurringFee'> & {
    setupFeeMinor: bigint;
    recurringFeeMinor: bigint;
  };
  periods: { months: number; discountBp: number }[];
  resources: {
    kind: ResourceKind;
    maxUnits: number | null;
    freeUnits: number;
    setupFeeMinor: bigint;
    recurringFeeMinor: bigint;
    usagePriceMinor: bigint;
  }[];
}

/** Whether a limit went up (null: no limit, above any number). */
function isRaised(before: number | null, after: number | null): boolean {
  if (before === null) return false;
  return after === null || after > before;
}

/** How many of one resource an account has, counted by the area that owns it. */
export type UsageCounter = (em: EntityManager, accountId: number) => Promise<number>;

/** Plans of a company (BIL-1): the admins' editor, and what customers may choose. */
export class PlanService {
  constructor(private readonly core: Pick<Core, 'events'>) {}

  private readonly usageCounters = new Map<ResourceKind, UsageCounter>();
  private accounts: PlanAccounts = NO_ACCOUNTS;

  /** The accounts area registers how plans look at the accounts on them (plan-accounts.ts), once. */
  lookAtAccountsWith(accounts: PlanAccounts): void {
    if (this.accounts !== NO_ACCOUNTS) throw new Error('Plans already look at accounts through another area');
    this.accounts = accounts;
  }

  /**
   * The area that owns a counted resource registers how to count an account's (from its manifest's
   * `wire`), so plans never read other areas' tables. One counter per kind.
   */
  countUsageWith(kind: ResourceKind, counter: UsageCounter): void {
    if (this.usageCounters.has(kind)) throw new Error(`A usage counter for ${kind} is already registered`);
    this.usageCounters.set(kind, counter);
  }

  /** Admins: every plan of their company. End users: the plans open for signup and the plans of their accounts. */
  async list(ctx: Ctx): Promise<Plan[]> {
    const viewer = ctx.viewer!;
    if (viewer.role !== Role.END_USER) return ctx.em.find(Plan, {}, { orderBy: { name: 'asc', id: 'asc' } });
    const own = await this.accounts.plansInUse(ctx.em);
    return ctx.em.find(
      Plan,
      { $or: [{ signupEnabled: true }, { id: { $in: own } }] },
      { orderBy: { name: 'asc', id: 'asc' } },
    );
  }

  async get(ctx: Ctx, id: number): Promise<Plan> {
    const plan = (await this.list(ctx)).find((p) => p.id === id);
    if (!plan) throw notFound('Plan');
    return plan;
  }

  /** The plans the public signup page of the request's company offers. */
  signupPlans(em: EntityManager, reseller: Reseller): Promise<Plan[]> {
    return em.find(
      Plan,
      { reseller: reseller.id, signupEnabled: true, forResellers: false },
      {
        orderBy: { name: 'asc', id: 'asc' },
        ...unscoped('the public signup page has no viewer: the plans of the company the request’s host names'),
      },
    );
  }

  async create(ctx: Ctx, input: unknown): Promise<Plan> {
    const reseller = await ctx.em.findOneOrFail(
      Reseller,
      { id: ctx.viewer!.resellerId },
      unscoped('the viewer’s own company, read whatever their role'),
    );
    const parsed = this.parse(input, reseller);
    return this.saving(async () =>
      ctx.em.transactional(async (em) => {
        const plan = em.create(Plan, { reseller, ...parsed.fields });
        this.putParts(em, plan, parsed);
        await em.flush();
        audit(em, {
          resellerId: reseller.id,
          actorId: ctx.viewer!.userId,
          action: 'plan.created',
          detail: `Plan ${plan.name} (${plan.id}) created`,
        });
        return plan;
      }),
    );
  }

  /** Replaces the plan's fields, periods and resources. Issued invoices keep their amounts; future periods use the new prices. */
  async update(ctx: Ctx, id: number, input: unknown): Promise<Plan> {
    const existing = await ctx.em.findOne(Plan, { id }, { populate: ['reseller'] });
    if (!existing) throw notFound('Plan');
    const parsed = this.parse(input, existing.reseller);
    return this.saving(async () =>
      ctx.em.transactional(async (em) => {
        const plan = await em.findOneOrFail(Plan, { id });
        // Accounts of one kind (end users' or resellers' subscriptions) are on it: it cannot become the other kind.
        if (parsed.fields.forResellers !== plan.forResellers && (await this.accounts.countOn(em, id)) > 0) {
          throw badInput([
            {
              field: 'forResellers',
              message: 'cannot change while accounts are on the plan: make a new plan and move them',
            },
          ]);
        }
        const before = await limitsOf(em, { plan: { id } });
        // Accounts are billed by their period's row (its discount): a period in use stays.
        const kept = parsed.periods.map((p) => p.months);
        const stranded = await this.accounts.billedOutside(em, id, kept);
        if (stranded) {
          throw appError(
            'CONFLICT',
            `Account ${stranded.id} is billed for ${stranded.periodMonths} month(s) on this plan: that period cannot be removed; turn the plan’s signup off or move the account first`,
            { field: 'periods' },
          );
        }
        em.assign(plan, parsed.fields);
        // The old rows go before the new ones take their (plan, months) and (plan, kind) keys.
        await em.nativeDelete(PlanPeriod, { plan: id });
        await em.nativeDelete(PlanResource, { plan: id });
        this.putParts(em, plan, parsed);
        await em.flush();
        const after = await limitsOf(em, { plan: { id } });
        const raised = Object.values(ResourceKind).filter((k) => isRaised(before[k], after[k]));
        // The quotas area refuses a raise that would promise a reseller's customers more than its quota allows.
        if (raised.length) await this.core.events.emit({ em }, 'plan.limitsRaised', { plan, raised });
        audit(em, {
          resellerId: plan.reseller.id,
          actorId: ctx.viewer!.userId,
          action: 'plan.updated',
          detail: `Plan ${plan.name} (${plan.id}) saved`,
        });
        await em.flush();
        return plan;
      }),
    );
  }

  /** Deletes a plan no account uses; CONFLICT otherwise (turn signup off instead). */
  async delete(ctx: Ctx, id: number): Promise<Plan> {
    return ctx.em.transactional(async (em) => {
      const plan = await em.findOne(Plan, { id });
      if (!plan) throw notFound('Plan');
      const used = await this.accounts.countOn(em, id);
      if (used > 0)
        throw conflict(`${used} account(s) are on plan ${plan.name}; move them first, or turn its signup off`);
      audit(em, {
        resellerId: plan.reseller.id,
        actorId: ctx.viewer!.userId,
        action: 'plan.deleted',
        detail: `Plan ${plan.name} (${plan.id}) deleted`,
      });
      em.remove(plan);
      await em.flush();
      return plan;
    });
  }

  async periodsOf(em: EntityManager, plan: Plan): Promise<PlanPeriodView[]> {
    const [reseller, periods, resources] = await this.partsOf(em, plan);
    // As the billing run writes the first invoice (issue-invoices.ts): the plan's setup fee and each resource's.
    const setupMinor = resources.reduce((sum, r) => sum + r.setupFeeMinor, plan.setupFeeMinor);
    return periods.map((p) => {
      const priceMinor = sumOf(recurringLines(plan, resources, p));
      return {
        months: p.months,
        discountPercent: formatPercent(p.discountBp),
        price: Money.of(priceMinor, reseller.currency),
        setupFees: Money.of(setupMinor, reseller.currency),
        firstInvoice: Money.of(priceMinor + setupMinor, reseller.currency),
        resellerId: reseller.id,
      };
    });
  }

  async resourcesOf(em: EntityManager, plan: Plan): Promise<PlanResourceView[]> {
    const [reseller, , resources] = await this.partsOf(em, plan);
    const money = (minor: bigint) => Money.of(minor, reseller.currency);
    return resources.map((r) => ({
      kind: r.kind,
      maxUnits: r.maxUnits,
      freeUnits: r.freeUnits,
      setupFee: money(r.setupFeeMinor),
      recurringFee: money(r.recurringFeeMinor),
      usagePrice: money(r.usagePriceMinor),
    }));
  }

  /** Every resource kind with the account's limit and, for counted kinds, how many it has. */
  async limitsView(em: EntityManager, account: PlanHolder & { id: number }): Promise<ResourceLimit[]> {
    const limits = await limitsOf(em, account);
    const id = account.id;
    const used: Partial<Record<ResourceKind, number>> = {};
    for (const [kind, count] of this.usageCounters) used[kind] = await count(em, id);
    // ACCOUNT is a reseller's quota, not something an account has.
    return Object.values(ResourceKind)
      .filter((kind) => kind !== ResourceKind.ACCOUNT)
      .map((kind) => ({ kind, limit: limits[kind], used: used[kind] ?? null }));
  }

  async currencyOf(em: EntityManager, plan: Plan): Promise<string> {
    return (
      await em.findOneOrFail(
        Reseller,
        { id: plan.reseller.id },
        unscoped('the company of the plan in hand, for its currency'),
      )
    ).currency;
  }

  private async partsOf(em: EntityManager, plan: Plan): Promise<[Reseller, PlanPeriod[], PlanResource[]]> {
    return Promise.all([
      em.findOneOrFail(Reseller, { id: plan.reseller.id }, unscoped('the company of the plan in hand')),
      em.find(
        PlanPeriod,
        { plan: plan.id },
        { orderBy: { months: 'asc' }, ...unscoped('the periods of the plan in hand') },
      ),
      em.find(
        PlanResource,
        { plan: plan.id },
        { orderBy: { kind: 'asc' }, ...unscoped('the resources of the plan in hand') },
      ),
    ]);
  }

  private putParts(em: EntityManager, plan: Plan, parsed: ParsedPlan): void {
    for (const p of parsed.periods) em.create(PlanPeriod, { plan, ...p });
    for (const r of parsed.resources) em.create(PlanResource, { plan, ...r });
  }

  private async saving(work: () => Promise<Plan>): Promise<Plan> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException)
        throw badInput([{ field: 'name', message: 'is already the name of another plan' }]);
      throw err;
    }
  }

  /** Validates the whole plan, naming every wrong field (periods.0.months, resources.2.setupFee…). */
  private parse(input: unknown, company: Pick<Reseller, 'currency' | 'isRoot'>): ParsedPlan {
    const v = validate(planSchema, input);
    const currency = company.currency;
    const errors: FieldError[] = [];
    if (v.forResellers && !company.isRoot)
      errors.push({ field: 'forResellers', message: 'only the master’s company sells plans to resellers' });
    if (v.forResellers && v.signupEnabled)
      errors.push({ field: 'signupEnabled', message: 'a reseller plan is never offered at signup' });
    if (!v.forResellers && v.oversellPercent !== 0)
      errors.push({ field: 'oversellPercent', message: 'only reseller plans allow overselling' });
    const price = (field: string, text: string | null | undefined): bigint => {
      const r = parsePrice(text, currency);
      if (!r.ok) errors.push({ field, message: r.message });
      return r.ok ? r.minor : 0n;
    };
    const setupFeeMinor = price('setupFee', v.setupFee);
    const recurringFeeMinor = price('recurringFee', v.recurringFee);
    if (v.periods.length === 0)
      errors.push({
        field: 'periods',
        message: 'must offer at least one billing period: a plan without one has no price',
      });
    const seenMonths = new Set<number>();
    const periods = v.periods.map((p, i) => {
      if (!(PERIOD_MONTHS as readonly number[]).includes(p.months))
        errors.push({ field: `periods.${i}.months`, message: `must be one of ${PERIOD_MONTHS.join(', ')}` });
      else if (seenMonths.has(p.months)) errors.push({ field: `periods.${i}.months`, message: 'is offered twice' });
      seenMonths.add(p.months);
      const d = parsePercent(p.discountPercent);
      if (!d.ok) errors.push({ field: `periods.${i}.discountPercent`, message: d.message });
      return { months: p.months, discountBp: d.ok ? d.bp : 0 };
    });
    const seenKinds = new Set<ResourceKind>();
    const resources = v.resources.map((r, i) => {
      if (seenKinds.has(r.kind)) errors.push({ field: `resources.${i}.kind`, message: 'is listed twice' });
      seenKinds.add(r.kind);
      if (r.maxUnits !== null && r.freeUnits > r.maxUnits)
        errors.push({ field: `resources.${i}.freeUnits`, message: 'must not exceed the limit' });
      if (r.kind === ResourceKind.ACCOUNT && !v.forResellers)
        errors.push({
          field: `resources.${i}.kind`,
          message: 'is a reseller quota: only reseller plans list accounts',
        });
      if (
        r.kind === ResourceKind.ACCOUNT &&
        [r.setupFee, r.recurringFee, r.usagePrice].some((p) => p && Number(p) !== 0)
      )
        errors.push({ field: `resources.${i}.kind`, message: 'accounts are not priced: price the plan itself' });
      return {
        kind: r.kind,
        maxUnits: r.maxUnits,
        freeUnits: r.freeUnits,
        setupFeeMinor: price(`resources.${i}.setupFee`, r.setupFee),
        recurringFeeMinor: price(`resources.${i}.recurringFee`, r.recurringFee),
        usagePriceMinor: price(`resources.${i}.usagePrice`, r.usagePrice),
      };
    });
    if (errors.length) throw badInput(errors);
    const { name, description, platform, signupEnabled, moderated, forResellers, oversellPercent } = v;
    return {
      fields: {
        name,
        description,
        platform,
        signupEnabled,
        moderated,
        forResellers,
        oversellPercent,
        setupFeeMinor,
        recurringFeeMinor,
      },
      periods,
      resources,
    };
  }
}
