import { useApolloClient, useMutation } from '@apollo/client';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { generalMessage } from '../../components/formErrors';
import { FormError } from '../../components/Messages';
import { Loading, Page } from '../../components/Page';
import { useT } from '../../i18n/I18nProvider';
import { RedeemImpersonationMutation } from '../../session/impersonation.operations';
import { takeImpersonationToken } from '../../session/impersonationToken';
import { AuthFrame } from './AuthFrame';

/**
 * Where a "log in as" link lands, on the user's panel (`/impersonate#<token>`, public). The token
 * leaves the address bar at once; the API turns it into a session of the user beside the admin's
 * own, and the panel opens as that user. A used or expired link says so, with the way to sign in.
 */
export function ImpersonatePage() {
  const t = useT();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [redeem] = useMutation(RedeemImpersonationMutation);
  const [error, setError] = useState<string | null>(null);
  // A link is used once: the effect runs again under StrictMode, the redemption must not.
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const token = takeImpersonationToken(window);
    if (!token) {
      setError(t('impersonate.noToken'));
      return;
    }
    redeem({ variables: { token } })
      .then(async () => {
        // As at sign-in: nothing cached before may leak into the user's panel.
        await client.resetStore();
        navigate('/', { replace: true });
      })
      .catch((err: unknown) => setError(generalMessage(err, t)));
  }, [client, navigate, redeem, t]);

  return (
    <AuthFrame>
      <Page id="impersonate" title={t('impersonate.title')}>
        {error ? (
          <div className="space-y-4">
            <FormError message={error} />
            <p className="text-center text-sm">
              <Link to="/login" replace className="link" data-test-id="impersonate-login">
                {t('impersonate.toLogin')}
              </Link>
            </p>
          </div>
        ) : (
          <Loading />
        )}
      </Page>
    </AuthFrame>
  );
}
