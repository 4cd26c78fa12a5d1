import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { CreateResellerMutation } from './resellers.operations';

const FIELDS = ['name', 'cpHost', 'adminLogin', 'adminEmail', 'adminPassword'] as const;
const EMPTY = { name: '', cpHost: '', adminLogin: '', adminEmail: '', adminPassword: '' };

/** Master admin: a private-label reseller with its first admin login. */
export function CreateResellerForm({ onDone }: { onDone(message: string): void }) {
  const t = useT();
  const [form, setForm] = useState(EMPTY);
  const [createReseller] = useMutation(CreateResellerMutation, {
    refetchQueries: ['Resellers'],
    awaitRefetchQueries: true,
  });
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    let name = '';
    const ok = await run(async () => {
      const res = await createReseller({ variables: { input: form } });
      name = res.data?.createReseller.name ?? form.name;
    });
    if (ok) {
      onDone(t('resellers.created', { name }));
      setForm(EMPTY);
    }
  }

  return (
    <Card title={t('resellers.create')}>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-4">
        <FormError message={errors.general} />
        <TextField
          name="name"
          testId="rs-name"
          label={t('resellers.name')}
          value={form.name}
          onChange={set('name')}
          error={errors.fields.name}
          autoComplete="off"
        />
        <TextField
          name="cpHost"
          testId="rs-host"
          label={t('resellers.host')}
          hint={t('resellers.hostHint')}
          value={form.cpHost}
          onChange={set('cpHost')}
          error={errors.fields.cpHost}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
        />
        <TextField
          name="adminLogin"
          testId="rs-admin-login"
          label={t('resellers.adminLogin')}
          value={form.adminLogin}
          onChange={set('adminLogin')}
          error={errors.fields.adminLogin}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
        />
        <TextField
          name="adminEmail"
          testId="rs-admin-email"
          type="email"
          label={t('resellers.adminEmail')}
          value={form.adminEmail}
          onChange={set('adminEmail')}
          error={errors.fields.adminEmail}
          autoComplete="off"
        />
        <TextField
          name="adminPassword"
          testId="rs-admin-password"
          type="password"
          label={t('resellers.adminPassword')}
          hint={t('setup.passwordHint')}
          value={form.adminPassword}
          onChange={set('adminPassword')}
          error={errors.fields.adminPassword}
          autoComplete="new-password"
        />
        <button type="submit" data-test-id="rs-submit" className="btn btn-primary w-full" disabled={busy}>
          {t('resellers.submit')}
        </button>
      </form>
    </Card>
  );
}
