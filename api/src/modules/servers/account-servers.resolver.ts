import { Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import { systemEm } from '../../db/scope';
import { Access } from '../../graphql/access';
import { ListBound } from '../../graphql/list-bound';
import { ServerKind } from './enums';
import type { Ctx } from '../../graphql/context';
import { Account } from '../accounts';
import { AccountServer } from './account-server.entity';
import { LogicalServer } from './logical-server.entity';

/** What the master admin sees of an account's place in the cluster. */
@Resolver(() => Account)
export class AccountServersResolver {
  @Access('master')
  @ListBound(Object.keys(ServerKind).length) // one placement per kind
  @FieldResolver(() => [LogicalServer], {
    description:
      'The servers the account is placed on, one per kind (its web sites, its MySQL databases…), by kind: where its new resources go, and what a move starts from. Master admin only.',
  })
  async servers(@Context() ctx: Ctx, @Root() account: Pick<Account, 'id'>): Promise<LogicalServer[]> {
    const em = systemEm(ctx.em, 'the master admin sees where any company’s account is placed');
    const placed = await em.find(
      AccountServer,
      { account: account.id },
      { populate: ['server'], orderBy: { kind: 'asc' } },
    );
    return placed.map((p) => p.server);
  }
}
