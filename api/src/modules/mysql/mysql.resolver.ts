import { wrap } from '@mikro-orm/core';
import { Arg, Ctx as Context, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LogicalServer } from '../servers';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId, parseOptionalId } from '../../errors';
import { perRequest } from '../../graphql/memo';
import { Account, accountOf } from '../accounts';
import { MysqlDatabase } from './mysql-database.entity';
import { MysqlGrant } from './mysql-grant.entity';
import { MysqlUser } from './mysql-user.entity';
import { CreateMysqlDatabaseInput, CreateMysqlUserInput } from './mysql.inputs';
import type { MysqlService } from './mysql.service';
import { ListBound } from '../../graphql/list-bound';

/** The services the MySQL resolvers use. */
interface MysqlApi {
  mysql: MysqlService;
}

/** Every grant of an account, once per request: the `users` and `databases` lists of a page share it. */
function grantsOf(api: MysqlApi, ctx: Ctx, accountId: number): Promise<MysqlGrant[]> {
  return perRequest(ctx, `mysql.grants:${accountId}`, () => api.mysql.grantsOf(ctx, accountId));
}

/** The database's server (its connection settings), once per request and server. */
function serverOf(ctx: Ctx, db: MysqlDatabase): Promise<LogicalServer> {
  return perRequest(ctx, `mysql.server:${db.server.id}`, () =>
    ctx.em.findOneOrFail(LogicalServer, { id: db.server.id }),
  );
}

@Resolver(() => MysqlDatabase)
export class MysqlDatabasesResolver {
  constructor(private readonly api: MysqlApi) {}

  @Access('user')
  @ListBound(200)
  @Query(() => [MysqlDatabase], {
    description: 'MySQL databases of an account you own or manage (default: your active account), by name.',
  })
  mysqlDatabases(
    @Context() ctx: Ctx,
    @Arg('accountId', () => ID, { nullable: true }) accountId?: string | null,
  ): Promise<MysqlDatabase[]> {
    return this.api.mysql.listDatabases(ctx, parseOptionalId(accountId, 'accountId'));
  }

  @Access('user')
  @Mutation(() => MysqlDatabase, {
    description:
      'Queues a new database (state QUEUED until it exists on the server). CONFLICT when the account is at its limit.',
  })
  createMysqlDatabase(
    @Context() ctx: Ctx,
    @Arg('input', () => CreateMysqlDatabaseInput) input: CreateMysqlDatabaseInput,
  ): Promise<MysqlDatabase> {
    return this.api.mysql.createDatabase(ctx, {
      ...input,
      accountId: parseOptionalId(input.accountId, 'accountId'),
    });
  }

  @Access('user')
  @Mutation(() => MysqlDatabase, {
    description: 'Queues the database’s removal with all its data (state DELETING; the row goes when it is dropped).',
  })
  deleteMysqlDatabase(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<MysqlDatabase> {
    return this.api.mysql.deleteDatabase(ctx, parseId(id));
  }

  @Access('user')
  @Mutation(() => Boolean, {
    description:
      'Queues a fresh reading of the sizes of an account’s databases (default: your active account) from its MySQL server; each database’s sizeCheckedAt moves when it is done. True also when there was nothing to queue: no databases, or a refresh already pending.',
  })
  refreshMysqlSizes(
    @Context() ctx: Ctx,
    @Arg('accountId', () => ID, { nullable: true }) accountId?: string | null,
  ): Promise<boolean> {
    return this.api.mysql.refreshSizes(ctx, parseOptionalId(accountId, 'accountId'));
  }

  @FieldResolver(() => Account)
  account(@Context() ctx: Ctx, @Root() db: MysqlDatabase): Promise<Account> {
    return accountOf(ctx, db);
  }

  @FieldResolver(() => String, {
    description:
      'The host the account’s applications connect to: its MySQL server’s address (it changes when the database moves to another server).',
  })
  async host(@Context() ctx: Ctx, @Root() db: MysqlDatabase): Promise<string> {
    return (await serverOf(ctx, db)).settings.host ?? 'localhost';
  }

  @FieldResolver(() => Int, { description: 'The port of that host.' })
  async port(@Context() ctx: Ctx, @Root() db: MysqlDatabase): Promise<number> {
    return (await serverOf(ctx, db)).settings.port ?? 3306;
  }

  @ListBound(50)
  @FieldResolver(() => [MysqlUser], { description: 'The logins granted access to this database.' })
  async users(@Context() ctx: Ctx, @Root() db: MysqlDatabase): Promise<MysqlUser[]> {
    return (await grantsOf(this.api, ctx, db.account.id)).filter((g) => g.database.id === db.id).map((g) => g.user);
  }
}

@Resolver(() => MysqlUser)
export class MysqlUsersResolver {
  constructor(private readonly api: MysqlApi) {}

  @Access('user')
  @ListBound(200)
  @Query(() => [MysqlUser], {
    description: 'MySQL logins of an account you own or manage (default: your active account), by name.',
  })
  mysqlUsers(
    @Context() ctx: Ctx,
    @Arg('accountId', () => ID, { nullable: true }) accountId?: string | null,
  ): Promise<MysqlUser[]> {
    return this.api.mysql.listUsers(ctx, parseOptionalId(accountId, 'accountId'));
  }

  @Access('user')
  @Mutation(() => MysqlUser, {
    description:
      'Queues a new login with this password (never stored by the panel; it travels encrypted to the task). CONFLICT at the account’s limit.',
  })
  createMysqlUser(
    @Context() ctx: Ctx,
    @Arg('input', () => CreateMysqlUserInput) input: CreateMysqlUserInput,
  ): Promise<MysqlUser> {
    return this.api.mysql.createUser(ctx, { ...input, accountId: parseOptionalId(input.accountId, 'accountId') });
  }

  @Access('user')
  @Mutation(() => MysqlUser, { description: 'Queues a new password for the login (8–128 printable ASCII characters).' })
  setMysqlUserPassword(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('password', () => String) password: string,
  ): Promise<MysqlUser> {
    return this.api.mysql.setPassword(ctx, parseId(id), { password });
  }

  @Access('user')
  @Mutation(() => MysqlUser, {
    description: 'Queues the login’s removal, with its grants (state DELETING; the row goes when it is dropped).',
  })
  deleteMysqlUser(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<MysqlUser> {
    return this.api.mysql.deleteUser(ctx, parseId(id));
  }

  @Access('user')
  @Mutation(() => MysqlGrant, { description: 'Gives the login all privileges on a database of the same account.' })
  grantMysqlDatabase(
    @Context() ctx: Ctx,
    @Arg('userId', () => ID) userId: string,
    @Arg('databaseId', () => ID) databaseId: string,
  ): Promise<MysqlGrant> {
    return this.api.mysql.grant(ctx, parseId(userId, 'userId'), parseId(databaseId, 'databaseId'));
  }

  @Access('user')
  @Mutation(() => Boolean, {
    description: 'Queues the removal of the login’s privileges on the database. NOT_FOUND if it has none.',
  })
  revokeMysqlDatabase(
    @Context() ctx: Ctx,
    @Arg('userId', () => ID) userId: string,
    @Arg('databaseId', () => ID) databaseId: string,
  ): Promise<boolean> {
    return this.api.mysql.revoke(ctx, parseId(userId, 'userId'), parseId(databaseId, 'databaseId'));
  }

  @FieldResolver(() => Account)
  account(@Context() ctx: Ctx, @Root() user: MysqlUser): Promise<Account> {
    return accountOf(ctx, user);
  }

  @ListBound(50)
  @FieldResolver(() => [MysqlDatabase], { description: 'The databases this login has access to.' })
  async databases(@Context() ctx: Ctx, @Root() user: MysqlUser): Promise<MysqlDatabase[]> {
    return (await grantsOf(this.api, ctx, user.account.id)).filter((g) => g.user.id === user.id).map((g) => g.database);
  }
}

@Resolver(() => MysqlGrant)
export class MysqlGrantsResolver {
  @FieldResolver(() => MysqlUser)
  user(@Context() ctx: Ctx, @Root() grant: MysqlGrant): Promise<MysqlUser> {
    if (wrap(grant.user).isInitialized()) return Promise.resolve(grant.user);
    return ctx.em.findOneOrFail(MysqlUser, { id: grant.user.id });
  }

  @FieldResolver(() => MysqlDatabase)
  database(@Context() ctx: Ctx, @Root() grant: MysqlGrant): Promise<MysqlDatabase> {
    if (wrap(grant.database).isInitialized()) return Promise.resolve(grant.database);
    return ctx.em.findOneOrFail(MysqlDatabase, { id: grant.database.id });
  }
}
