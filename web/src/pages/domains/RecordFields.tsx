import { SelectField, TextField } from '../../components/Field';
import type { RecordType } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { extraFieldsOf, hasHostTarget, RECORD_TYPES, resolvedTarget, type RecordDraft } from './recordForm';

interface RecordFieldsProps {
  draft: RecordDraft;
  set<K extends keyof RecordDraft>(name: K, value: RecordDraft[K]): void;
  errors: Record<string, string>;
  /** Test ids start with it: `rec` for the add form, `rec-edit` in a row. */
  prefix: string;
  /** The domain the names are relative to, for the hint. */
  domain: string;
  /** Two columns where the form is wide (a row being edited); one in the narrow side card. */
  wide?: boolean;
}

/** The inputs of a DNS record; the type decides which of priority, weight, port, flags and tag show. */
export function RecordFields({ draft, set, errors, prefix, domain, wide = false }: RecordFieldsProps) {
  const t = useT();
  const extra = new Set(extraFieldsOf(draft.type));
  const bind = (name: Exclude<keyof RecordDraft, 'type'>) => ({
    value: draft[name],
    onChange: (e: { target: { value: string } }) => set(name, e.target.value),
  });
  const number = { type: 'number', min: 0, max: 65535 } as const;
  // A host name target: the rule in words, and the full name the typed text stands for, before saving.
  const host = hasHostTarget(draft.type);
  const resolved = host ? resolvedTarget(draft.value, domain) : null;
  const valueHint = (
    <>
      {t(`records.valueHint.${draft.type}`)}
      {host ? ` ${t('records.targetHint', { domain })}` : null}
      {resolved ? (
        <span className="mt-1 block font-mono text-ink" data-test-id={`${prefix}-value-resolved`}>
          {t('records.targetResolved', { name: resolved })}
        </span>
      ) : null}
    </>
  );
  return (
    <div className={wide ? 'grid gap-4 sm:grid-cols-2' : 'grid gap-4'}>
      <TextField
        name="name"
        testId={`${prefix}-name`}
        label={t('records.name')}
        hint={t('records.nameHint', { domain })}
        error={errors.name}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        placeholder="@"
        {...bind('name')}
      />
      <SelectField
        name="type"
        testId={`${prefix}-type`}
        label={t('records.type')}
        error={errors.type}
        value={draft.type}
        onChange={(e) => set('type', e.target.value as RecordType)}
      >
        {RECORD_TYPES.map((type) => (
          <option key={type} value={type}>
            {type}
          </option>
        ))}
      </SelectField>
      <TextField
        name="value"
        testId={`${prefix}-value`}
        className={wide ? 'sm:col-span-2' : undefined}
        label={t('records.value')}
        hint={valueHint}
        error={errors.value}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        {...bind('value')}
      />
      <TextField
        name="ttl"
        testId={`${prefix}-ttl`}
        type="number"
        min={60}
        max={604800}
        label={`${t('records.ttl')} (${t('common.optional')})`}
        hint={t('records.ttlHint')}
        error={errors.ttl}
        {...bind('ttl')}
      />
      {extra.has('priority') ? (
        <TextField
          name="priority"
          testId={`${prefix}-priority`}
          {...number}
          label={t('records.priority')}
          error={errors.priority}
          {...bind('priority')}
        />
      ) : null}
      {extra.has('weight') ? (
        <TextField
          name="weight"
          testId={`${prefix}-weight`}
          {...number}
          label={t('records.weight')}
          error={errors.weight}
          {...bind('weight')}
        />
      ) : null}
      {extra.has('port') ? (
        <TextField
          name="port"
          testId={`${prefix}-port`}
          {...number}
          label={t('records.port')}
          error={errors.port}
          {...bind('port')}
        />
      ) : null}
      {extra.has('flags') ? (
        <SelectField
          name="flags"
          testId={`${prefix}-flags`}
          label={t('records.flags')}
          error={errors.flags}
          {...bind('flags')}
        >
          <option value="0">{t('records.flags.0')}</option>
          <option value="128">{t('records.flags.128')}</option>
        </SelectField>
      ) : null}
      {extra.has('tag') ? (
        <SelectField name="tag" testId={`${prefix}-tag`} label={t('records.tag')} error={errors.tag} {...bind('tag')}>
          <option value="">{t('records.chooseTag')}</option>
          {['issue', 'issuewild', 'iodef'].map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </SelectField>
      ) : null}
    </div>
  );
}
