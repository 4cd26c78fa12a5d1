import { useQuery } from '@apollo/client';
import { useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { Card, LoadError, Loading, Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { usePollWhile } from '../../components/usePollWhile';
import type { ProvisionState } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { userPath } from '../users/paths';
import { CreateDatabaseForm } from './CreateDatabaseForm';
import { CreateDbUserForm } from './CreateDbUserForm';
import { DatabasesList } from './DatabasesList';
import { DbUsersList } from './DbUsersList';
import { MysqlQuery } from './mysql.operations';
import { sizeSnapshot } from './sizeRefresh';
import { useSizeRefresh } from './useSizeRefresh';

/** States the server's task worker has yet to settle. */
const PENDING: readonly ProvisionState[] = ['QUEUED', 'DELETING'];

/** The database names of an account start with this (`a12_`); people type only the rest. */
export const namePrefix = (accountId: string) => `a${accountId}_`;

/**
 * MySQL databases and their users for the active account; follows live while the server works on
 * them. Opened from an admin's user page (`/admin/users/:userId/accounts/:accountId/databases`), of
 * that account, with the way back to the user.
 */
export function DatabasesPage() {
  const t = useT();
  const viewer = useViewer();
  const { userId, accountId } = useParams();
  const messages = usePageMessages();
  const query = useQuery(MysqlQuery, {
    variables: { accountId: accountId ?? viewer.activeAccount?.id ?? '' },
    skip: !accountId && !viewer.activeAccount,
    fetchPolicy: 'cache-and-network',
  });
  // Not the previous data: after switching accounts, the last account's databases must not show under the new prefix.
  const data = query.data;
  const account = accountId ? (data ? data.account : undefined) : viewer.activeAccount;
  const back = userId ? <BackLink to={userPath(userId)} label={t('mysql.backToUser')} /> : undefined;
  const pending = !!data && [...data.mysqlDatabases, ...data.mysqlUsers].some((x) => PENDING.includes(x.state));
  const sizes = useSizeRefresh(account?.id ?? '', data?.mysqlDatabases, messages);
  usePollWhile(query, pending || sizes.refreshing);

  const intro = account ? t('mysql.intro', { id: account.id, name: account.name }) : undefined;
  if (!account || !data) {
    return (
      <Page id="databases" title={t('mysql.title')} intro={intro} back={back}>
        {!account && !accountId ? (
          <Card>{t('account.none')}</Card>
        ) : query.error ? (
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Loading />
        )}
      </Page>
    );
  }

  const prefix = namePrefix(account.id);
  // null: the plan sets no limit.
  const limitOf = (kind: string) => data.account.limits.find((l) => l.kind === kind)?.limit ?? null;
  const limits = { maxMysqlDatabases: limitOf('MYSQL_DATABASE'), maxMysqlUsers: limitOf('MYSQL_USER') };
  const dbCount = data.mysqlDatabases.filter((d) => d.state !== 'DELETING').length;
  const userCount = data.mysqlUsers.filter((u) => u.state !== 'DELETING').length;

  return (
    <Page id="databases" title={t('mysql.title')} intro={intro} back={back}>
      {messages.view}
      <section className="grid items-start gap-6 xl:grid-cols-3" aria-label={t('mysql.databases')}>
        <DatabasesList
          className="xl:col-span-2"
          databases={data.mysqlDatabases}
          usage={
            <div className="flex flex-wrap items-center gap-3">
              <Usage testId="mysql-db-usage" count={dbCount} max={limits.maxMysqlDatabases} />
              <button
                type="button"
                data-test-id="mysql-refresh-sizes"
                className="btn btn-secondary btn-sm"
                disabled={sizes.refreshing || sizeSnapshot(data.mysqlDatabases).size === 0}
                aria-busy={sizes.refreshing}
                onClick={() => void sizes.start()}
              >
                {sizes.refreshing ? t('mysql.refreshingSizes') : t('mysql.refreshSizes')}
              </button>
            </div>
          }
          onDone={messages.done}
          onError={messages.failed}
        />
        <CreateDatabaseForm
          accountId={account.id}
          prefix={prefix}
          full={limits.maxMysqlDatabases !== null && dbCount >= limits.maxMysqlDatabases}
          onDone={messages.done}
        />
      </section>
      <section className="grid items-start gap-6 xl:grid-cols-3" aria-label={t('mysql.users')}>
        <DbUsersList
          className="xl:col-span-2"
          users={data.mysqlUsers}
          databases={data.mysqlDatabases}
          usage={<Usage testId="mysql-user-usage" count={userCount} max={limits.maxMysqlUsers} />}
          onDone={messages.done}
          onError={messages.failed}
        />
        <CreateDbUserForm
          accountId={account.id}
          prefix={prefix}
          full={limits.maxMysqlUsers !== null && userCount >= limits.maxMysqlUsers}
          onDone={messages.done}
        />
      </section>
    </Page>
  );
}

/** "3 of 10": how much of a plan limit is used. */
function Usage({ testId, count, max }: { testId: string; count: number; max: number | null }) {
  const t = useT();
  const full = max !== null && count >= max;
  return (
    <span
      data-test-id={testId}
      data-count={count}
      data-max={max ?? ''}
      className={`text-sm ${full ? 'font-medium text-amber-700' : 'text-muted'}`}
    >
      {t('mysql.usage', { count, max: max ?? '∞' })}
    </span>
  );
}
