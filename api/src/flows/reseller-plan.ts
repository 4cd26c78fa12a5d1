import { randomBytes } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Arg, Ctx as Context, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { z } from 'zod';
import { badInput, notFound, validate } from '../errors';
import { Access } from '../graphql/access';
import type { Ctx } from '../graphql/context';
import type { Areas, Core } from '../module';
import { chosenPlan, openAccount } from '../modules/accounts';
import { audit } from '../modules/audit';
import { emailSchema, hashPassword, loginSchema, passwordSchema, Role, User } from '../modules/identity';
import { quotasModule, ResellerSubscription, type QuotaService } from '../modules/quotas';
import { Reseller } from '../modules/resellers';
import type { PlanChangeService } from './plan-change';

/*
 * Selling a reseller its reseller plan (H-Sphere's reseller plans): the reseller is the master's
 * customer. Its subscription is an ordinary account of the master's company on a reseller plan
 * (accounts), owned by a customer login of the master's company that stands for the reseller and
 * pays its invoices there; billing treats it like any account. Changing the plan later is the
 * plan-change flow of that account. The plan's resources become the reseller's quotas (quotas).
 */

@InputType({
  description:
    'The master gives a reseller a reseller plan. The first time, its subscription account is opened in the master’s company for a billing customer: an existing one (billingUserId) or a new login (billingLogin, billingEmail, billingPassword).',
})
export class SetResellerPlanInput {
  @Field(() => ID)
  resellerId!: string;

  @Field(() => ID, { description: 'A reseller plan of the master’s company.' })
  planId!: string;

  @Field(() => Int, { description: 'One of the plan’s billing periods.' })
  periodMonths!: number;

  @Field(() => ID, { nullable: true, description: 'An end user of the master’s company who pays for the reseller.' })
  billingUserId?: string | null;

  @Field(() => String, { nullable: true, description: 'A new customer login at the master’s panel for the reseller.' })
  billingLogin?: string | null;

  @Field(() => String, { nullable: true })
  billingEmail?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The new login’s password; omitted: none usable until an admin sets one.',
  })
  billingPassword?: string | null;
}

const setSchema = z.object({
  resellerId: z.coerce.number().int().positive('must be a reseller ID'),
  planId: z.coerce.number().int().positive('must be a plan ID'),
  periodMonths: z.number().int('must be a whole number'),
  billingUserId: z.coerce.number().int().positive('must be a user ID').nullish(),
  billingLogin: loginSchema.nullish(),
  billingEmail: emailSchema.nullish(),
  billingPassword: passwordSchema.nullish(),
});

export class ResellerPlanService {
  constructor(
    private readonly core: Pick<Core, 'events' | 'tasks'>,
    private readonly quotas: QuotaService,
    private readonly planChanges: Pick<PlanChangeService, 'change'>,
  ) {}

  /** Gives the reseller the plan: opens its subscription account, or moves that account to the plan. */
  async set(ctx: Ctx, input: unknown): Promise<Reseller> {
    const v = validate(setSchema, input);
    const reseller = await ctx.em.findOne(Reseller, { id: v.resellerId });
    if (!reseller) throw notFound('Reseller');
    if (reseller.isRoot)
      throw badInput([{ field: 'resellerId', message: 'is the master’s own company: it has no reseller plan' }]);
    const rootId = ctx.viewer!.resellerId;
    const existing = await this.quotas.subscriptionOf(ctx.em, reseller.id);
    const newCustomer = v.billingLogin || v.billingEmail || v.billingPassword;
    if (existing) {
      if (v.billingUserId || newCustomer)
        throw badInput([
          {
            field: v.billingUserId ? 'billingUserId' : 'billingLogin',
            message: 'the reseller already has its subscription account: its billing customer stays',
          },
        ]);
      const plan = await chosenPlan(ctx.em, rootId, v.planId, v.periodMonths, true, true);
      await this.quotas.assertUseFits(ctx.em, reseller.id, plan);
      await this.planChanges.change(ctx, {
        accountId: existing.account.id,
        planId: v.planId,
        periodMonths: v.periodMonths,
      });
      return reseller;
    }
    if (v.billingUserId && newCustomer)
      throw badInput([{ field: 'billingLogin', message: 'give either billingUserId or a new login, not both' }]);
    if (!v.billingUserId && !(v.billingLogin && v.billingEmail)) {
      const fields = [];
      if (!v.billingLogin) fields.push({ field: 'billingLogin', message: 'is required without billingUserId' });
      if (!v.billingEmail) fields.push({ field: 'billingEmail', message: 'is required without billingUserId' });
      throw badInput(fields);
    }
    const passwordHash = v.billingUserId
      ? ''
      : await hashPassword(v.billingPassword ?? randomBytes(24).toString('base64url'));
    try {
      await ctx.em.transactional(async (em) => {
        const root = await em.findOneOrFail(Reseller, { id: rootId });
        const plan = await chosenPlan(em, root.id, v.planId, v.periodMonths, true, true);
        let owner: User;
        if (v.billingUserId) {
          const found = await em.findOne(User, { id: v.billingUserId, reseller: root.id });
          if (!found || found.role !== Role.END_USER)
            throw badInput([{ field: 'billingUserId', message: 'must be an end user of your company' }]);
          owner = found;
        } else {
          owner = em.create(User, {
            reseller: root,
            login: v.billingLogin!,
            email: v.billingEmail!,
            passwordHash,
            role: Role.END_USER,
          });
        }
        await this.quotas.assertUseFits(em, reseller.id, plan);
        const account = await openAccount(em, this.core, {
          reseller: root,
          owner,
          name: `Reseller plan: ${reseller.name}`.slice(0, 100),
          plan,
          periodMonths: v.periodMonths,
          profile: null,
          now: new Date(),
          byAdmin: true,
        });
        em.create(ResellerSubscription, { reseller: em.getReference(Reseller, reseller.id), account });
        audit(em, {
          resellerId: root.id,
          accountId: account.id,
          actorId: ctx.viewer!.userId,
          action: 'reseller.planSet',
          detail: `Reseller ${reseller.name} (${reseller.id}) subscribed to plan ${plan.name}, ${v.periodMonths} month(s), as account ${account.id}`,
        });
        await em.flush();
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException)
        throw badInput([{ field: 'billingLogin', message: 'is already taken' }]);
      throw err;
    }
    this.core.tasks.notify();
    return reseller;
  }
}

/** The reseller-plan flow of an app: its core, the quotas area, and the plan-change flow. */
export function resellerPlanService(core: Core, areas: Areas, planChanges: PlanChangeService): ResellerPlanService {
  return new ResellerPlanService(core, areas.get(quotasModule).quotas, planChanges);
}

@Resolver()
export class ResellerPlanResolver {
  constructor(private readonly api: { resellerPlans: ResellerPlanService }) {}

  @Access('master')
  @Mutation(() => Reseller, {
    description:
      'Gives a reseller a reseller plan: opens its subscription account in your company (billed like any customer’s), or moves it to the plan with proration. The plan’s resources become its quotas.',
  })
  setResellerPlan(
    @Context() ctx: Ctx,
    @Arg('input', () => SetResellerPlanInput) input: SetResellerPlanInput,
  ): Promise<Reseller> {
    return this.api.resellerPlans.set(ctx, input);
  }
}
