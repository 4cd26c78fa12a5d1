import { Arg, Ctx as Context, Extensions, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId } from '../../errors';
import { Account } from '../accounts/account.entity';
import { Money } from '../billing/money.type';
import { resellerForHost } from '../identity/auth.service';
import { Plan } from './plan.entity';
import { PlanInput, PlanPeriodView, PlanResourceView, ResourceLimit } from './plans.inputs';
import { fieldCost } from '../../graphql/cost';
import { ListBound } from '../../graphql/list-bound';
import { ResourceKind } from './enums';
import { unscoped } from '../../db/scope';

@Resolver(() => Plan)
export class PlansResolver {
  @Access('user')
  @ListBound(200)
  @Query(() => [Plan], {
    description:
      'Admins: every plan of their company. End users: the plans open for signup and those of their accounts.',
  })
  plans(@Context() ctx: Ctx): Promise<Plan[]> {
    return ctx.services.plans.list(ctx);
  }

  @Access('user')
  @Query(() => Plan, { description: 'One plan you may see; NOT_FOUND otherwise.' })
  plan(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Plan> {
    return ctx.services.plans.get(ctx, parseId(id));
  }

  @Access('public')
  @ListBound(100)
  @Query(() => [Plan], { description: 'The plans the signup page of this host’s company offers.' })
  async signupPlans(@Context() ctx: Ctx): Promise<Plan[]> {
    return ctx.services.plans.signupPlans(ctx.em, await resellerForHost(ctx));
  }

  @Access('admin')
  @Mutation(() => Plan, { description: 'Creates a plan of your company.' })
  createPlan(@Context() ctx: Ctx, @Arg('input', () => PlanInput) input: PlanInput): Promise<Plan> {
    return ctx.services.plans.create(ctx, input);
  }

  @Access('admin')
  @Mutation(() => Plan, {
    description: 'Saves a plan: its fields, periods and resources are replaced. Issued invoices do not change.',
  })
  updatePlan(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => PlanInput) input: PlanInput,
  ): Promise<Plan> {
    return ctx.services.plans.update(ctx, parseId(id), input);
  }

  @Access('admin')
  @Mutation(() => Plan, { description: 'Deletes a plan no account is on; CONFLICT otherwise.' })
  deletePlan(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Plan> {
    return ctx.services.plans.delete(ctx, parseId(id));
  }

  @FieldResolver(() => Money, { description: 'The plan’s own setup fee.' })
  async setupFee(@Context() ctx: Ctx, @Root() plan: Plan): Promise<Money> {
    return Money.of(plan.setupFeeMinor, await ctx.services.plans.currencyOf(ctx.em, plan));
  }

  @FieldResolver(() => Money, { description: 'The plan’s own price per month, before a period’s discount.' })
  async recurringFee(@Context() ctx: Ctx, @Root() plan: Plan): Promise<Money> {
    return Money.of(plan.recurringFeeMinor, await ctx.services.plans.currencyOf(ctx.em, plan));
  }

  @ListBound(36)
  @FieldResolver(() => [PlanPeriodView], {
    name: 'periods',
    description: 'The billing periods offered, shortest first.',
  })
  periodViews(@Context() ctx: Ctx, @Root() plan: Plan): Promise<PlanPeriodView[]> {
    return ctx.services.plans.periodsOf(ctx.em, plan);
  }

  @ListBound(Object.values(ResourceKind).length)
  @FieldResolver(() => [PlanResourceView], {
    name: 'resources',
    description: 'The resources included; any other is not (limit 0).',
  })
  resourceViews(@Context() ctx: Ctx, @Root() plan: Plan): Promise<PlanResourceView[]> {
    return ctx.services.plans.resourcesOf(ctx.em, plan);
  }
}

/** What an account's plan gives it. */
@Resolver(() => Account)
export class AccountPlanResolver {
  @FieldResolver(() => Plan, {
    nullable: true,
    description: 'The plan the account is on; null: default limits and no charges.',
  })
  async plan(@Context() ctx: Ctx, @Root() account: Account): Promise<Plan | null> {
    if (!account.plan) return null;
    return ctx.em.findOne(
      Plan,
      { id: account.plan.id },
      unscoped('the plan of an account the viewer may see: the account’s scope decides'),
    );
  }

  @ListBound(Object.values(ResourceKind).length)
  @Extensions(fieldCost(600)) // six queries: the plan's limits and five counts
  @FieldResolver(() => [ResourceLimit], { description: 'Every resource with the account’s limit and use.' })
  limits(@Context() ctx: Ctx, @Root() account: Account): Promise<ResourceLimit[]> {
    return ctx.services.plans.limitsView(ctx.em, account);
  }
}
