import { unscoped } from '../../db/scope';
import { defineModule } from '../../module';
import { plansModule, ResourceKind } from '../plans';
import { quotasModule } from '../quotas';
import { serversModule, ServerKind } from '../servers';
import { resyncMysql } from './resync';
import { MysqlDatabase } from './mysql-database.entity';
import { MysqlGrant } from './mysql-grant.entity';
import { MysqlUser } from './mysql-user.entity';
import { mysqlHandlers } from './mysql.handlers';
import { MysqlDatabasesResolver, MysqlGrantsResolver, MysqlUsersResolver } from './mysql.resolver';
import { MysqlService } from './mysql.service';
import { scheduleSizeRefresh } from './size-refresh';
import { databasesOnServers } from './server-storage';
import { mysqlSettings } from './settings';
import { DatabaseMoves } from './move';
import { moveHandlers } from './move.handlers';
import { MoveDatabasesResolver } from './move.resolver';

/** MySQL hosting: databases, their users and grants on MariaDB servers, and their sizes (SRV-6). */
export const mysqlModule = defineModule<{ mysql: MysqlService; moves: DatabaseMoves }>({
  name: 'mysql',
  settings: mysqlSettings,
  entities: [MysqlDatabase, MysqlUser, MysqlGrant],
  services(core, areas) {
    const { plans } = areas.get(plansModule);
    const { logicalServers, placement, resync } = areas.get(serversModule);
    plans.countUsageWith(ResourceKind.MYSQL_DATABASE, (em, account) =>
      em.count(
        MysqlDatabase,
        { account },
        unscoped('counting an account’s databases for its plan limits, whoever the viewer is'),
      ),
    );
    const { quotas } = areas.get(quotasModule);
    quotas.countWith(ResourceKind.MYSQL_DATABASE, (em, reseller) =>
      em.count(MysqlDatabase, { reseller }, unscoped('counting a reseller’s databases for its quota')),
    );
    quotas.countWith(ResourceKind.MYSQL_USER, (em, reseller) =>
      em.count(MysqlUser, { reseller }, unscoped('counting a reseller’s MySQL users for its quota')),
    );
    plans.countUsageWith(ResourceKind.MYSQL_USER, (em, account) =>
      em.count(
        MysqlUser,
        { account },
        unscoped('counting an account’s MySQL users for its plan limits, whoever the viewer is'),
      ),
    );
    // A server with databases or logins of any tenant on it cannot be deleted, nor change its kind.
    logicalServers.countServerUseWith({ one: 'MySQL database', many: 'MySQL databases' }, (em, server) =>
      em.count(MysqlDatabase, { server }, unscoped('a server with any tenant’s rows on it cannot be deleted')),
    );
    logicalServers.countServerUseWith({ one: 'MySQL user', many: 'MySQL users' }, (em, server) =>
      em.count(MysqlUser, { server }, unscoped('a server with any tenant’s rows on it cannot be deleted')),
    );
    // Its databases count in their servers' load: placement's disk limits and the admin pages.
    placement.measureStorageWith(databasesOnServers);
    const mysql = new MysqlService(core, placement, quotas);
    resync.resyncWith(ServerKind.MYSQL, resyncMysql(core, mysql.drivers));
    return { mysql, moves: new DatabaseMoves(core) };
  },
  resolvers: [MysqlDatabasesResolver, MysqlUsersResolver, MysqlGrantsResolver, MoveDatabasesResolver],
  taskHandlers: ({ mysql }, core) => [...mysqlHandlers(mysql.drivers), ...moveHandlers(core, mysql.drivers)],
  // The MariaDB connection pools, when the process stops.
  close: ({ mysql }) => mysql.drivers.closeAll(),
  schedule: (_api, core) => scheduleSizeRefresh(core.tasks, core.config),
  events(bus, { mysql }) {
    // A suspended account's MySQL logins are locked; a resumed one's unlocked.
    bus.onInTransaction('account.statusChanged', async ({ account }, { em }) => {
      await mysql.accountStatusChanged(em, account);
    });
  },
});
export { MysqlDatabase } from './mysql-database.entity';
