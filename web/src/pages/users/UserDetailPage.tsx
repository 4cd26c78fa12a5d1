import { useQuery } from '@apollo/client';
import { Link, useParams } from 'react-router';
import { Icon } from '../../components/Icon';
import { Card, LoadError, Loading, Page } from '../../components/Page';
import { isNotFound } from '../../components/Messages';
import { usePageMessages } from '../../components/PageMessages';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nProvider';
import { canLogInAs } from '../../session/logInAs';
import { LogInAsButton } from '../../session/LogInAsButton';
import { useViewer } from '../../session/SessionContext';
import { accountBillingPath } from '../billing/pageIds';
import { CompanyLink } from '../resellers/CompanyLink';
import { UserTwoFactorCard } from '../security/UserTwoFactorCard';
import { AddAccountForm } from './AddAccountForm';
import { ResetPasswordForm } from './ResetPasswordForm';
import { UserHostingCard } from './UserHostingCard';
import { UserQuery } from './users.operations';

/**
 * Admin: one user, the accounts they own with what each hosts (domains, sites, databases), another
 * account, a new password, and "Log in as" for support.
 */
export function UserDetailPage() {
  const { t, formatDate } = useI18n();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(UserQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const viewer = useViewer();
  const messages = usePageMessages();
  const user = data?.user;

  const back = (
    <Link to="/admin/users" className="link inline-flex items-center gap-1">
      <Icon name="arrowLeft" className="size-4" />
      {t('userDetail.back')}
    </Link>
  );

  if (!user) {
    return (
      <Page
        id="user-detail"
        title={isNotFound(error) ? t('userDetail.notFound') : t('userDetail.title', { login: '…' })}
        back={back}
      >
        {error ? <LoadError error={error} onRetry={() => void refetch()} /> : <Loading />}
      </Page>
    );
  }

  return (
    <Page
      id="user-detail"
      title={t('userDetail.title', { login: user.login })}
      intro={user.email}
      back={back}
      actions={canLogInAs(viewer, user) ? <LogInAsButton user={user} onError={messages.failed} /> : null}
    >
      {messages.view}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card title={t('userDetail.profile')}>
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
              {(
                [
                  [t('userDetail.id'), user.id],
                  [t('userDetail.email'), user.email],
                  [t('userDetail.role'), t(`role.${user.role}`)],
                  [t('userDetail.reseller'), <CompanyLink company={user.reseller} />],
                  [t('common.created'), formatDate(user.createdAt)],
                ] as const
              ).map(([label, value]) => (
                <div key={label}>
                  <dt className="text-muted">{label}</dt>
                  <dd className="font-medium break-all">{value}</dd>
                </div>
              ))}
            </dl>
          </Card>

          <div className="card overflow-hidden" data-test-id="user-accounts">
            <div className="border-b border-line px-5 py-3.5 sm:px-6">
              <h2 className="card-title">{t('userDetail.accounts')}</h2>
            </div>
            {user.accounts.length === 0 ? (
              <p className="card-body text-sm text-muted">{t('userDetail.noAccounts')}</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('accounts.col.id')}</th>
                      <th scope="col">{t('accounts.col.name')}</th>
                      <th scope="col">{t('accounts.col.status')}</th>
                      <th scope="col">{t('common.created')}</th>
                      <th scope="col" className="text-right">
                        {t('common.actions')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {user.accounts.map((a) => (
                      <tr key={a.id} data-test-id="account-row" data-account-id={a.id}>
                        <td className="font-mono text-muted">#{a.id}</td>
                        <td className="font-medium">
                          <Link
                            to={accountBillingPath(a.id)}
                            data-test-id="account-link"
                            aria-label={t('userDetail.accountLink', { name: a.name })}
                            className="link"
                          >
                            {a.name}
                          </Link>
                        </td>
                        <td>
                          <StatusBadge status={a.status} testId="account-status" />
                          {a.suspendedReason ? (
                            <div className="mt-1 text-xs text-muted">{a.suspendedReason}</div>
                          ) : null}
                        </td>
                        <td className="whitespace-nowrap text-muted">{formatDate(a.createdAt)}</td>
                        <td className="text-right">
                          <Link
                            to={accountBillingPath(a.id)}
                            data-test-id="account-billing"
                            aria-label={t('billing.accountLinkLabel', { id: a.id })}
                            className="link text-sm"
                          >
                            {t('billing.accountLink')}
                          </Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>

          {user.accounts.map((a) => (
            <UserHostingCard key={a.id} userId={user.id} account={a} />
          ))}
        </div>

        <div className="min-w-0 space-y-6">
          {user.role === 'END_USER' ? <AddAccountForm ownerId={user.id} onDone={messages.done} /> : null}
          <ResetPasswordForm userId={user.id} login={user.login} onDone={messages.done} />
          <UserTwoFactorCard userId={user.id} login={user.login} onDone={messages.done} />
        </div>
      </div>
    </Page>
  );
}
