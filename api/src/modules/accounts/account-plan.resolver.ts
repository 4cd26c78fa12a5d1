import { Ctx as Context, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import { unscoped } from '../../db/scope';
import type { Ctx } from '../../graphql/context';
import { fieldCost } from '../../graphql/cost';
import { ListBound } from '../../graphql/list-bound';
import { Plan, ResourceKind, ResourceLimit, type PlanService } from '../plans';
import { Account } from './account.entity';

/** What an account's plan gives it: the plans area knows plans, this one knows the account is on one. */
@Resolver(() => Account)
export class AccountPlanResolver {
  constructor(private readonly api: { plans: Pick<PlanService, 'limitsView'> }) {}

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
    return this.api.plans.limitsView(ctx.em, account);
  }
}
