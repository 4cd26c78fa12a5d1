import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx as Context, FieldResolver, ID, Info, Mutation, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { ListBound } from '../../graphql/list-bound';
import { perRequest } from '../../graphql/memo';
import { parseId } from '../../errors';
import { snapshotFor, ViewerType } from '../identity';
import { Account } from './account.entity';
import type { AccountService } from './accounts.service';
import type { AccountRow } from './account-reads';

/** The signed-in user's accounts and the one their panel works on (identity shows the viewer). */
@Resolver(() => ViewerType)
export class ViewerAccountsResolver {
  constructor(private readonly api: { accounts: Pick<AccountService, 'ownedByViewer' | 'switchActive'> }) {}

  @Access('user')
  @Mutation(() => ViewerType, {
    description: 'Makes another of your accounts the active one, without signing in again.',
  })
  async switchAccount(@Context() ctx: Ctx, @Arg('accountId', () => ID) accountId: string): Promise<ViewerType> {
    await this.api.accounts.switchActive(ctx, parseId(accountId, 'accountId'));
    return {} as ViewerType;
  }

  @FieldResolver(() => Account, {
    nullable: true,
    description: 'The account the panel is working on; switch with `switchAccount`.',
  })
  async activeAccount(@Context() ctx: Ctx, @Info() info: GraphQLResolveInfo): Promise<AccountRow | null> {
    const viewer = ctx.viewer!;
    const snapshot = snapshotFor(viewer, info);
    const active = snapshot ? snapshot.activeAccountId : (viewer.session.activeAccount?.id ?? null);
    if (active === null) return null;
    return (await this.accounts(ctx, info)).find((a) => a.id === active) ?? null;
  }

  @ListBound(100)
  @FieldResolver(() => [Account], { description: 'Every account this user owns (the account switcher).' })
  accounts(@Context() ctx: Ctx, @Info() info: GraphQLResolveInfo): Promise<AccountRow[]> {
    // activeAccount picks from the same list: one prepared read serves both fields.
    return perRequest(ctx, 'viewer.accounts', () => this.api.accounts.ownedByViewer(ctx, info));
  }
}
