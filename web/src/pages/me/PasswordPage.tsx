import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Messages';
import { Card, Page } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { ChangePasswordMutation } from './me.operations';

const FIELDS = ['currentPassword', 'newPassword'] as const;
const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

/**
 * The viewer's own password; the repeat is checked here, the rest by the server. An admin signed in
 * as the viewer for support cannot change it (the API refuses): the page says so instead.
 */
export function PasswordPage() {
  const t = useT();
  const { user, impersonator } = useViewer();
  return (
    <Page id="password" title={t('password.title')} intro={impersonator ? undefined : t('password.intro')}>
      {impersonator ? (
        <p
          data-test-id="password-impersonated"
          className="max-w-xl rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          {t('password.impersonated', { login: user.login })}
        </p>
      ) : (
        <PasswordForm />
      )}
    </Page>
  );
}

function PasswordForm() {
  const t = useT();
  const [form, setForm] = useState(EMPTY);
  const [changePassword] = useMutation(ChangePasswordMutation);
  const { errors, setErrors, busy, run } = useFormSubmit(FIELDS);
  const [notice, setNotice] = useState<string | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    if (form.newPassword !== form.confirm) {
      setErrors({ fields: { confirm: t('password.mismatch') }, general: null });
      return;
    }
    const ok = await run(() =>
      changePassword({
        variables: { input: { currentPassword: form.currentPassword, newPassword: form.newPassword } },
      }),
    );
    if (ok) {
      setNotice(t('password.changed'));
      setForm(EMPTY);
    }
  }

  return (
    <>
      <Notice message={notice} />
      <Card className="max-w-xl">
        <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-4">
          <FormError message={errors.general} />
          <TextField
            name="currentPassword"
            testId="pw-current"
            type="password"
            label={t('password.current')}
            value={form.currentPassword}
            onChange={set('currentPassword')}
            error={errors.fields.currentPassword}
            autoComplete="current-password"
          />
          <TextField
            name="newPassword"
            testId="pw-new"
            type="password"
            label={t('password.new')}
            hint={t('password.newHint')}
            value={form.newPassword}
            onChange={set('newPassword')}
            error={errors.fields.newPassword}
            autoComplete="new-password"
          />
          <TextField
            name="confirm"
            testId="pw-confirm"
            type="password"
            label={t('password.confirm')}
            value={form.confirm}
            onChange={set('confirm')}
            error={errors.fields.confirm}
            autoComplete="new-password"
          />
          <button type="submit" data-test-id="pw-submit" className="btn btn-primary" disabled={busy}>
            {t('password.submit')}
          </button>
        </form>
      </Card>
    </>
  );
}
