import { useApolloClient, useMutation } from '@apollo/client';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { generalMessage } from '../../components/formErrors';
import { FormError, Notice } from '../../components/Messages';
import { Loading, Page } from '../../components/Page';
import { useT } from '../../i18n/I18nProvider';
import { useSession } from '../../session/SessionContext';
import { AuthFrame } from './AuthFrame';
import { takeLinkToken } from './linkToken';
import { VerifyEmailMutation } from './recovery.operations';

/**
 * Where a mailed verification link lands (`/verify-email?token=…`, public: the mail may be read on
 * another device, signed out). It verifies at once and says so; a used, expired or outdated link
 * says so, and the banner in the panel sends a new one.
 */
export function VerifyEmailPage() {
  const t = useT();
  const client = useApolloClient();
  const { viewer } = useSession();
  const [verify] = useMutation(VerifyEmailMutation);
  const [state, setState] = useState<{ done: boolean; error: string | null }>({ done: false, error: null });
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const token = takeLinkToken(window);
    if (!token) {
      setState({ done: false, error: t('recovery.verify.noToken') });
      return;
    }
    verify({ variables: { token } })
      .then(async () => {
        setState({ done: true, error: null });
        // The banner reads the viewer: ask again now that the address is verified.
        await client.refetchQueries({ include: 'active' });
      })
      .catch((err: unknown) => setState({ done: false, error: generalMessage(err, t) }));
  }, [client, t, verify]);

  return (
    <AuthFrame>
      <Page id="verify-email" title={t('recovery.verify.title')}>
        {state.done || state.error ? (
          <div className="space-y-4">
            {state.done ? (
              <div data-test-id="verify-done">
                <Notice message={t('recovery.verify.done')} />
              </div>
            ) : (
              <FormError message={state.error} />
            )}
            <Link
              to={viewer ? '/' : '/login'}
              replace
              className="btn btn-primary w-full"
              data-test-id="verify-continue"
            >
              {viewer ? t('recovery.verify.toPanel') : t('recovery.reset.signIn')}
            </Link>
          </div>
        ) : (
          <Loading />
        )}
      </Page>
    </AuthFrame>
  );
}
