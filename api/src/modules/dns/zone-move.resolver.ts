import { Arg, Ctx as Context, ID, Mutation, Resolver } from 'type-graphql';
import { parseId } from '../../errors';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { ZoneMove, type ZoneMoves } from './zone-move';

/** The master admin moves an account's zones between name servers of one group. */
@Resolver()
export class MoveZonesResolver {
  constructor(private readonly api: { zoneMoves: ZoneMoves }) {}

  @Access('master')
  @Mutation(() => ZoneMove, {
    description:
      'Moves an account’s DNS zones from one name server to another of the same group, as tasks: the new server takes the old one’s place (primary or secondary) and its NS record; the old one serves the zones as a secondary until DNS_MOVE_GRACE_SECONDS have passed, then drops them. The customer sets the new name server at the registrar.',
  })
  moveAccountZones(
    @Context() ctx: Ctx,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('fromServerId', () => ID) fromServerId: string,
    @Arg('toServerId', () => ID) toServerId: string,
  ): Promise<ZoneMove> {
    return this.api.zoneMoves.move(ctx, parseId(accountId), parseId(fromServerId), parseId(toServerId));
  }
}
