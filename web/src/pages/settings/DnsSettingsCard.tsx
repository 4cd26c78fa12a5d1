import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Messages';
import { Card, LoadError, Loading } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { DnsSettingsQuery, SetServiceDomainMutation } from './settings.operations';

const FIELDS = ['serviceDomain'] as const;

/** Admin: the company's service domain (DNS-1) and the name servers its zones are served by (`dns-*`). */
export function DnsSettingsCard() {
  const t = useT();
  const query = useQuery(DnsSettingsQuery, { fetchPolicy: 'cache-and-network' });
  const settings = query.data?.dnsSettings;
  return (
    <Card title={t('dnsSettings.title')} className="max-w-2xl" testId="dns-settings">
      {settings ? (
        // The input starts from the stored value once loaded; the name servers follow each save.
        <DnsSettingsForm serviceDomain={settings.serviceDomain} nameServers={settings.nameServers} />
      ) : query.error ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Loading />
      )}
    </Card>
  );
}

function DnsSettingsForm({
  serviceDomain,
  nameServers,
}: {
  serviceDomain: string | null;
  nameServers: readonly string[];
}) {
  const t = useT();
  const [value, setValue] = useState(serviceDomain ?? '');
  const [notice, setNotice] = useState<string | null>(null);
  // DnsSettings has no id for the cache to merge by: refetch it (the name servers change with the domain).
  const [save] = useMutation(SetServiceDomainMutation, { refetchQueries: ['DnsSettings'], awaitRefetchQueries: true });
  const { errors, busy, run } = useFormSubmit(FIELDS);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    let saved = '';
    const ok = await run(async () => {
      const res = await save({ variables: { serviceDomain: value.trim() } });
      saved = res.data?.setServiceDomain.serviceDomain ?? value.trim();
    });
    if (ok) setNotice(t('dnsSettings.saved', { domain: saved }));
  }

  return (
    <div className="space-y-5">
      <p className="text-sm text-muted">{t('dnsSettings.intro')}</p>
      <Notice message={notice} />
      <form noValidate onSubmit={(e) => void submit(e)} className="space-y-4">
        <FormError message={errors.general} />
        <TextField
          name="serviceDomain"
          testId="dns-service-domain"
          label={t('dnsSettings.serviceDomain')}
          hint={t('dnsSettings.serviceDomainHint')}
          error={errors.fields.serviceDomain}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          placeholder="example-host.com"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" data-test-id="dns-save" className="btn btn-primary" disabled={busy}>
          {t('dnsSettings.save')}
        </button>
      </form>
      <div>
        <h3 className="field-label">{t('dnsSettings.nameServers')}</h3>
        {nameServers.length ? (
          <ul className="space-y-1 font-mono text-sm" data-test-id="dns-name-servers">
            {nameServers.map((n) => (
              <li key={n} data-test-id="dns-name-server">
                {n}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted" data-test-id="dns-no-name-servers">
            {t('dnsSettings.noNameServers')}
          </p>
        )}
      </div>
    </div>
  );
}
