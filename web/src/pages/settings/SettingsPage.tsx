import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { SelectField, TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Messages';
import { Card, Page } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { LANGUAGES, SKINS } from '../../graphql/enums';
import type { Language, Skin } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { SessionQuery } from '../../session/session.operations';
import { BillingSettingsCard } from './BillingSettingsCard';
import { DnsSettingsCard } from './DnsSettingsCard';
import { PaymentGatewaysCard } from './PaymentGatewaysCard';
import { UpdateResellerSettingsMutation } from './settings.operations';
import { TaxRatesCard } from './TaxRatesCard';

const FIELDS = ['name', 'defaultSkin', 'defaultLanguage'] as const;

/** Admin: the own company's name and the default look of its users (LF-2, LF-3), its DNS, how it bills, and its payment gateways. */
export function SettingsPage() {
  const t = useT();
  const { reseller } = useViewer();
  const [form, setForm] = useState({
    name: reseller.name,
    defaultSkin: reseller.defaultSkin,
    defaultLanguage: reseller.defaultLanguage,
  });
  // A new default may change the viewer's own effective look: reload the session with it.
  const [update] = useMutation(UpdateResellerSettingsMutation, {
    refetchQueries: [{ query: SessionQuery }],
    awaitRefetchQueries: true,
  });
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const [notice, setNotice] = useState<string | null>(null);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    const ok = await run(() => update({ variables: { input: form } }));
    if (ok) setNotice(t('settings.saved'));
  }

  return (
    <Page id="settings" title={t('settings.title')} intro={t('settings.intro')}>
      <Notice message={notice} />
      <Card className="max-w-2xl">
        <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-5">
          <FormError message={errors.general} />
          <TextField
            name="name"
            testId="set-name"
            label={t('settings.name')}
            value={form.name}
            onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))}
            error={errors.fields.name}
            autoComplete="organization"
          />
          <div className="grid gap-5 sm:grid-cols-2">
            <SelectField
              name="defaultSkin"
              testId="set-skin"
              label={t('settings.skin')}
              value={form.defaultSkin}
              onChange={(e) => setForm((f) => ({ ...f, defaultSkin: e.target.value as Skin }))}
              error={errors.fields.defaultSkin}
            >
              {SKINS.map((s) => (
                <option key={s} value={s}>
                  {t(`skin.${s}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              name="defaultLanguage"
              testId="set-language"
              label={t('settings.language')}
              value={form.defaultLanguage}
              onChange={(e) => setForm((f) => ({ ...f, defaultLanguage: e.target.value as Language }))}
              error={errors.fields.defaultLanguage}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`language.${l}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <button type="submit" data-test-id="set-save" className="btn btn-primary" disabled={busy}>
            {t('settings.save')}
          </button>
        </form>
      </Card>
      <DnsSettingsCard />
      <BillingSettingsCard />
      <TaxRatesCard />
      <PaymentGatewaysCard />
    </Page>
  );
}
