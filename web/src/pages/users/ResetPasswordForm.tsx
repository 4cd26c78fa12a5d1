import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { ResetUserPasswordMutation } from './users.operations';

const FIELDS = ['newPassword'] as const;

/** Admin: sets a user's password; the server signs that user out everywhere. */
export function ResetPasswordForm({
  userId,
  login,
  onDone,
}: {
  userId: string;
  login: string;
  onDone(message: string): void;
}) {
  const t = useT();
  const [newPassword, setNewPassword] = useState('');
  const [reset] = useMutation(ResetUserPasswordMutation);
  const { errors, busy, run } = useFormSubmit(FIELDS);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ok = await run(() => reset({ variables: { id: userId, input: { newPassword } } }));
    if (ok) {
      onDone(t('userDetail.passwordReset', { login }));
      setNewPassword('');
    }
  }

  return (
    <Card title={t('userDetail.resetPassword')}>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-4">
        <FormError message={errors.general} />
        <TextField
          name="newPassword"
          testId="reset-password"
          type="password"
          label={t('userDetail.newPassword')}
          hint={t('userDetail.resetHint')}
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          error={errors.fields.newPassword}
          autoComplete="new-password"
        />
        <button type="submit" data-test-id="reset-password-submit" className="btn btn-primary" disabled={busy}>
          {t('userDetail.resetSubmit')}
        </button>
      </form>
    </Card>
  );
}
