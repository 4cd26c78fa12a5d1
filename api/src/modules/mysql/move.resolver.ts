import { Arg, Ctx as Context, ID, Mutation, Resolver } from 'type-graphql';
import { parseId } from '../../errors';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { DatabaseMove, type DatabaseMoves } from './move';

/** The master admin moves an account's MySQL databases between servers of one group. */
@Resolver()
export class MoveDatabasesResolver {
  constructor(private readonly api: { moves: DatabaseMoves }) {}

  @Access('master')
  @Mutation(() => DatabaseMove, {
    description:
      'Moves an account’s MySQL databases and logins to another MySQL server of the same group (and of the same driver), as one task: the logins are locked on the old server, copied with their passwords, each database is dumped and loaded, the grants made again; then the account’s applications connect to the new server’s host. The old copies are dropped after MYSQL_MOVE_GRACE_SECONDS. CONFLICT while anything of the account’s MySQL is being set up or removed.',
  })
  moveAccountDatabases(
    @Context() ctx: Ctx,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('toServerId', () => ID) toServerId: string,
  ): Promise<DatabaseMove> {
    return this.api.moves.move(ctx, parseId(accountId), parseId(toServerId));
  }
}
