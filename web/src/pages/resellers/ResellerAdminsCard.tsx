import { Card } from '../../components/Page';
import type { ResellerFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { canLogInAs } from '../../session/logInAs';
import { LogInAsButton } from '../../session/LogInAsButton';
import { useViewer } from '../../session/SessionContext';

/** A reseller's admin logins, each with "Log in as" for support (not while the company is suspended). */
export function ResellerAdminsCard({
  reseller,
  onError,
}: {
  reseller: ResellerFieldsFragment;
  onError(error: unknown): void;
}) {
  const t = useT();
  const viewer = useViewer();
  const suspended = reseller.status === 'SUSPENDED';
  return (
    <Card title={t('reseller.admins')} testId="reseller-admins" flush>
      {reseller.admins.length === 0 ? (
        <p className="card-body text-sm text-muted">{t('reseller.noAdmins')}</p>
      ) : (
        <ul className="divide-y divide-line">
          {reseller.admins.map((admin) => (
            <li
              key={admin.id}
              data-test-id="reseller-admin"
              data-login={admin.login}
              className="flex flex-wrap items-center justify-between gap-3 px-5 py-3 sm:px-6"
            >
              <div className="min-w-0 text-sm">
                <div className="font-medium break-all text-ink">{admin.login}</div>
                <div className="break-all text-muted">{admin.email}</div>
              </div>
              {canLogInAs(viewer, admin) ? (
                <LogInAsButton
                  user={admin}
                  onError={onError}
                  disabled={suspended}
                  title={suspended ? t('reseller.logInAsSuspended') : undefined}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
