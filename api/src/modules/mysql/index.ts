import { defineModule } from '../../module';
import type { Services } from '../../services';
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
  events(bus) {
    // A suspended account's MySQL logins are locked; a resumed one's unlocked.
    bus.onInTransaction('account.statusChanged', async ({ account }, { em, services }) => {
      await services.mysql.accountStatusChanged(em, services, account);
    });
  },
});
