import type { DriverTarget } from '../../drivers/target';
import type { MysqlDrivers } from '../../drivers/mysql';
import type { Core } from '../../module';
import { ProvisionState } from '../../tasks/provision-state';
import { LogicalServer, type Resyncer } from '../servers';
import { MysqlDatabase } from './mysql-database.entity';
import { MysqlGrant } from './mysql-grant.entity';
import { MysqlTask, type DatabasePayload, type GrantPayload } from './mysql.tasks';
import { MysqlUser } from './mysql-user.entity';

/** What is in place on the server as far as the rows say (being set up, removed or failed ones are not expected). */
const IN_PLACE = [ProvisionState.ACTIVE, ProvisionState.SUSPENDED];

/**
 * Re-sync of a MySQL server (through its own network protocol, as every MySQL change): its
 * databases, logins and grants against the rows. A missing database or grant is queued again (the
 * database empty: its data cannot be rebuilt from the panel); a missing login is listed only, since
 * its password is not kept: the customer sets a new one to recreate it.
 */
export const resyncMysql =
  (core: Pick<Core, 'tasks'>, drivers: Pick<MysqlDrivers, 'for'>): Resyncer =>
  async (em, server) => {
    const full = await em.findOneOrFail(LogicalServer, { id: server.id }, { populate: ['secret'] });
    const databases = await em.find(MysqlDatabase, { server: server.id, state: { $in: IN_PLACE } });
    const users = await em.find(MysqlUser, { server: server.id, state: { $in: IN_PLACE } });
    const grants = await em.find(
      MysqlGrant,
      { user: { server: server.id }, state: { $in: IN_PLACE } },
      { populate: ['user', 'database'] },
    );
    const survey = await drivers.for(full as unknown as DriverTarget).survey({
      databases: databases.map((d) => d.name),
      users: users.map((u) => u.name),
      grants: grants.map((g) => ({ user: g.user.name, database: g.database.name })),
    });
    const missing = new Set(survey.missing);
    let queued = 0;
    for (const db of databases) {
      if (!missing.has(`database ${db.name}`)) continue;
      db.state = ProvisionState.QUEUED;
      const payload: DatabasePayload = { databaseId: db.id, name: db.name };
      core.tasks.enqueue(em, {
        kind: MysqlTask.createDatabase,
        payload: { ...payload },
        server: db.server,
        account: db.account,
        reseller: db.reseller,
        subject: `database ${db.name}`,
      });
      queued++;
    }
    for (const g of grants) {
      if (!missing.has(`grant ${g.user.name} on ${g.database.name}`)) continue;
      g.state = ProvisionState.QUEUED;
      const payload: GrantPayload = { grantId: g.id, user: g.user.name, database: g.database.name };
      core.tasks.enqueue(em, {
        kind: MysqlTask.grant,
        payload: { ...payload },
        server: g.user.server,
        account: g.account,
        reseller: g.reseller,
        subject: `grant ${g.user.name} on ${g.database.name}`,
      });
      queued++;
    }
    return {
      missing: survey.missing.map((k) => (k.startsWith('user ') ? `${k} (set a new password to recreate it)` : k)),
      different: survey.different,
      unknown: survey.unknown,
      queued,
    };
  };
