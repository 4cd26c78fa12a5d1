import { useQuery } from '@apollo/client';
import { LoadError, Loading, Page } from '../../components/Page';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { PasskeysCard } from './PasskeysCard';
import { RecoveryCodesCard } from './RecoveryCodesCard';
import { TwoFactorQuery } from './security.operations';
import { TotpCard } from './TotpCard';

/**
 * The viewer's two-factor sign-in: the authenticator app with its recovery codes, and passkeys.
 * An admin whose company requires it and who has none is sent here (and can do nothing else).
 * In an admin's session as this user it cannot be changed (the API refuses): the page says so.
 */
export function SecurityPage() {
  const t = useT();
  const { user, impersonator } = useViewer();
  const { data, error, refetch } = useQuery(TwoFactorQuery);
  const state = data?.viewer?.twoFactor;
  return (
    <Page id="security" title={t('security.title')} intro={impersonator ? undefined : t('security.intro')}>
      {impersonator ? (
        <p
          data-test-id="security-impersonated"
          className="max-w-xl rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          {t('security.impersonated', { login: user.login })}
        </p>
      ) : state ? (
        <>
          {state.enrolmentRequired ? (
            <p
              role="alert"
              data-test-id="security-enrolment-required"
              className="max-w-2xl rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
            >
              {t('security.required')}
            </p>
          ) : null}
          <TotpCard state={state} />
          <PasskeysCard state={state} />
          <RecoveryCodesCard state={state} />
        </>
      ) : error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : (
        <Loading />
      )}
    </Page>
  );
}
