/**
 * Moving an account's MySQL databases to another server of the same group (SRV beyond), as one
 * task on the new server (move.handlers.ts): its logins are copied with their stored password
 * hashes, each database is dumped and loaded, grants are made again, then the rows point at the
 * new server. Nothing is written to the old copy meanwhile: the account's logins there are locked
 * before the dump (an application still pointed at the old host is refused instead of writing
 * where nobody reads), and the old copies are dropped after MYSQL_MOVE_GRACE_SECONDS. While the
 * move is queued or running, the account's MySQL changes answer CONFLICT.
 */
import type { EntityManager } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { dumpTools, DUMP_TOOLS } from '../../drivers/mysql/dump';
import { systemEm } from '../../db/scope';
import { conflict, notFound } from '../../errors';
import type { Ctx } from '../../graphql/context';
import type { Core } from '../../module';
import { ProvisionState } from '../../tasks/provision-state';
import { Task, TaskState } from '../../tasks/task.entity';
import { Account } from '../accounts';
import { DriverName, moveTarget, placedServer, ServerKind } from '../servers';
import { MysqlDatabase } from './mysql-database.entity';
import { MysqlGrant } from './mysql-grant.entity';
import { MysqlUser } from './mysql-user.entity';
import { MysqlTask, type MovePayload } from './mysql.tasks';

@ObjectType({ description: 'A move of an account’s MySQL databases and logins to another server, as queued.' })
export class DatabaseMove {
  @Field(() => ID)
  accountId!: number;

  @Field(() => String, { description: 'The server they leave.' })
  from!: string;

  @Field(() => String, { description: 'The server they go to.' })
  to!: string;

  @Field(() => Int)
  databases!: number;

  @Field(() => Int)
  users!: number;
}

/** CONFLICT while the account's databases are moving: a change now would be made on the copy being left. */
export async function assertNotMoving(em: EntityManager, accountId: number): Promise<void> {
  const moving = await em.count(Task, {
    kind: MysqlTask.moveAccount,
    account: accountId,
    state: { $in: [TaskState.QUEUED, TaskState.RUNNING] },
  });
  if (moving) throw conflict('The account’s databases are moving to another server; try again when the move is done');
}

export class DatabaseMoves {
  constructor(private readonly core: Pick<Core, 'tasks'>) {}

  /** Queues the move of `accountId`'s databases and logins to MySQL server `toId` (master admin). */
  async move(ctx: Ctx, accountId: number, toId: number): Promise<DatabaseMove> {
    const em = systemEm(ctx.em, 'the master admin moves any company’s account between servers');
    const result = await em.transactional(async (tx) => {
      const account = await tx.findOne(Account, { id: accountId });
      if (!account) throw notFound('Account');
      const from = (await placedServer(tx, accountId, ServerKind.MYSQL)).server;
      const to = await moveTarget(tx, { from, toId, kind: ServerKind.MYSQL, what: `account ${accountId}` });
      if (to.driver !== from.driver)
        throw conflict(
          `${to.name} uses the ${to.driver} driver and ${from.name} ${from.driver}; databases move between servers of one driver`,
        );
      if (to.driver === DriverName.MARIADB && !dumpTools())
        throw conflict(`moving databases needs ${DUMP_TOOLS} on the panel’s machine; install them first`);
      await assertNotMoving(tx, accountId);
      const where = { account: accountId, server: from.id };
      const rows = [
        ...(await tx.find(MysqlDatabase, where)).map((r) => ({ what: `database ${r.name}`, ...r })),
        ...(await tx.find(MysqlUser, where)).map((r) => ({ what: `MySQL user ${r.name}`, ...r })),
      ];
      const busy = rows.find((r) => r.state === ProvisionState.QUEUED || r.state === ProvisionState.DELETING);
      if (busy) throw conflict(`the ${busy.what} is being set up or removed; move the account once that is done`);
      const grantBusy = await tx.count(MysqlGrant, {
        account: accountId,
        state: { $in: [ProvisionState.QUEUED, ProvisionState.DELETING] },
      });
      if (grantBusy)
        throw conflict('a grant of the account is being made or revoked; move the account once that is done');
      for (const r of rows) {
        const entity = r.what.startsWith('database') ? MysqlDatabase : MysqlUser;
        const taken = await tx.count(entity, { server: to.id, name: r.name });
        if (taken) throw conflict(`${to.name} holds a ${r.what} already`);
      }
      this.core.tasks.enqueue(tx, {
        kind: MysqlTask.moveAccount,
        payload: { accountId, from: from.id } satisfies MovePayload as unknown as Record<string, unknown>,
        server: to,
        account,
        reseller: account.reseller,
        subject: `MySQL of account ${accountId} (move)`,
      });
      const databases = rows.filter((r) => r.what.startsWith('database')).length;
      return { accountId, from: from.name, to: to.name, databases, users: rows.length - databases };
    });
    this.core.tasks.notify();
    ctx.log.info({ ...result, by: ctx.viewer?.userId }, 'account’s databases moving');
    return result;
  }
}
