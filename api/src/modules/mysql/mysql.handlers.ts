import type { EntityManager } from '@mikro-orm/core';
import type { MysqlDriver, MysqlDrivers } from '../../drivers/mysql';
import type { TaskHandler, TaskJob } from '../../tasks/types';
import { Account, AccountStatus } from '../accounts';
import { ProvisionState } from '../../tasks/provision-state';
import { MysqlDatabase } from './mysql-database.entity';
import { MysqlGrant } from './mysql-grant.entity';
import { MysqlUser } from './mysql-user.entity';
import {
  MysqlTask,
  type AccountPayload,
  type DatabasePayload,
  type GrantPayload,
  type PasswordPayload,
  type UserPayload,
} from './mysql.tasks';

/*
 * The MySQL task handlers. Each reads the row it acts on first and applies what the row says is
 * still wanted, so a handler run twice (after a crash) or run late (its resource deleted
 * meanwhile) ends as it should: a create whose row is gone or being deleted does nothing, a drop
 * whose row is gone is already done. Row changes go through job.em and commit with the task.
 */

const CREATABLE: ReadonlySet<ProvisionState> = new Set([ProvisionState.QUEUED, ProvisionState.FAILED]);

/** The MySQL service's drivers (one pool per server), shared by the handlers. */
type Drivers = Pick<MysqlDrivers, 'for'>;

function driver(drivers: Drivers, job: TaskJob): MysqlDriver {
  if (!job.server) throw new Error(`task ${job.task.id} has no server`);
  return drivers.for(job.server);
}

const payload = <T>(job: TaskJob): T => job.task.payload as T;

function password(job: TaskJob): string {
  const secret = job.secret();
  if (!secret)
    throw new Error(
      'the task no longer holds the password (a cancelled task drops it); delete the user and create it again, or set a new password',
    );
  return secret;
}

/** A QUEUED row whose task failed for good is FAILED; one in another state was changed meanwhile and keeps it. */
async function markFailed(
  em: EntityManager,
  entity: typeof MysqlDatabase | typeof MysqlUser | typeof MysqlGrant,
  id: number,
  from: ProvisionState,
): Promise<void> {
  const row = await em.findOne(entity, { id });
  if (row?.state === from) row.state = ProvisionState.FAILED;
}

const createDatabase = (drivers: Drivers): TaskHandler => ({
  kind: MysqlTask.createDatabase,
  async run(job) {
    const db = await job.em.findOne(MysqlDatabase, { id: payload<DatabasePayload>(job).databaseId });
    if (!db || !CREATABLE.has(db.state)) return;
    const d = driver(drivers, job);
    await d.createDatabase(db.name, db.charset);
    db.sizeBytes = (await d.sizes([db.name])).get(db.name) ?? null; // null: the driver cannot measure it
    db.sizeCheckedAt = new Date();
    db.state = ProvisionState.ACTIVE;
  },
  failed: (job) => markFailed(job.em, MysqlDatabase, payload<DatabasePayload>(job).databaseId, ProvisionState.QUEUED),
});

const dropDatabase = (drivers: Drivers): TaskHandler => ({
  kind: MysqlTask.dropDatabase,
  async run(job) {
    const db = await job.em.findOne(MysqlDatabase, { id: payload<DatabasePayload>(job).databaseId });
    if (!db || db.state !== ProvisionState.DELETING) return;
    await driver(drivers, job).dropDatabase(db.name); // revokes its grants first
    job.em.remove(await job.em.find(MysqlGrant, { database: db.id }));
    job.em.remove(db);
  },
  failed: (job) => markFailed(job.em, MysqlDatabase, payload<DatabasePayload>(job).databaseId, ProvisionState.DELETING),
});

const createUser = (drivers: Drivers): TaskHandler => ({
  kind: MysqlTask.createUser,
  async run(job) {
    const user = await job.em.findOne(MysqlUser, { id: payload<UserPayload>(job).userId }, { populate: ['account'] });
    if (!user || !CREATABLE.has(user.state)) return;
    const d = driver(drivers, job);
    await d.createUser(user.name, password(job));
    // The account may have been suspended while this task waited; its lock task skipped this login.
    if (user.account.status === AccountStatus.SUSPENDED) {
      await d.lockUser(user.name);
      user.state = ProvisionState.SUSPENDED;
    } else {
      user.state = ProvisionState.ACTIVE;
    }
  },
  failed: (job) => markFailed(job.em, MysqlUser, payload<UserPayload>(job).userId, ProvisionState.QUEUED),
});

const setPassword = (drivers: Drivers): TaskHandler => ({
  kind: MysqlTask.setPassword,
  async run(job) {
    const p = payload<PasswordPayload>(job);
    const user = await job.em.findOne(MysqlUser, { id: p.userId });
    if (!user || user.state === ProvisionState.DELETING) return;
    // A newer password was asked for meanwhile: its own task sets it, this one must not overwrite it.
    if (user.passwordChangedAt && user.passwordChangedAt.getTime() > p.requestedAt) return;
    await driver(drivers, job).setPassword(user.name, password(job));
  },
  // No failed(): the login still works with its previous password; the task's FAILED state says the change did not happen.
});

const dropUser = (drivers: Drivers): TaskHandler => ({
  kind: MysqlTask.dropUser,
  async run(job) {
    const user = await job.em.findOne(MysqlUser, { id: payload<UserPayload>(job).userId });
    if (!user || user.state !== ProvisionState.DELETING) return;
    await driver(drivers, job).dropUser(user.name); // its privileges go with it
    job.em.remove(await job.em.find(MysqlGrant, { user: user.id }));
    job.em.remove(user);
  },
  failed: (job) => markFailed(job.em, MysqlUser, payload<UserPayload>(job).userId, ProvisionState.DELETING),
});

const grant = (drivers: Drivers): TaskHandler => ({
  kind: MysqlTask.grant,
  async run(job) {
    const g = await job.em.findOne(
      MysqlGrant,
      { id: payload<GrantPayload>(job).grantId },
      { populate: ['user', 'database'] },
    );
    if (!g || !CREATABLE.has(g.state)) return;
    const { user, database } = g;
    if (user.state === ProvisionState.DELETING || database.state === ProvisionState.DELETING) return; // their drop removes this grant
    // Queued together with its user or database: wait (the engine retries with backoff) until both exist.
    if (user.state === ProvisionState.QUEUED) throw new Error(`waiting for MySQL user ${user.name} to be created`);
    if (database.state === ProvisionState.QUEUED)
      throw new Error(`waiting for database ${database.name} to be created`);
    if (user.state === ProvisionState.FAILED || database.state === ProvisionState.FAILED) {
      g.state = ProvisionState.FAILED;
      return;
    }
    await driver(drivers, job).grant(user.name, database.name);
    g.state = ProvisionState.ACTIVE;
  },
  failed: (job) => markFailed(job.em, MysqlGrant, payload<GrantPayload>(job).grantId, ProvisionState.QUEUED),
});

const revoke = (drivers: Drivers): TaskHandler => ({
  kind: MysqlTask.revoke,
  async run(job) {
    const g = await job.em.findOne(
      MysqlGrant,
      { id: payload<GrantPayload>(job).grantId },
      { populate: ['user', 'database'] },
    );
    if (!g || g.state !== ProvisionState.DELETING) return;
    await driver(drivers, job).revoke(g.user.name, g.database.name);
    job.em.remove(g);
  },
  failed: (job) => markFailed(job.em, MysqlGrant, payload<GrantPayload>(job).grantId, ProvisionState.DELETING),
});

/**
 * Brings the account's logins in line with the account's status *now*, whichever of lock/unlock
 * was queued: a suspend and a quick resume may run in either order and still end unlocked.
 */
async function syncAccountLock(drivers: Drivers, job: TaskJob): Promise<void> {
  const account = await job.em.findOne(Account, { id: payload<AccountPayload>(job).accountId });
  if (!account) return;
  const lock = account.status === AccountStatus.SUSPENDED;
  const d = driver(drivers, job);
  const users = await job.em.find(MysqlUser, {
    account: account.id,
    server: job.server!.id,
    state: { $in: [ProvisionState.ACTIVE, ProvisionState.SUSPENDED] }, // QUEUED ones: createUser looks at the account itself
  });
  for (const user of users) {
    if (lock) await d.lockUser(user.name);
    else await d.unlockUser(user.name);
    user.state = lock ? ProvisionState.SUSPENDED : ProvisionState.ACTIVE;
  }
}

const lockAccount = (drivers: Drivers): TaskHandler => ({
  kind: MysqlTask.lockAccount,
  run: (job) => syncAccountLock(drivers, job),
});
const unlockAccount = (drivers: Drivers): TaskHandler => ({
  kind: MysqlTask.unlockAccount,
  run: (job) => syncAccountLock(drivers, job),
});

/**
 * Sizes of the account's databases on the task's server (placement's disk figures read them). Only
 * figures the driver reports are written: a database it does not report (gone from the server, or a
 * driver that cannot measure, like FILES) keeps its last known size. sizeCheckedAt says when the
 * panel last asked. Reads only, so a rerun or a duplicate task is harmless.
 */
const refreshSizes = (drivers: Drivers): TaskHandler => ({
  kind: MysqlTask.refreshSizes,
  async run(job) {
    const d = driver(drivers, job);
    const dbs = await job.em.find(MysqlDatabase, {
      account: payload<AccountPayload>(job).accountId,
      server: job.server!.id,
      state: { $in: [ProvisionState.ACTIVE, ProvisionState.SUSPENDED] },
    });
    if (!dbs.length) return;
    const sizes = await d.sizes(dbs.map((db) => db.name));
    const now = new Date();
    for (const db of dbs) {
      const bytes = sizes.get(db.name);
      if (bytes !== undefined) db.sizeBytes = bytes;
      db.sizeCheckedAt = now;
    }
  },
});

/** The MySQL task handlers, driving the servers through `drivers` (the MySQL service's). */
export function mysqlHandlers(drivers: Drivers): TaskHandler[] {
  return [
    createDatabase,
    dropDatabase,
    createUser,
    setPassword,
    dropUser,
    grant,
    revoke,
    lockAccount,
    unlockAccount,
    refreshSizes,
  ].map((handler) => handler(drivers));
}
