import { useApolloClient, useMutation } from '@apollo/client';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Messages';
import { Page } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { AuthFrame } from './AuthFrame';
import { takeLinkToken } from './linkToken';
import { ResetPasswordMutation } from './recovery.operations';

const FIELDS = ['newPassword'] as const;
const EMPTY = { newPassword: '', confirm: '' };

/**
 * Where a mailed reset link lands (`/reset-password?token=…`, public). The token leaves the address
 * bar at once; the new password follows the panel's rules (the API's field errors show under the
 * field). Afterwards every session of the user is signed out, this browser's too: they sign in anew.
 */
export function ResetPasswordPage() {
  const t = useT();
  const client = useApolloClient();
  const [reset] = useMutation(ResetPasswordMutation);
  const { errors, setErrors, busy, run } = useFormSubmit(FIELDS);
  const [form, setForm] = useState(EMPTY);
  const [token, setToken] = useState<string | null | undefined>(undefined);
  const [done, setDone] = useState(false);
  // Taken once: the effect runs again under StrictMode, and the address no longer has it then.
  const taken = useRef(false);
  useEffect(() => {
    if (taken.current) return;
    taken.current = true;
    setToken(takeLinkToken(window));
  }, []);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (form.newPassword !== form.confirm) {
      setErrors({ fields: { confirm: t('password.mismatch') }, general: null });
      return;
    }
    const ok = await run(() => reset({ variables: { input: { token: token ?? '', newPassword: form.newPassword } } }));
    if (ok) {
      setDone(true);
      setForm(EMPTY);
      // A session this browser had is gone with the others: forget what was cached for it.
      await client.resetStore();
    }
  }

  return (
    <AuthFrame>
      <Page id="reset-password" title={t('recovery.reset.title')} intro={done ? undefined : t('recovery.reset.intro')}>
        {done ? (
          <div className="space-y-4" data-test-id="reset-done">
            <Notice message={t('recovery.reset.done')} />
            <Link to="/login" replace className="btn btn-primary w-full" data-test-id="reset-login">
              {t('recovery.reset.signIn')}
            </Link>
          </div>
        ) : token === null ? (
          <div className="space-y-4">
            <FormError message={t('recovery.reset.noToken')} />
            <NewLinkLink />
          </div>
        ) : (
          <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-4">
            <FormError message={errors.general} />
            {errors.general ? <NewLinkLink /> : null}
            <TextField
              name="newPassword"
              testId="reset-new"
              type="password"
              label={t('password.new')}
              hint={t('recovery.reset.rules')}
              value={form.newPassword}
              onChange={set('newPassword')}
              error={errors.fields.newPassword}
              autoComplete="new-password"
              autoFocus
            />
            <TextField
              name="confirm"
              testId="reset-confirm"
              type="password"
              label={t('password.confirm')}
              value={form.confirm}
              onChange={set('confirm')}
              error={errors.fields.confirm}
              autoComplete="new-password"
            />
            <button
              type="submit"
              data-test-id="reset-submit"
              className="btn btn-primary w-full"
              disabled={busy || !token}
            >
              {t('recovery.reset.submit')}
            </button>
          </form>
        )}
      </Page>
    </AuthFrame>
  );
}

function NewLinkLink() {
  const t = useT();
  return (
    <p className="text-center text-sm">
      <Link to="/forgot-password" className="link" data-test-id="reset-new-link">
        {t('recovery.reset.newLink')}
      </Link>
    </p>
  );
}
