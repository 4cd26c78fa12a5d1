import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { systemEm } from '../../db/scope';
import { Account } from '../accounts';
import { LogicalServer } from '../servers';
import { Zone } from './zone.entity';
import { parseId } from '../../errors';
import { Access } from '../../graphql/access';
import { ListBound } from '../../graphql/list-bound';
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

const ZONE_SERVERS_SHOWN = 20;

/** The name servers an account's zones are on, for the master admin's move. */
@Resolver(() => Account)
export class AccountZoneServersResolver {
  @Access('master')
  @ListBound(ZONE_SERVERS_SHOWN)
  @FieldResolver(() => [LogicalServer], {
    description:
      'The name servers holding the account’s own zones (primary or secondary), by name; at most 20. Master admin only.',
  })
  async zoneServers(@Context() ctx: Ctx, @Root() account: Pick<Account, 'id'>): Promise<LogicalServer[]> {
    const em = systemEm(ctx.em, 'the master admin sees where any company’s account is placed');
    const zones = await em.find(Zone, { account: account.id }, { fields: ['primary', 'secondary'] });
    const ids = [...new Set(zones.flatMap((z) => [z.primary.id, ...(z.secondary ? [z.secondary.id] : [])]))];
    if (!ids.length) return [];
    return em.find(LogicalServer, { id: { $in: ids } }, { orderBy: { name: 'asc' }, limit: ZONE_SERVERS_SHOWN });
  }
}
