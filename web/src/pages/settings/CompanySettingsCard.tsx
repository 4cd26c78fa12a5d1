import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { CheckboxField, SelectField, TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Messages';
import { Card, LoadError, Loading } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { LANGUAGES, SKINS } from '../../graphql/enums';
import type { CompanyDetailsFieldsFragment, Language, Skin } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { SessionQuery } from '../../session/session.operations';
import { COMPANY_DETAIL_KEYS, companyDetailsOf, type CompanyDetailKey } from './companyDetails';
import { CompanyDetailsFields } from './CompanyDetailsFields';
import { CompanyDetailsQuery, UpdateResellerSettingsMutation } from './settings.operations';

const FIELDS = ['name', 'defaultSkin', 'defaultLanguage', 'productCredit', ...COMPANY_DETAIL_KEYS] as const;

/** Admin: the own company's name, the default look of its users (LF-2, LF-3) and its details (RES-1). */
export function CompanySettingsCard() {
  const { reseller } = useViewer();
  const details = useQuery(CompanyDetailsQuery, { variables: { id: reseller.id } });
  const company = details.data?.reseller;
  return (
    <Card className="max-w-2xl" testId="company-settings">
      {company ? (
        <CompanySettingsForm details={company} />
      ) : details.error ? (
        <LoadError error={details.error} onRetry={() => void details.refetch()} />
      ) : (
        <Loading />
      )}
    </Card>
  );
}

function CompanySettingsForm({ details }: { details: CompanyDetailsFieldsFragment & { productCredit: boolean } }) {
  const t = useT();
  const { reseller } = useViewer();
  const [form, setForm] = useState({
    name: reseller.name,
    defaultSkin: reseller.defaultSkin,
    defaultLanguage: reseller.defaultLanguage,
    ...companyDetailsOf(details),
  });
  // The master's company only: whether its panel names the product (a reseller's never does).
  const [productCredit, setProductCredit] = useState(details.productCredit);
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
    const ok = await run(async () => {
      const input = reseller.isRoot ? { ...form, productCredit } : form;
      const saved = (await update({ variables: { input } })).data?.updateResellerSettings;
      // As saved: trimmed, empty details cleared.
      if (saved) setForm((f) => ({ ...f, name: saved.name, ...companyDetailsOf(saved) }));
    });
    if (ok) setNotice(t('settings.saved'));
  }

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-5">
      <Notice message={notice} />
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
      <div className="border-t border-line pt-5">
        <CompanyDetailsFields
          values={form}
          onChange={(key: CompanyDetailKey, value) => setForm((f) => ({ ...f, [key]: value }))}
          errors={errors.fields}
          testIdPrefix="set"
        />
      </div>
      {reseller.isRoot ? (
        <CheckboxField
          name="productCredit"
          testId="set-product-credit"
          label={t('settings.productCredit')}
          hint={t('settings.productCreditHint')}
          checked={productCredit}
          onChange={(e) => setProductCredit(e.target.checked)}
        />
      ) : null}
      <button type="submit" data-test-id="set-save" className="btn btn-primary" disabled={busy}>
        {t('settings.save')}
      </button>
    </form>
  );
}
