import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Messages';
import { Card, Page } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { ChangeEmailMutation } from './me.operations';

const FIELDS = ['email', 'currentPassword'] as const;

/**
 * The viewer's own e-mail address: changing it asks for the password, and the new address is
 * unverified until the link mailed to it is used (the banner says so meanwhile). Not in an admin's
 * session as the viewer (the API refuses it too).
 */
export function EmailPage() {
  const t = useT();
  const { user, impersonator } = useViewer();
  const [form, setForm] = useState({ email: '', currentPassword: '' });
  const [change] = useMutation(ChangeEmailMutation, { refetchQueries: ['Session'], awaitRefetchQueries: true });
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const [notice, setNotice] = useState<string | null>(null);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    if (await run(() => change({ variables: { input: form } }))) {
      setNotice(t('email.changed', { email: form.email.trim() }));
      setForm({ email: '', currentPassword: '' });
    }
  }

  return (
    <Page id="email" title={t('email.title')} intro={t('email.intro')}>
      <Notice message={notice} />
      <Card className="max-w-xl">
        <dl className="mb-4 text-sm">
          <dt className="text-muted">{t('email.current')}</dt>
          <dd data-test-id="email-current" className="font-medium">
            {user.email}{' '}
            <span data-test-id="email-state" className="text-muted">
              ({user.emailVerifiedAt ? t('email.verified') : t('email.unverified')})
            </span>
          </dd>
        </dl>
        {impersonator ? (
          <p data-test-id="email-impersonated" className="text-sm text-amber-900">
            {t('email.impersonated', { login: user.login })}
          </p>
        ) : (
          <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-4">
            <FormError message={errors.general} />
            <TextField
              name="email"
              testId="email-new"
              type="email"
              label={t('email.new')}
              value={form.email}
              onChange={(e) => setForm((f) => ({ ...f, email: e.target.value }))}
              error={errors.fields.email}
              autoComplete="email"
            />
            <TextField
              name="currentPassword"
              testId="email-password"
              type="password"
              label={t('password.current')}
              value={form.currentPassword}
              onChange={(e) => setForm((f) => ({ ...f, currentPassword: e.target.value }))}
              error={errors.fields.currentPassword}
              autoComplete="current-password"
            />
            <button type="submit" data-test-id="email-submit" className="btn btn-primary" disabled={busy}>
              {t('email.submit')}
            </button>
          </form>
        )}
      </Card>
    </Page>
  );
}
