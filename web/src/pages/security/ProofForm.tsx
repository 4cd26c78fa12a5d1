import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';

const FIELDS = ['password', 'code'] as const;

/** Asks for the password or a code before a change to the second factors; the API checks it (and throttles guesses). */
export function ProofForm({
  testId,
  submitLabel,
  hint,
  danger,
  onSubmit,
}: {
  testId: string;
  submitLabel: string;
  hint?: string;
  danger?: boolean;
  onSubmit(input: { password?: string; code?: string }): Promise<unknown>;
}) {
  const t = useT();
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const [form, setForm] = useState({ password: '', code: '' });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const input = form.password ? { password: form.password } : form.code ? { code: form.code.trim() } : {};
    if (await run(() => onSubmit(input))) setForm({ password: '', code: '' });
  }

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="space-y-3" data-test-id={testId}>
      <FormError message={errors.general} />
      <TextField
        name="password"
        testId={`${testId}-password`}
        type="password"
        label={t('security.proof.password')}
        value={form.password}
        onChange={(e) => setForm({ password: e.target.value, code: '' })}
        error={errors.fields.password}
        autoComplete="current-password"
      />
      <TextField
        name="code"
        testId={`${testId}-code`}
        label={t('security.proof.code')}
        hint={hint ?? t('security.proof.hint')}
        value={form.code}
        onChange={(e) => setForm({ password: '', code: e.target.value })}
        error={errors.fields.code}
        autoComplete="one-time-code"
      />
      <button
        type="submit"
        data-test-id={`${testId}-submit`}
        className={`btn btn-secondary ${danger ? 'text-red-700' : ''}`}
        disabled={busy}
      >
        {submitLabel}
      </button>
    </form>
  );
}
