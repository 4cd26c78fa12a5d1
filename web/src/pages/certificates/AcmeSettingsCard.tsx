import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Messages';
import { Card, LoadError, Loading } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { AcmeSettingsQuery as Result } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { AcmeSettingsQuery, SetAcmeSettingsMutation } from './certificates.operations';

const FIELDS = ['directoryUrl', 'email'] as const;

/** Master admin: the ACME authority free certificates come from, and the panel's account there (`acme-settings`). */
export function AcmeSettingsCard() {
  const t = useT();
  const query = useQuery(AcmeSettingsQuery, { fetchPolicy: 'cache-and-network' });
  const settings = query.data?.acmeSettings;
  return (
    <Card title={t('acme.title')} className="max-w-2xl" testId="acme-settings">
      {settings ? (
        <AcmeSettingsForm settings={settings} />
      ) : query.error ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Loading />
      )}
    </Card>
  );
}

function AcmeSettingsForm({ settings }: { settings: Result['acmeSettings'] }) {
  const t = useT();
  const [directoryUrl, setDirectoryUrl] = useState(settings.directoryUrl);
  const [email, setEmail] = useState(settings.email ?? '');
  const [notice, setNotice] = useState<string | null>(null);
  // AcmeSettings has no id for the cache to merge by: refetch it.
  const [save] = useMutation(SetAcmeSettingsMutation, { refetchQueries: ['AcmeSettings'], awaitRefetchQueries: true });
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const presets = [
    { id: 'production', url: settings.letsEncrypt, label: t('acme.letsEncrypt') },
    { id: 'staging', url: settings.letsEncryptStaging, label: t('acme.letsEncryptStaging') },
  ];

  async function submit(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    const ok = await run(() =>
      save({ variables: { input: { directoryUrl: directoryUrl.trim(), email: email.trim() || null } } }),
    );
    if (ok) setNotice(t('acme.saved'));
  }

  return (
    <div className="space-y-5">
      <p className="text-sm text-muted">{t('acme.intro')}</p>
      <Notice message={notice} />
      <form noValidate onSubmit={(e) => void submit(e)} className="space-y-4">
        <FormError message={errors.general} />
        <div className="flex flex-wrap gap-2">
          {presets.map((p) => (
            <button
              key={p.id}
              type="button"
              className={directoryUrl === p.url ? 'btn btn-primary btn-sm' : 'btn btn-secondary btn-sm'}
              aria-pressed={directoryUrl === p.url}
              data-test-id={`acme-preset-${p.id}`}
              onClick={() => setDirectoryUrl(p.url)}
            >
              {p.label}
            </button>
          ))}
        </div>
        <TextField
          name="directoryUrl"
          testId="acme-directory-url"
          label={t('acme.directoryUrl')}
          hint={t('acme.directoryUrlHint')}
          error={errors.fields.directoryUrl}
          type="url"
          autoComplete="off"
          spellCheck={false}
          value={directoryUrl}
          onChange={(e) => setDirectoryUrl(e.target.value)}
        />
        <TextField
          name="email"
          testId="acme-email"
          label={t('acme.email')}
          hint={t('acme.emailHint')}
          error={errors.fields.email}
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <button type="submit" data-test-id="acme-save" className="btn btn-primary" disabled={busy}>
          {t('acme.save')}
        </button>
      </form>
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-muted">{t('acme.account')}</dt>
        <dd className="font-mono text-xs break-all" data-test-id="acme-account-url">
          {settings.accountUrl ?? <span className="font-sans text-muted">{t('acme.noAccount')}</span>}
        </dd>
      </dl>
    </div>
  );
}
