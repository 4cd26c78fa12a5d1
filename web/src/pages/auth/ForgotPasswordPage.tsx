import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Messages';
import { Page } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { useSession } from '../../session/SessionContext';
import { AuthFrame } from './AuthFrame';
import { CompanySuspendedNotice } from './CompanySuspendedNotice';
import { RequestPasswordResetMutation } from './recovery.operations';

const FIELDS = ['login'] as const;

/**
 * "Forgot password": a login or an e-mail address. The answer is the same whether or not such a
 * login exists (the API says nothing either), so the page only says where a link would have gone.
 */
export function ForgotPasswordPage() {
  const t = useT();
  const { branding } = useSession();
  const [request] = useMutation(RequestPasswordResetMutation);
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const [login, setLogin] = useState('');
  const [sent, setSent] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (await run(() => request({ variables: { input: { login } } }))) setSent(true);
  }

  return (
    <AuthFrame>
      <Page
        id="forgot-password"
        title={t('recovery.forgot.title')}
        intro={sent ? undefined : t('recovery.forgot.intro')}
      >
        {branding.suspended ? (
          <CompanySuspendedNotice company={branding.companyName} />
        ) : sent ? (
          <div data-test-id="forgot-sent">
            <Notice message={t('recovery.forgot.sent')} />
          </div>
        ) : (
          <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-4">
            <FormError message={errors.general} />
            <TextField
              name="login"
              testId="forgot-login"
              label={t('recovery.forgot.login')}
              value={login}
              onChange={(e) => setLogin(e.target.value)}
              error={errors.fields.login}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              autoFocus
            />
            <button type="submit" data-test-id="forgot-submit" className="btn btn-primary w-full" disabled={busy}>
              {t('recovery.forgot.submit')}
            </button>
          </form>
        )}
        <p className="text-center text-sm">
          <Link to="/login" className="link" data-test-id="forgot-back">
            {t('recovery.backToLogin')}
          </Link>
        </p>
      </Page>
    </AuthFrame>
  );
}
