import { useApolloClient, useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Page } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { SetupMutation } from './auth.operations';
import { AuthFrame } from './AuthFrame';

const FIELDS = ['companyName', 'login', 'email', 'password'] as const;

/** First run: the hosting company and its master admin, who is signed in at once. */
export function SetupPage() {
  const t = useT();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [setup] = useMutation(SetupMutation);
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const [form, setForm] = useState({ companyName: '', login: '', email: '', password: '' });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ok = await run(() => setup({ variables: { input: form } }));
    if (ok) {
      await client.resetStore();
      navigate('/', { replace: true });
    }
  }

  return (
    <AuthFrame>
      <Page id="setup" title={t('setup.title')} intro={t('setup.intro')}>
        <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-4">
          <FormError message={errors.general} />
          <TextField
            name="companyName"
            testId="setup-company"
            label={t('setup.company')}
            value={form.companyName}
            onChange={set('companyName')}
            error={errors.fields.companyName}
            autoComplete="organization"
          />
          <TextField
            name="login"
            testId="setup-login"
            label={t('setup.login')}
            hint={t('setup.loginHint')}
            value={form.login}
            onChange={set('login')}
            error={errors.fields.login}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
          />
          <TextField
            name="email"
            testId="setup-email"
            type="email"
            label={t('setup.email')}
            value={form.email}
            onChange={set('email')}
            error={errors.fields.email}
            autoComplete="email"
          />
          <TextField
            name="password"
            testId="setup-password"
            type="password"
            label={t('setup.password')}
            hint={t('setup.passwordHint')}
            value={form.password}
            onChange={set('password')}
            error={errors.fields.password}
            autoComplete="new-password"
          />
          <button type="submit" data-test-id="setup-submit" className="btn btn-primary w-full" disabled={busy}>
            {t('setup.submit')}
          </button>
        </form>
      </Page>
    </AuthFrame>
  );
}
