import { useQuery } from '@apollo/client';
import { Card, Page } from '../../components/Page';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { SessionQuery } from '../../session/session.operations';

/** The active account at a glance: ID, name, status and why it is suspended. */
export function AccountPage() {
  const { t, formatDate } = useI18n();
  const viewer = useViewer();
  // An admin may have suspended or renamed the account since sign-in: refresh the viewer on each visit.
  useQuery(SessionQuery, { fetchPolicy: 'cache-and-network' });
  const account = viewer.activeAccount;

  return (
    <Page id="account" title={t('account.title')}>
      {!account ? (
        <Card>
          <p className="text-sm text-muted" data-test-id="account-none">
            {t('account.none')}
          </p>
        </Card>
      ) : (
        <>
          {account.status === 'SUSPENDED' ? (
            <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
              {t('account.suspendedNotice')}
            </div>
          ) : null}
          <Card className="max-w-3xl">
            <dl className="grid gap-x-8 gap-y-5 sm:grid-cols-2">
              <div>
                <dt className="text-sm text-muted">{t('account.id')}</dt>
                <dd data-test-id="account-id" className="mt-0.5 font-mono text-lg font-semibold">
                  {account.id}
                </dd>
              </div>
              <div>
                <dt className="text-sm text-muted">{t('account.name')}</dt>
                <dd data-test-id="account-name" className="mt-0.5 text-lg font-semibold">
                  {account.name}
                </dd>
              </div>
              <div>
                <dt className="text-sm text-muted">{t('account.status')}</dt>
                <dd className="mt-1">
                  <StatusBadge status={account.status} testId="account-status" />
                </dd>
              </div>
              <div>
                <dt className="text-sm text-muted">{t('account.created')}</dt>
                <dd className="mt-0.5">{formatDate(account.createdAt)}</dd>
              </div>
              {account.suspendedReason ? (
                <div className="sm:col-span-2">
                  <dt className="text-sm text-muted">{t('account.reason')}</dt>
                  <dd data-test-id="account-suspended-reason" className="mt-0.5">
                    {account.suspendedReason}
                  </dd>
                </div>
              ) : null}
            </dl>
          </Card>
        </>
      )}
      {viewer.accounts.length > 1 ? (
        <Card title={t('account.all')} className="max-w-3xl">
          <ul className="divide-y divide-line text-sm">
            {viewer.accounts.map((a) => (
              <li key={a.id} className="flex items-center justify-between gap-3 py-2.5">
                <span>
                  <span className="font-mono text-muted">#{a.id}</span> <span className="font-medium">{a.name}</span>
                  {a.id === account?.id ? (
                    <span className="ml-2 text-xs text-brand-700">({t('account.active')})</span>
                  ) : null}
                </span>
                <StatusBadge status={a.status} />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </Page>
  );
}
