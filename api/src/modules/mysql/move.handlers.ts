import type { MysqlDrivers } from '../../drivers/mysql';
import type { LoginCopy } from '../../drivers/mysql/types';
import type { Core } from '../../module';
import { ProvisionState } from '../../tasks/provision-state';
import type { TaskHandler } from '../../tasks/types';
import { Account, AccountStatus } from '../accounts';
import { AccountServer, LogicalServer, ServerKind } from '../servers';
import { MysqlDatabase } from './mysql-database.entity';
import { MysqlGrant } from './mysql-grant.entity';
import { MysqlUser } from './mysql-user.entity';
import { MysqlTask, type DropOldCopyPayload, type MovePayload } from './mysql.tasks';
import { mysqlSettings } from './settings';

type Drivers = Pick<MysqlDrivers, 'for'>;

const LIVE = { $ne: ProvisionState.DELETING } as const;

/**
 * On the new server (job.server): locks the account's logins on the old one, copies logins (stored
 * hashes), databases and grants here, then moves the rows and queues the old copies' removal. A
 * rerun starts the copies again (each database is emptied first); once the rows moved it does nothing.
 */
const moveAccount = (core: Pick<Core, 'tasks' | 'config'>, drivers: Drivers): TaskHandler => ({
  kind: MysqlTask.moveAccount,
  async run(job) {
    const p = job.task.payload as unknown as MovePayload;
    const em = job.em;
    const to = await em.findOneOrFail(LogicalServer, { id: job.server!.id });
    const from = await em.findOneOrFail(LogicalServer, { id: p.from }, { populate: ['secret'] });
    const account = await em.findOneOrFail(Account, { id: p.accountId });
    const databases = await em.find(MysqlDatabase, { account: p.accountId, server: from.id, state: LIVE });
    const users = await em.find(MysqlUser, { account: p.accountId, server: from.id, state: LIVE });
    if (!databases.length && !users.length) return; // moved already (a rerun)
    const grants = await em.find(
      MysqlGrant,
      { account: p.accountId, state: ProvisionState.ACTIVE, database: { $in: databases.map((d) => d.id) } },
      { populate: ['user', 'database'] },
    );
    const [src, dst] = [drivers.for(from), drivers.for(job.server!)];
    const locked = account.status === AccountStatus.SUSPENDED;

    const logins: LoginCopy[] = [];
    for (const user of users.filter((u) => u.state === ProvisionState.ACTIVE)) {
      const copy = await src.exportLogin(user.name);
      if (copy) logins.push({ ...copy, locked });
    }
    // From here nothing more is written to the old copy.
    for (const login of logins) await src.lockUser(login.name);
    for (const login of logins) await dst.importLogin(login);
    for (const db of databases.filter((d) => d.state === ProvisionState.ACTIVE))
      await src.copyDatabaseTo(dst, db.name, db.charset, job.signal);
    const here = new Set(logins.map((l) => l.name));
    for (const g of grants) if (here.has(g.user.name)) await dst.grant(g.user.name, g.database.name);

    const sizes = await dst.sizes(databases.map((d) => d.name));
    for (const db of databases) {
      db.server = to;
      if (sizes.has(db.name)) [db.sizeBytes, db.sizeCheckedAt] = [sizes.get(db.name)!, new Date()];
    }
    for (const user of users) user.server = to;
    const placed = await em.findOne(AccountServer, { account: p.accountId, kind: ServerKind.MYSQL });
    if (placed) placed.server = to; // new databases and logins of the account go here from now on
    core.tasks.enqueue(em, {
      kind: MysqlTask.dropOldCopy,
      payload: {
        accountId: p.accountId,
        databases: databases.map((d) => d.name),
        users: users.map((u) => u.name),
      } satisfies DropOldCopyPayload as unknown as Record<string, unknown>,
      server: from,
      account,
      reseller: account.reseller,
      subject: `old copy of MySQL of account ${p.accountId}`,
      runAfter: new Date(Date.now() + mysqlSettings.of(core.config).moveGraceMs),
    });
  },
  /** Out of attempts: the rows never moved, so the old copy serves on; its logins open again. */
  async failed(job) {
    const p = job.task.payload as unknown as MovePayload;
    const account = await job.em.findOne(Account, { id: p.accountId });
    if (!account || account.status === AccountStatus.SUSPENDED) return;
    const from = await job.em.findOneOrFail(LogicalServer, { id: p.from }, { populate: ['secret'] });
    const src = drivers.for(from);
    for (const user of await job.em.find(MysqlUser, {
      account: p.accountId,
      server: from.id,
      state: ProvisionState.ACTIVE,
    }))
      await src.unlockUser(user.name);
  },
});

/** On the old server, after the grace time: drops the copies left behind, unless their rows are back here. */
const dropOldCopy = (drivers: Drivers): TaskHandler => ({
  kind: MysqlTask.dropOldCopy,
  async run(job) {
    const p = job.task.payload as unknown as DropOldCopyPayload;
    const server = job.server!;
    const d = drivers.for(server);
    for (const name of p.databases)
      if (!(await job.em.count(MysqlDatabase, { server: server.id, name }))) await d.dropDatabase(name);
    for (const name of p.users)
      if (!(await job.em.count(MysqlUser, { server: server.id, name }))) await d.dropUser(name);
  },
});

/** The handlers of database moves. */
export function moveHandlers(core: Pick<Core, 'tasks' | 'config'>, drivers: Drivers): TaskHandler[] {
  return [moveAccount(core, drivers), dropOldCopy(drivers)];
}
