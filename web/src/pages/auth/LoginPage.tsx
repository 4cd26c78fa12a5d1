import { useApolloClient, useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Page } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { useSession } from '../../session/SessionContext';
import { secondFactorMethodsOf } from '../security/secondFactor';
import { SecondFactorStep } from '../security/SecondFactorStep';
import { LoginMutation } from './auth.operations';
import { AuthFrame } from './AuthFrame';
import { CompanySuspendedNotice } from './CompanySuspendedNotice';

const FIELDS = ['login', 'password'] as const;

/** Sign-in on this host's company panel; a suspended company's panel says so instead. */
export function LoginPage() {
  const t = useT();
  const { branding } = useSession();
  return (
    <AuthFrame>
      <Page
        id="login"
        title={t('login.title')}
        intro={branding.suspended ? undefined : t('login.intro', { company: branding.companyName })}
      >
        {branding.suspended ? (
          // Nobody signs in here while the company is suspended (the API refuses it too).
          <CompanySuspendedNotice company={branding.companyName} />
        ) : (
          <LoginForm />
        )}
      </Page>
    </AuthFrame>
  );
}

/** Login and password; on success the panel opens on the home page. */
function LoginForm() {
  const t = useT();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [login] = useMutation(LoginMutation);
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const [form, setForm] = useState({ login: '', password: '' });
  // A login with two-factor sign-in: the ways to give the second factor, asked for next.
  const [secondFactor, setSecondFactor] = useState<string[] | null>(null);

  async function signedIn() {
    // Nothing cached before sign-in may leak into the signed-in panel.
    await client.resetStore();
    navigate('/', { replace: true });
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    let methods: string[] | null = null;
    const ok = await run(() =>
      login({ variables: { input: form } }).catch((err: unknown) => {
        if (!(methods = secondFactorMethodsOf(err))) throw err;
      }),
    );
    if (methods) setSecondFactor(methods);
    else if (ok) await signedIn();
  }

  if (secondFactor)
    return (
      <SecondFactorStep
        methods={secondFactor}
        onSignedIn={signedIn}
        onBack={() => {
          setSecondFactor(null);
          setForm((f) => ({ ...f, password: '' }));
        }}
      />
    );

  return (
    <>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-4">
        <FormError message={errors.general} />
        <TextField
          name="login"
          testId="login-login"
          label={t('login.login')}
          value={form.login}
          onChange={(e) => setForm((f) => ({ ...f, login: e.target.value }))}
          error={errors.fields.login}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
        />
        <TextField
          name="password"
          testId="login-password"
          type="password"
          label={t('login.password')}
          value={form.password}
          onChange={(e) => setForm((f) => ({ ...f, password: e.target.value }))}
          error={errors.fields.password}
          autoComplete="current-password"
        />
        <button type="submit" data-test-id="login-submit" className="btn btn-primary w-full" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
      <p className="text-center text-sm">
        <Link to="/forgot-password" className="link" data-test-id="login-forgot">
          {t('login.forgot')}
        </Link>
      </p>
      <p className="text-center text-sm">
        <Link to="/signup" className="link" data-test-id="login-signup">
          {t('plansUser.signup.link')}
        </Link>
      </p>
    </>
  );
}
