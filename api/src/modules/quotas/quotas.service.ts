import type { EntityManager } from '@mikro-orm/core';
import { isPostgres, rows } from '../../db/raw-sql';
import { unscoped } from '../../db/scope';
import { appError } from '../../errors';
import { Account } from '../accounts';
import { DEFAULT_LIMITS, limitsOf, METERED, Plan, RESOURCE_LABEL, ResourceKind } from '../plans';
import { ResellerSubscription } from './reseller-subscription.entity';
import type { ResellerQuota } from './quotas.types';

/** How many of one resource all accounts of a reseller have, counted by the area that owns it. */
export type ResellerUsageCounter = (em: EntityManager, resellerId: number) => Promise<number>;

type Limits = Record<ResourceKind, number | null>;

/**
 * Reseller quotas (H-Sphere's reseller plans). A reseller's subscription is an account of the
 * master's company on a reseller plan; that plan's resources are the reseller's quotas, over all of
 * its customers' accounts together. A reseller without one has no quota, nor has the master's company.
 *
 * Two rules:
 * - **Use**: creating one more of a counted kind for any account of the reseller is refused
 *   (CONFLICT, extensions `{ resource, quota: true, limit }`) once its accounts together have the
 *   quota. The reseller's row is locked first (PostgreSQL), in the creating transaction, after the
 *   account's row, so concurrent creations for its customers are counted one after the other.
 * - **Promises** (no overselling beyond the allowance): "promised" for a kind is the sum, over the
 *   reseller's accounts, of their plans' limits for it; a plan without a limit for it promises the
 *   whole quota. Opening an account, moving one to another plan, or raising a limit of a plan in
 *   use is refused when it raises the promise for a kind above quota × (1 + oversellPercent / 100),
 *   rounded down. Only the kinds the step raises are checked: a quota lowered below what is already
 *   promised stops new promises without blocking other work.
 */
export class QuotaService {
  private readonly counters = new Map<ResourceKind, ResellerUsageCounter>();

  constructor() {
    this.counters.set(ResourceKind.ACCOUNT, (em, resellerId) =>
      em.count(Account, { reseller: resellerId }, unscoped('counting a reseller’s accounts for its quota')),
    );
  }

  /** The area that owns a resource registers how to count a reseller's (from its manifest), once per kind. */
  countWith(kind: ResourceKind, counter: ResellerUsageCounter): void {
    if (this.counters.has(kind)) throw new Error(`A reseller usage counter for ${kind} is already registered`);
    this.counters.set(kind, counter);
  }

  /** The reseller's subscription, if it has one. */
  subscriptionOf(em: EntityManager, resellerId: number): Promise<ResellerSubscription | null> {
    return em.findOne(
      ResellerSubscription,
      { reseller: resellerId },
      { populate: ['account'], ...unscoped('a reseller’s subscription lives in the master’s company') },
    );
  }

  /** The reseller an account bills (its subscription), or null for an ordinary account. */
  async subscriberOf(em: EntityManager, accountId: number): Promise<number | null> {
    const sub = await em.findOne(
      ResellerSubscription,
      { account: accountId },
      unscoped('which reseller an account bills, whoever the viewer is'),
    );
    return sub ? sub.reseller.id : null;
  }

  /** The reseller plan a company is on (its subscription's account's plan); null: no quota. */
  async planOf(em: EntityManager, resellerId: number): Promise<Plan | null> {
    const sub = await this.subscriptionOf(em, resellerId);
    const planId = sub?.account.plan?.id;
    if (!planId) return null;
    return em.findOne(Plan, { id: planId }, unscoped('the reseller plan of a subscription in the master’s company'));
  }

  /** Every quota of the reseller with use and promises; empty without a subscription (no quota). */
  async quotasOf(em: EntityManager, resellerId: number): Promise<ResellerQuota[]> {
    const plan = await this.planOf(em, resellerId);
    if (!plan) return [];
    const quotas = await limitsOf(em, { plan });
    const promised = await this.promisedOf(em, resellerId, quotas);
    const out: ResellerQuota[] = [];
    for (const kind of Object.values(ResourceKind)) {
      const limit = quotas[kind];
      const counter = this.counters.get(kind);
      out.push({
        kind,
        limit,
        used: counter ? await counter(em, resellerId) : null,
        promised: promised[kind],
        promiseLimit: limit === null ? null : Math.floor((limit * (100 + plan.oversellPercent)) / 100),
      });
    }
    return out;
  }

  /**
   * Refuses one more of `kind` for an account of the reseller when its accounts together already
   * have its quota (`including`: the new row is already written and counted). Call it in the
   * creating transaction, after the account's row is locked.
   */
  async assertWithinQuota(
    em: EntityManager,
    resellerId: number,
    kind: ResourceKind,
    opts: { including?: boolean } = {},
  ): Promise<void> {
    const plan = await this.planOf(em, resellerId);
    if (!plan) return; // no reseller plan (the master's company never has one): no quota, no lock
    await this.lockQuotaHolder(em, resellerId);
    const limit = (await limitsOf(em, { plan }))[kind];
    const counter = this.counters.get(kind);
    if (limit === null || !counter) return;
    const used = await counter(em, resellerId);
    if (opts.including ? used <= limit : used < limit) return;
    const label = RESOURCE_LABEL[kind];
    throw appError(
      'CONFLICT',
      limit === 0
        ? `Your hosting company’s reseller plan does not include ${label}`
        : `Your hosting company’s reseller plan allows at most ${limit} ${label} in all`,
      { resource: kind, quota: true, limit },
    );
  }

  /**
   * After a step that raised the per-account limits of `kinds` for the reseller's accounts (written,
   * not committed): refuses it when what their plans promise exceeds a quota with its allowance.
   */
  async assertPromisesFit(em: EntityManager, resellerId: number, kinds: readonly ResourceKind[]): Promise<void> {
    const checked = kinds.filter((k) => k !== ResourceKind.ACCOUNT); // an account promises one account: its use
    if (!checked.length) return;
    const plan = await this.planOf(em, resellerId);
    if (!plan) return;
    await this.lockQuotaHolder(em, resellerId);
    const quotas = await limitsOf(em, { plan });
    const promised = await this.promisedOf(em, resellerId, quotas);
    for (const kind of checked) {
      const limit = quotas[kind];
      const p = promised[kind];
      if (limit === null || p === null) continue;
      const allowed = Math.floor((limit * (100 + plan.oversellPercent)) / 100);
      if (p <= allowed) continue;
      const label = RESOURCE_LABEL[kind];
      const allowance = plan.oversellPercent
        ? ` (${allowed} with its ${plan.oversellPercent}% oversell allowance)`
        : '';
      throw appError(
        'CONFLICT',
        `Your hosting company’s reseller plan allows at most ${limit} ${label} in all${allowance}; the plans of its customers’ accounts would promise ${p}`,
        { resource: kind, quota: true, limit, promised: p },
      );
    }
  }

  /**
   * Before a reseller moves to a reseller plan: its customers' current use must fit the plan's
   * quotas (CONFLICT naming the first that does not; they delete some first).
   */
  async assertUseFits(em: EntityManager, resellerId: number, plan: Pick<Plan, 'id' | 'name'>): Promise<void> {
    const quotas = await limitsOf(em, { plan });
    for (const [kind, counter] of this.counters) {
      const limit = quotas[kind];
      if (limit === null || METERED.has(kind)) continue; // measured use is billed, not refused
      const used = await counter(em, resellerId);
      if (used > limit)
        throw appError(
          'CONFLICT',
          `The reseller’s customers have ${used} ${RESOURCE_LABEL[kind]}; reseller plan ${plan.name} allows at most ${limit} in all. They must delete some first.`,
          { resource: kind, quota: true, limit },
        );
    }
  }

  /** The kinds whose per-account limit goes up from `before` to `after` (null: no limit, above any number). */
  raisedKinds(before: Limits, after: Limits): ResourceKind[] {
    return Object.values(ResourceKind).filter((k) => before[k] !== null && (after[k] === null || after[k] > before[k]));
  }

  /** The per-account limits of a plan (the defaults without one). */
  async accountLimits(em: EntityManager, plan: { id: number } | null): Promise<Limits> {
    return plan ? limitsOf(em, { plan }) : { ...DEFAULT_LIMITS };
  }

  /**
   * Locks the reseller's row for the caller's transaction (PostgreSQL; SQLite runs one writer at a
   * time): what its customers create is counted one creation after the other. Only resellers with a
   * reseller plan are locked; one given a plan while a creation runs is held to it from the next.
   * NO KEY UPDATE, not UPDATE: the creating transaction may already hold the KEY SHARE lock a new
   * row referencing the reseller takes (a new account), and two such would otherwise deadlock.
   */
  private async lockQuotaHolder(em: EntityManager, resellerId: number): Promise<void> {
    if (isPostgres(em) && em.isInTransaction())
      await rows(em, 'select id from reseller where id = ? for no key update', [resellerId]);
  }

  /** What the plans of the reseller's accounts promise per kind; null where the quota has no limit. */
  private async promisedOf(
    em: EntityManager,
    resellerId: number,
    quotas: Limits,
  ): Promise<Record<ResourceKind, number | null>> {
    const groups = await rows<{ plan_id: number | null; n: number | string }>(
      em,
      'select plan_id, count(*) as n from account where reseller_id = ? group by plan_id',
      [resellerId],
    );
    const total = Object.fromEntries(Object.values(ResourceKind).map((k) => [k, 0])) as Record<ResourceKind, number>;
    for (const g of groups) {
      const n = Number(g.n);
      const limits = await this.accountLimits(em, g.plan_id === null ? null : { id: Number(g.plan_id) });
      for (const kind of Object.values(ResourceKind)) {
        const quota = quotas[kind];
        if (kind === ResourceKind.ACCOUNT || quota === null) continue;
        total[kind] += n * (limits[kind] ?? quota);
      }
      total[ResourceKind.ACCOUNT] += n;
    }
    return Object.fromEntries(
      Object.values(ResourceKind).map((k) => [k, quotas[k] === null ? null : total[k]]),
    ) as Record<ResourceKind, number | null>;
  }
}
