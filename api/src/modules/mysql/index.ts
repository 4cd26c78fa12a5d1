import { unscoped } from '../../db/scope';
import { defineModule } from '../../module';
import type { Services } from '../../services';
import { ResourceKind } from '../plans';
import { MysqlDatabase } from './mysql-database.entity';
import { MysqlGrant } from './mysql-grant.entity';
import { MysqlUser } from './mysql-user.entity';
import { mysqlHandlers } from './mysql.handlers';
import { MysqlDatabasesResolver, MysqlGrantsResolver, MysqlUsersResolver } from './mysql.resolver';
import { scheduleSizeRefresh } from './size-refresh';

/** MySQL hosting: databases, their users and grants on MariaDB servers, and their sizes (SRV-6). */
export const mysqlModule = defineModule<Services>({
  name: 'mysql',
  entities: [MysqlDatabase, MysqlUser, MysqlGrant],
  resolvers: [MysqlDatabasesResolver, MysqlUsersResolver, MysqlGrantsResolver],
  taskHandlers: mysqlHandlers,
  schedule: scheduleSizeRefresh,
  wire(services) {
    services.plans.countUsageWith(ResourceKind.MYSQL_DATABASE, (em, account) =>
      em.count(
        MysqlDatabase,
        { account },
        unscoped('counting an account’s databases for its plan limits, whoever the viewer is'),
      ),
    );
    services.plans.countUsageWith(ResourceKind.MYSQL_USER, (em, account) =>
      em.count(
        MysqlUser,
        { account },
        unscoped('counting an account’s MySQL users for its plan limits, whoever the viewer is'),
      ),
    );
  },
  events(bus) {
    // A suspended account's MySQL logins are locked; a resumed one's unlocked.
    bus.onInTransaction('account.statusChanged', async ({ account }, { em, services }) => {
      await services.mysql.accountStatusChanged(em, services, account);
    });
  },
});
