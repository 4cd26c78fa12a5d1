import { Ctx as Context, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import { notFound } from '../../errors';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { fieldCost } from '../../graphql/cost';
import { ListBound } from '../../graphql/list-bound';
import { Account } from '../accounts';
import { Role } from '../identity';
import { ResourceKind } from '../plans';
import { Reseller } from '../resellers';
import type { QuotaService } from './quotas.service';
import { ResellerQuota } from './quotas.types';

/** A reseller's subscription and quotas, on the master's reseller page and the reseller admin's own. */
@Resolver(() => Reseller)
export class ResellerQuotasResolver {
  constructor(private readonly api: { quotas: QuotaService }) {}

  @Access('admin')
  @ListBound(Object.values(ResourceKind).length)
  @Extensions(fieldCost(1200)) // the plan, its limits, the promises and one count per kind
  @FieldResolver(() => [ResellerQuota], {
    description:
      'Its quotas from its reseller plan, with use and promises; empty: no reseller plan, no quota. The master: any reseller; a reseller admin: its own.',
  })
  async quotas(@Context() ctx: Ctx, @Root() reseller: Reseller): Promise<ResellerQuota[]> {
    const viewer = ctx.viewer!;
    if (viewer.role !== Role.MASTER_ADMIN && viewer.resellerId !== reseller.id) throw notFound('Reseller');
    return this.api.quotas.quotasOf(ctx.em, reseller.id);
  }

  @Access('master')
  @FieldResolver(() => Account, {
    nullable: true,
    description:
      'The master only: the account of the master’s company that bills this reseller on its reseller plan (its plan, invoices and balance); null: none.',
  })
  async subscription(@Context() ctx: Ctx, @Root() reseller: Reseller): Promise<Account | null> {
    return (await this.api.quotas.subscriptionOf(ctx.em, reseller.id))?.account ?? null;
  }
}
