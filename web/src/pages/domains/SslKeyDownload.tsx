import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { downloadText } from '../../components/download';
import { pemFileName } from './certificateFiles';
import { CertificatePrivateKeyMutation } from './ssl.operations';

/**
 * The private key a customer uploaded, downloaded again only after they type their password
 * (`ssl-key-*`): the API checks it, counts wrong ones toward the sign-in throttle and audits the
 * download. Keys the panel made (a signing request, a free certificate) never leave it.
 */
export function SslKeyDownload({ id, names }: { id: string; names: readonly string[] }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [fetchKey] = useMutation(CertificatePrivateKeyMutation);
  const { errors, busy, run } = useFormSubmit(['password']);

  async function submit(e: FormEvent) {
    e.preventDefault();
    let pem: string | null = null;
    const ok = await run(async () => {
      pem = (await fetchKey({ variables: { id, password } })).data?.certificatePrivateKey ?? null;
    });
    if (!ok || !pem) return;
    downloadText(
      pemFileName(names, 'certificate').replace(/\.pem$/, '.key'),
      `${(pem as string).trim()}\n`,
      'application/x-pem-file',
    );
    setPassword('');
    setOpen(false);
  }

  if (!open)
    return (
      <button
        type="button"
        className="btn btn-secondary btn-sm"
        data-test-id="ssl-key-open"
        onClick={() => setOpen(true)}
      >
        {t('ssl.key.download')}
      </button>
    );
  return (
    <form
      className="flex w-full flex-wrap items-end gap-2"
      onSubmit={(e) => void submit(e)}
      data-test-id="ssl-key-form"
    >
      <TextField
        name="password"
        type="password"
        autoComplete="current-password"
        label={t('ssl.key.password')}
        hint={t('ssl.key.hint')}
        testId="ssl-key-password"
        value={password}
        error={errors.fields.password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <button
        type="submit"
        className="btn btn-primary btn-sm"
        disabled={busy || !password}
        data-test-id="ssl-key-submit"
      >
        {t('ssl.key.submit')}
      </button>
      <button type="button" className="btn btn-secondary btn-sm" onClick={() => setOpen(false)}>
        {t('ssl.cancel')}
      </button>
      <FormError message={errors.general} />
    </form>
  );
}
