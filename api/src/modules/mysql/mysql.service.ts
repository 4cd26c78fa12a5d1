import type { EntityManager } from '@mikro-orm/core';
import { assertWithinLimit, ResourceKind } from '../plans';
import type { QuotaService } from '../quotas';
import { MysqlDrivers } from '../../drivers/mysql';
import { fullName } from '../../drivers/mysql/names';
import type { Ctx } from '../../graphql/context';
import { badInput, conflict, notFound, validate } from '../../errors';
import type { Core } from '../../module';
import type { EnqueueSpec } from '../../tasks/types';
import { provisioningChange } from '../../tasks/provisioning-change';
import { Account, AccountStatus, accountForViewer } from '../accounts';
import { AccountServer, ServerKind } from '../servers';
import type { LogicalServer, PlacementService } from '../servers';
import { ProvisionState } from '../../tasks/provision-state';
import { MysqlDatabase } from './mysql-database.entity';
import { MysqlGrant } from './mysql-grant.entity';
import { MysqlUser } from './mysql-user.entity';
import { MysqlTask } from './mysql.tasks';
import { createDatabaseSchema, createUserSchema, setPasswordSchema } from './mysql.validation';
import { queueSizeRefreshes } from './size-refresh';
import { unscoped } from '../../db/scope';
import { assertNotMoving } from './move';

/**
 * MySQL databases, logins and grants of accounts (the rules). Every change writes its rows and the
 * task that applies it to the account's MySQL server in one transaction, then wakes the worker;
 * the handlers (mysql.handlers.ts) do the rest through a driver. Rows are found through the
 * request's tenant scope, so another customer's ID is simply NOT_FOUND.
 */
export class MysqlService {
  /** One driver (one small connection pool) per logical server, shared by the handlers. */
  readonly drivers: MysqlDrivers;

  constructor(
    private readonly core: Pick<Core, 'config' | 'secrets' | 'tasks'>,
    private readonly placement: Pick<PlacementService, 'place'>,
    private readonly quotas: Pick<QuotaService, 'assertWithinQuota'>,
  ) {
    this.drivers = new MysqlDrivers({ config: core.config, secrets: core.secrets });
  }

  async listDatabases(ctx: Ctx, accountId: number | null): Promise<MysqlDatabase[]> {
    const account = await accountForViewer(ctx, ctx.em, accountId);
    return ctx.em.find(MysqlDatabase, { account: account.id }, { orderBy: { name: 'asc' } });
  }

  async listUsers(ctx: Ctx, accountId: number | null): Promise<MysqlUser[]> {
    const account = await accountForViewer(ctx, ctx.em, accountId);
    return ctx.em.find(MysqlUser, { account: account.id }, { orderBy: { name: 'asc' } });
  }

  /** The grants of one account, user and database populated. */
  grantsOf(ctx: Ctx, accountId: number): Promise<MysqlGrant[]> {
    return ctx.em.find(MysqlGrant, { account: accountId }, { populate: ['user', 'database'], orderBy: { id: 'asc' } });
  }

  async createDatabase(ctx: Ctx, input: unknown): Promise<MysqlDatabase> {
    const v = validate(createDatabaseSchema, input);
    return this.change(ctx, async (em) => {
      const account = await accountForViewer(ctx, em, v.accountId ?? null, { forUpdate: true, inService: true });
      await assertNotMoving(em, account.id);
      await assertWithinLimit(
        em,
        account,
        ResourceKind.MYSQL_DATABASE,
        await em.count(MysqlDatabase, { account: account.id }),
      );
      await this.quotas.assertWithinQuota(em, account.reseller.id, ResourceKind.MYSQL_DATABASE);
      const server = await this.placement.place(em, account, ServerKind.MYSQL);
      const name = fullName(account.id, v.name);
      await this.assertNameFree(em, MysqlDatabase, server, name, 'database');
      const db = em.create(MysqlDatabase, { reseller: account.reseller, account, server, name, charset: v.charset });
      await em.flush();
      this.enqueue(em, account, server, MysqlTask.createDatabase, { databaseId: db.id, name }, `database ${name}`);
      return db;
    });
  }

  async deleteDatabase(ctx: Ctx, id: number): Promise<MysqlDatabase> {
    return this.change(ctx, async (em) => {
      const db = await em.findOne(MysqlDatabase, { id }, { populate: ['account', 'server'] });
      if (!db) throw notFound('MySQL database');
      await assertNotMoving(em, db.account.id);
      assertNotBusy(db.state, `database ${db.name}`);
      db.state = ProvisionState.DELETING;
      this.enqueue(
        em,
        db.account,
        db.server,
        MysqlTask.dropDatabase,
        { databaseId: db.id, name: db.name },
        `database ${db.name}`,
      );
      return db;
    });
  }

  async createUser(ctx: Ctx, input: unknown): Promise<MysqlUser> {
    const v = validate(createUserSchema, input);
    return this.change(ctx, async (em) => {
      const account = await accountForViewer(ctx, em, v.accountId ?? null, { forUpdate: true, inService: true });
      await assertNotMoving(em, account.id);
      await assertWithinLimit(em, account, ResourceKind.MYSQL_USER, await em.count(MysqlUser, { account: account.id }));
      await this.quotas.assertWithinQuota(em, account.reseller.id, ResourceKind.MYSQL_USER);
      const server = await this.placement.place(em, account, ServerKind.MYSQL);
      const name = fullName(account.id, v.name);
      await this.assertNameFree(em, MysqlUser, server, name, 'user');
      const requestedAt = new Date();
      const user = em.create(MysqlUser, {
        reseller: account.reseller,
        account,
        server,
        name,
        passwordChangedAt: requestedAt,
      });
      await em.flush();
      this.enqueue(
        em,
        account,
        server,
        MysqlTask.createUser,
        { userId: user.id, name, requestedAt: requestedAt.getTime() },
        `MySQL user ${name}`,
        v.password,
      );
      return user;
    });
  }

  async setPassword(ctx: Ctx, id: number, input: unknown): Promise<MysqlUser> {
    const v = validate(setPasswordSchema, input);
    return this.change(ctx, async (em) => {
      const user = await em.findOne(MysqlUser, { id }, { populate: ['account', 'server'] });
      if (!user) throw notFound('MySQL user');
      await assertNotMoving(em, user.account.id);
      assertNotBusy(user.state, `MySQL user ${user.name}`);
      if (user.state === ProvisionState.FAILED)
        throw conflict(`The MySQL user ${user.name} is not on the server; delete it and create it again`);
      const requestedAt = new Date();
      user.passwordChangedAt = requestedAt;
      const payload = { userId: user.id, name: user.name, requestedAt: requestedAt.getTime() };
      this.enqueue(
        em,
        user.account,
        user.server,
        MysqlTask.setPassword,
        payload,
        `MySQL user ${user.name}`,
        v.password,
      );
      return user;
    });
  }

  async deleteUser(ctx: Ctx, id: number): Promise<MysqlUser> {
    return this.change(ctx, async (em) => {
      const user = await em.findOne(MysqlUser, { id }, { populate: ['account', 'server'] });
      if (!user) throw notFound('MySQL user');
      await assertNotMoving(em, user.account.id);
      assertNotBusy(user.state, `MySQL user ${user.name}`);
      user.state = ProvisionState.DELETING;
      this.enqueue(
        em,
        user.account,
        user.server,
        MysqlTask.dropUser,
        { userId: user.id, name: user.name },
        `MySQL user ${user.name}`,
      );
      return user;
    });
  }

  /** All privileges for a login on a database of the same account. A grant may be queued while either is still being created. */
  async grant(ctx: Ctx, userId: number, databaseId: number): Promise<MysqlGrant> {
    return this.change(
      ctx,
      async (em) => {
        const { user, db } = await this.pair(em, userId, databaseId);
        for (const [what, state] of [
          [`MySQL user ${user.name}`, user.state],
          [`database ${db.name}`, db.state],
        ] as const) {
          if (state === ProvisionState.DELETING) throw conflict(`The ${what} is being deleted`);
          if (state === ProvisionState.FAILED)
            throw conflict(`The ${what} could not be created; delete it and create it again`);
        }
        if (await em.count(MysqlGrant, { user: user.id, database: db.id }))
          throw conflict(`${user.name} already has access to ${db.name}`);
        const grant = em.create(MysqlGrant, { reseller: user.reseller, account: user.account, user, database: db });
        await em.flush();
        this.enqueue(
          em,
          user.account,
          user.server,
          MysqlTask.grant,
          { grantId: grant.id, user: user.name, database: db.name },
          `grant ${user.name} on ${db.name}`,
        );
        return grant;
      },
      () => conflict('This user already has access to this database'),
    );
  }

  async revoke(ctx: Ctx, userId: number, databaseId: number): Promise<boolean> {
    return this.change(ctx, async (em) => {
      const { user, db } = await this.pair(em, userId, databaseId);
      const grant = await em.findOne(MysqlGrant, { user: user.id, database: db.id });
      if (!grant) throw notFound('MySQL grant');
      assertNotBusy(grant.state, `grant of ${user.name} on ${db.name}`);
      grant.state = ProvisionState.DELETING;
      this.enqueue(
        em,
        user.account,
        user.server,
        MysqlTask.revoke,
        { grantId: grant.id, user: user.name, database: db.name },
        `grant ${user.name} on ${db.name}`,
      );
      return true;
    });
  }

  /**
   * Queues a fresh reading of the sizes of the account's databases; true also when there was
   * nothing to queue (no databases yet, or a refresh already pending). The account row is locked
   * (on PostgreSQL) so two quick clicks queue one task.
   */
  async refreshSizes(ctx: Ctx, accountId: number | null): Promise<boolean> {
    const queued = await ctx.em.transactional(async (em) => {
      const account = await accountForViewer(ctx, em, accountId, { forUpdate: true });
      return queueSizeRefreshes(em, this.core.tasks, { accountId: account.id });
    });
    if (queued > 0) this.core.tasks.notify();
    return true;
  }

  /**
   * On 'account.statusChanged', in the transaction that suspends or resumes an account: queues the
   * task that locks (or unlocks) the account's MySQL logins. Returns whether a task was queued
   * (the emitter then wakes the worker after its commit).
   */
  async accountStatusChanged(em: EntityManager, account: Account): Promise<boolean> {
    const placed = await em.findOne(
      AccountServer,
      { account: account.id, kind: ServerKind.MYSQL },
      {
        populate: ['server'],
        ...unscoped(
          'the account’s MySQL placement, whoever suspends or resumes the account (an admin of its company or the dunning run)',
        ),
      },
    );
    if (!placed) return false;
    const suspended = account.status === AccountStatus.SUSPENDED;
    const kind = suspended ? MysqlTask.lockAccount : MysqlTask.unlockAccount;
    const subject = `MySQL users of account ${account.id}`;
    this.core.tasks.enqueue(em, {
      kind,
      payload: { accountId: account.id },
      server: placed.server,
      account,
      reseller: account.reseller,
      subject,
    });
    return true;
  }

  /** Rows and task in one transaction, then the worker is woken (a lost race on a name is a field error). */
  private change<T>(
    ctx: Ctx,
    work: (em: EntityManager) => Promise<T>,
    onDuplicate = () => badInput([{ field: 'name', message: 'is already taken' }]),
  ): Promise<T> {
    return provisioningChange(ctx, this.core.tasks, work, onDuplicate);
  }

  private enqueue(
    em: EntityManager,
    account: Account,
    server: LogicalServer,
    kind: string,
    payload: object,
    subject: string,
    secret?: string,
  ): void {
    const spec: EnqueueSpec = { kind, payload: { ...payload }, server, account, reseller: account.reseller, subject };
    if (secret !== undefined) spec.secret = secret;
    this.core.tasks.enqueue(em, spec);
  }

  private async assertNameFree(
    em: EntityManager,
    entity: typeof MysqlDatabase | typeof MysqlUser,
    server: LogicalServer,
    name: string,
    what: string,
  ): Promise<void> {
    const existing = await em.findOne(
      entity,
      { server: server.id, name },
      unscoped('a MySQL name is unique per server whoever sees the row (the prefix makes it this account’s anyway)'),
    );
    if (!existing) return;
    const message =
      existing.state === ProvisionState.DELETING
        ? `${what} ${name} is being deleted; try again when it is gone`
        : `a ${what} named ${name} already exists`;
    throw badInput([{ field: 'name', message }]);
  }

  /** A user and a database of the same account, both visible to the viewer. */
  private async pair(
    em: EntityManager,
    userId: number,
    databaseId: number,
  ): Promise<{ user: MysqlUser; db: MysqlDatabase }> {
    const user = await em.findOne(MysqlUser, { id: userId }, { populate: ['account', 'server'] });
    if (!user) throw notFound('MySQL user');
    const db = await em.findOne(MysqlDatabase, { id: databaseId });
    if (!db) throw notFound('MySQL database');
    if (db.account.id !== user.account.id)
      throw badInput([{ field: 'databaseId', message: 'belongs to another account than the user' }]);
    await assertNotMoving(em, user.account.id);
    return { user, db };
  }
}

function assertNotBusy(state: ProvisionState, what: string): void {
  if (state === ProvisionState.QUEUED) throw conflict(`The ${what} is still being created; try again in a moment`);
  if (state === ProvisionState.DELETING) throw conflict(`The ${what} is being deleted`);
}
