import { Arg, Ctx as Context, ID, Mutation, Resolver } from 'type-graphql';
import { parseId } from '../../errors';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { SiteMove, type SiteMoves } from './move';

/** The master admin moves an account's sites between web servers of one group. */
@Resolver()
export class MoveSitesResolver {
  constructor(private readonly api: { moves: SiteMoves }) {}

  @Access('master')
  @Mutation(() => SiteMove, {
    description:
      'Moves an account’s web sites to another web server of the same group, as tasks: each site is copied and served there, its address records follow, and the old copy is removed after WEB_MOVE_GRACE_SECONDS.',
  })
  moveAccountSites(
    @Context() ctx: Ctx,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('toServerId', () => ID) toServerId: string,
  ): Promise<SiteMove> {
    return this.api.moves.move(ctx, parseId(accountId), parseId(toServerId));
  }
}
