import { Ctx as Context, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import { unscoped } from '../../db/scope';
import type { Ctx } from '../../graphql/context';
import { fieldCost } from '../../graphql/cost';
import { ListBound } from '../../graphql/list-bound';
import { Plan, ResourceKind, ResourceLimit, type PlanService } from '../plans';
import { Account } from './account.entity';
import type { AccountNode } from './account-reads';

/** Each request's account limits, by account, while the request lives. */
const limitsAsked = new WeakMap<Ctx, Map<number, Promise<ResourceLimit[]>>>();

/** What an account's plan gives it: the plans area knows plans, this one knows the account is on one. */
@Resolver(() => Account)
export class AccountPlanResolver {
  constructor(private readonly api: { plans: Pick<PlanService, 'limitsView'> }) {}

  @FieldResolver(() => Plan, {
    nullable: true,
    description: 'The plan the account is on; null: default limits and no charges.',
  })
  async plan(@Context() ctx: Ctx, @Root() account: AccountNode): Promise<Plan | null> {
    if (!account.plan) return null;
    return ctx.em.findOne(
      Plan,
      { id: account.plan.id },
      unscoped('the plan of an account the viewer may see: the account’s scope decides'),
    );
  }

  @ListBound(Object.values(ResourceKind).length)
  // Seven queries: the plan's limits and six counts (domains, sites, databases, database users,
  // dedicated addresses, certificates); priced so, aliases of it cannot do more work than the budget.
  @Extensions(fieldCost(700))
  @FieldResolver(() => [ResourceLimit], { description: 'Every resource with the account’s limit and use.' })
  limits(@Context() ctx: Ctx, @Root() account: AccountNode): Promise<ResourceLimit[]> {
    // Asked again for the same account in one request (aliases, a list nested twice), counted once.
    let seen = limitsAsked.get(ctx);
    if (!seen) limitsAsked.set(ctx, (seen = new Map()));
    let limits = seen.get(account.id);
    if (!limits) seen.set(account.id, (limits = this.api.plans.limitsView(ctx.em, account)));
    return limits;
  }
}
