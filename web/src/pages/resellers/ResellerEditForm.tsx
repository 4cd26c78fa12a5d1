import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { TextAreaField, TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { ResellerFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { COMPANY_DETAIL_KEYS, companyDetailsOf, type CompanyDetailKey } from '../settings/companyDetails';
import { CompanyDetailsFields } from '../settings/CompanyDetailsFields';
import { UpdateResellerMutation } from './resellers.operations';

/** The API names an other-host entry by its place: `cpHostAliases.0` is the first line. */
const ALIAS_FIELDS = Array.from({ length: 10 }, (_, i) => `cpHostAliases.${i}`);
const FIELDS = ['name', 'cpHost', 'cpHostAliases', ...ALIAS_FIELDS, ...COMPANY_DETAIL_KEYS] as const;

interface ResellerEditFormProps {
  reseller: ResellerFieldsFragment;
  onDone(message: string): void;
  className?: string;
}

/** The form's values for a reseller as the API has it. */
const valuesOf = (r: ResellerFieldsFragment) => ({
  name: r.name,
  cpHost: r.cpHost ?? '',
  cpHostAliases: r.cpHostAliases.join('\n'),
  ...companyDetailsOf(r),
});

/** One host name per line, blank lines ignored. */
const aliasesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Master admin: a reseller's name, control-panel host and company details; the API checks each field. */
export function ResellerEditForm({ reseller, onDone, className }: ResellerEditFormProps) {
  const t = useT();
  const [form, setForm] = useState(() => valuesOf(reseller));
  // The answer carries the reseller: the list and the header (the master's own company) update from the cache.
  const [update] = useMutation(UpdateResellerMutation);
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const set = (key: keyof typeof form, value: string) => setForm((f) => ({ ...f, [key]: value }));
  const aliasError =
    [
      errors.fields.cpHostAliases,
      ...ALIAS_FIELDS.map(
        (k, i) => errors.fields[k] && t('reseller.aliasLine', { line: i + 1, message: errors.fields[k] }),
      ),
    ]
      .filter(Boolean)
      .join(' ') || undefined;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    let name = form.name;
    const ok = await run(async () => {
      const input = { ...form, cpHostAliases: aliasesOf(form.cpHostAliases) };
      const saved = (await update({ variables: { id: reseller.id, input } })).data?.updateReseller;
      if (!saved) return;
      name = saved.name;
      // As saved: trimmed, the host in lower case, empty details cleared.
      setForm(valuesOf(saved));
    });
    if (ok) onDone(t('reseller.saved', { name }));
  }

  return (
    <Card title={t('reseller.company')} className={className} testId="reseller-edit">
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-5">
        <FormError message={errors.general} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="name"
            testId="re-name"
            label={t('resellers.name')}
            value={form.name}
            onChange={(e) => set('name', e.target.value)}
            error={errors.fields.name}
            autoComplete="off"
          />
          <TextField
            name="cpHost"
            testId="re-host"
            label={t('resellers.host')}
            hint={t('resellers.hostHint')}
            value={form.cpHost}
            onChange={(e) => set('cpHost', e.target.value)}
            error={errors.fields.cpHost}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
          />
          <TextAreaField
            name="cpHostAliases"
            testId="re-aliases"
            label={t('reseller.aliases')}
            hint={t('reseller.aliasesHint')}
            value={form.cpHostAliases}
            onChange={(e) => set('cpHostAliases', e.target.value)}
            error={aliasError}
            rows={3}
            autoCapitalize="none"
            spellCheck={false}
            className="sm:col-span-2"
          />
        </div>
        <div className="border-t border-line pt-5">
          <CompanyDetailsFields
            values={form}
            onChange={(key: CompanyDetailKey, value) => set(key, value)}
            errors={errors.fields}
            testIdPrefix="re"
          />
        </div>
        <button type="submit" data-test-id="re-save" className="btn btn-primary" disabled={busy}>
          {t('reseller.save')}
        </button>
      </form>
    </Card>
  );
}
