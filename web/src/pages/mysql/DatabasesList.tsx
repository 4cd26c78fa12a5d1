import { reportOutcome } from '../../components/PageMessages';
import { useMutation } from '@apollo/client';
import type { ReactNode } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ListCard } from '../../components/ListCard';
import { ProvisionBadge } from '../../components/StateBadges';
import type { MysqlQuery } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { DeleteMysqlDatabaseMutation } from './mysql.operations';

type Database = MysqlQuery['mysqlDatabases'][number];

interface DatabasesListProps {
  databases: Database[];
  usage: ReactNode;
  className?: string;
  onDone(message: string): void;
  onError(error: unknown): void;
}

/** The account's databases: state, size, who may use them; delete. */
export function DatabasesList({ databases, usage, className, onDone, onError }: DatabasesListProps) {
  const { t, formatBytes, formatDate } = useI18n();
  const [remove, removing] = useMutation(DeleteMysqlDatabaseMutation, {
    refetchQueries: ['Mysql'],
    awaitRefetchQueries: true,
  });

  function onDelete(db: Database) {
    return reportOutcome(
      { onDone, onError },
      () => remove({ variables: { id: db.id } }),
      t('mysql.dbDeleting', { name: db.name }),
    );
  }

  return (
    <ListCard
      className={className}
      title={t('mysql.databases')}
      aside={usage}
      rows={databases}
      testId="mysql-db-table"
      rowKey={(db) => db.id}
      rowAttributes={(db) => ({
        'data-test-id': 'mysql-db-row',
        'data-name': db.name,
        'data-db-id': db.id,
        'data-state': db.state,
      })}
      empty={t('mysql.noDatabases')}
      columns={[
        // The character set under the name: one column fewer keeps the row's actions in view beside
        // the form at 1366 px (the accessibility spec fails a list that hides columns).
        {
          id: 'name',
          header: t('mysql.col.name'),
          cell: (db) => (
            <>
              <span className="font-mono text-sm font-medium">{db.name}</span>
              <span className="block text-xs text-muted" data-test-id="mysql-db-charset">
                {t('mysql.charsetOf', { charset: db.charset })}
              </span>
            </>
          ),
        },
        {
          id: 'host',
          header: t('mysql.col.host'),
          className: 'font-mono text-sm text-muted',
          cell: (db) => (
            <span data-test-id="mysql-db-host">{db.port === 3306 ? db.host : `${db.host}:${db.port}`}</span>
          ),
        },
        {
          id: 'state',
          header: t('mysql.col.state'),
          cell: (db) => <ProvisionBadge state={db.state} testId="mysql-db-state" />,
        },
        {
          id: 'size',
          header: t('mysql.col.size'),
          align: 'right',
          className: 'tabular-nums whitespace-nowrap',
          cell: (db) => (
            <span
              data-test-id="mysql-db-size"
              data-bytes={db.sizeBytes ?? ''}
              title={db.sizeCheckedAt ? t('mysql.sizeCheckedAt', { date: formatDate(db.sizeCheckedAt) }) : undefined}
            >
              {db.sizeBytes == null ? '—' : formatBytes(db.sizeBytes)}
            </span>
          ),
        },
        {
          id: 'users',
          header: t('mysql.col.users'),
          cell: (db) =>
            db.users.length ? (
              <span className="font-mono text-xs" data-test-id="mysql-db-users">
                {db.users.map((u) => u.name).join(', ')}
              </span>
            ) : (
              <span className="text-muted">—</span>
            ),
        },
        {
          id: 'actions',
          header: t('common.actions'),
          align: 'right',
          cell: (db) =>
            db.state === 'DELETING' ? null : (
              <ConfirmButton
                testId="mysql-db-delete"
                label={t('common.delete')}
                question={t('mysql.dbDeleteQuestion', { name: db.name })}
                busy={removing.loading}
                onConfirm={() => onDelete(db)}
              />
            ),
        },
      ]}
    />
  );
}
