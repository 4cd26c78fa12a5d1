import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId } from '../../errors';
import { Money } from '../../graphql/money.type';
import { resellerForHost } from '../identity';
import { Plan } from './plan.entity';
import { PlanInput, PlanPeriodView, PlanResourceView } from './plans.inputs';
import type { PlanService } from './plans.service';
import { ListBound } from '../../graphql/list-bound';
import { ResourceKind } from './enums';

/** Plans: the admins' editor, what customers may choose, and their prices (Account.plan and .limits: accounts). */
@Resolver(() => Plan)
export class PlansResolver {
  constructor(private readonly api: { plans: PlanService }) {}

  @Access('user')
  @ListBound(200)
  @Query(() => [Plan], {
    description:
      'Admins: every plan of their company. End users: the plans open for signup and those of their accounts.',
  })
  plans(@Context() ctx: Ctx): Promise<Plan[]> {
    return this.api.plans.list(ctx);
  }

  @Access('user')
  @Query(() => Plan, { description: 'One plan you may see; NOT_FOUND otherwise.' })
  plan(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Plan> {
    return this.api.plans.get(ctx, parseId(id));
  }

  @Access('public')
  @ListBound(100)
  @Query(() => [Plan], { description: 'The plans the signup page of this host’s company offers.' })
  async signupPlans(@Context() ctx: Ctx): Promise<Plan[]> {
    return this.api.plans.signupPlans(ctx.em, await resellerForHost(ctx));
  }

  @Access('admin')
  @Mutation(() => Plan, { description: 'Creates a plan of your company.' })
  createPlan(@Context() ctx: Ctx, @Arg('input', () => PlanInput) input: PlanInput): Promise<Plan> {
    return this.api.plans.create(ctx, input);
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
    return this.api.plans.update(ctx, parseId(id), input);
  }

  @Access('admin')
  @Mutation(() => Plan, { description: 'Deletes a plan no account is on; CONFLICT otherwise.' })
  deletePlan(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Plan> {
    return this.api.plans.delete(ctx, parseId(id));
  }

  @FieldResolver(() => Money, { description: 'The plan’s own setup fee.' })
  async setupFee(@Context() ctx: Ctx, @Root() plan: Plan): Promise<Money> {
    return Money.of(plan.setupFeeMinor, await this.api.plans.currencyOf(ctx.em, plan));
  }

  @FieldResolver(() => Money, { description: 'The plan’s own price per month, before a period’s discount.' })
  async recurringFee(@Context() ctx: Ctx, @Root() plan: Plan): Promise<Money> {
    return Money.of(plan.recurringFeeMinor, await this.api.plans.currencyOf(ctx.em, plan));
  }

  @ListBound(36)
  @FieldResolver(() => [PlanPeriodView], {
    name: 'periods',
    description: 'The billing periods offered, shortest first.',
  })
  periodViews(@Context() ctx: Ctx, @Root() plan: Plan): Promise<PlanPeriodView[]> {
    return this.api.plans.periodsOf(ctx.em, plan);
  }

  @ListBound(Object.values(ResourceKind).length)
  @FieldResolver(() => [PlanResourceView], {
    name: 'resources',
    description: 'The resources included; any other is not (limit 0).',
  })
  resourceViews(@Context() ctx: Ctx, @Root() plan: Plan): Promise<PlanResourceView[]> {
    return this.api.plans.resourcesOf(ctx.em, plan);
  }
}
