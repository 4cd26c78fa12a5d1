import type { ReactNode } from 'react';
import { ListCard } from '../../components/ListCard';
import type { MysqlQuery } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { DbUserRow } from './DbUserRow';

interface DbUsersListProps {
  users: MysqlQuery['mysqlUsers'];
  databases: MysqlQuery['mysqlDatabases'];
  usage: ReactNode;
  className?: string;
  onDone(message: string): void;
  onError(error: unknown): void;
}

/** The account's database users: the databases each may use, grant and revoke, new password, delete. */
export function DbUsersList({ users, databases, usage, className, onDone, onError }: DbUsersListProps) {
  const t = useT();
  return (
    <ListCard
      className={className}
      title={t('mysql.users')}
      aside={usage}
      rows={users}
      testId="mysql-user-table"
      rowKey={(u) => u.id}
      empty={t('mysql.noUsers')}
      columns={[
        { id: 'name', header: t('mysql.col.userName') },
        { id: 'state', header: t('mysql.col.state') },
        { id: 'databases', header: t('mysql.col.grants') },
        { id: 'actions', header: t('common.actions'), align: 'right' },
      ]}
      renderRow={(u) => <DbUserRow user={u} databases={databases} onDone={onDone} onError={onError} />}
    />
  );
}
