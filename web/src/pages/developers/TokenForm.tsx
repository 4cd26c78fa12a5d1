import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { generalMessage, type FormErrors, noErrors } from '../../components/formErrors';
import { readApiError } from '../../graphql/errors';
import type { ApiScopeAccess, ApiScopeGroup } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import type { Translate } from '../../i18n/translate';
import { CreateApiTokenMutation } from './developers.operations';

export const GROUPS: readonly ApiScopeGroup[] = [
  'ACCOUNTS',
  'DOMAINS',
  'DATABASES',
  'BILLING',
  'SUPPORT',
  'CLUSTER',
  'COMPANY',
  'WEBHOOKS',
];
const ACCESS: readonly (ApiScopeAccess | 'NONE')[] = ['NONE', 'READ', 'READ_WRITE'];
const EXPIRY_DAYS = [7, 30, 90, 180, 365];

/**
 * The API's field errors under the form's boxes: `allowedIps.2` under the address list as "Line 3: …",
 * `scopes.1.group` under the scopes; anything else in the general box.
 */
export function tokenFormErrors(error: unknown, t: Translate): FormErrors {
  const e = readApiError(error);
  if (e.code !== 'BAD_USER_INPUT' || e.fields.length === 0) return { fields: {}, general: generalMessage(error, t) };
  const fields: Record<string, string> = {};
  const add = (field: string, message: string) => {
    fields[field] = fields[field] ? `${fields[field]} ${message}` : message;
  };
  for (const f of e.fields) {
    const line = /^allowedIps\.(\d+)$/.exec(f.field);
    if (line) add('allowedIps', t('developers.line', { line: Number(line[1]) + 1, message: f.message }));
    else add(f.field.split('.')[0]!, f.message);
  }
  return { fields, general: null };
}

/** The new-token form: name, access per group, expiry, allowed addresses one per line. */
export function TokenForm({
  onCreated,
  onCancel,
}: {
  onCreated(secret: string, name: string): void;
  onCancel(): void;
}) {
  const t = useT();
  const [name, setName] = useState('');
  const [access, setAccess] = useState<Record<string, ApiScopeAccess | 'NONE'>>({});
  const [days, setDays] = useState(90);
  const [ips, setIps] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  const [create] = useMutation(CreateApiTokenMutation, { refetchQueries: ['ApiTokens', 'CompanyApiTokens'] });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors(noErrors);
    const scopes = GROUPS.flatMap((group) => {
      const a = access[group] ?? 'NONE';
      return a === 'NONE' ? [] : [{ group, access: a }];
    });
    const allowedIps = ips
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    try {
      const res = await create({ variables: { input: { name, scopes, expiresInDays: days, allowedIps } } });
      const created = res.data?.createApiToken;
      if (created) onCreated(created.secret, created.token.name);
    } catch (err) {
      setErrors(tokenFormErrors(err, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('developers.create')} testId="token-form">
      <form className="grid gap-5" onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={errors.general} />
        <TextField
          name="name"
          testId="token-name"
          label={t('developers.name')}
          hint={t('developers.nameHint')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.fields.name}
          maxLength={100}
        />
        <fieldset>
          <legend className="field-label">{t('developers.scopes')}</legend>
          <p className="field-hint mb-2">{t('developers.scopesHint')}</p>
          <div className="grid gap-2 sm:grid-cols-2">
            {GROUPS.map((group) => (
              <label
                key={group}
                className="flex items-center justify-between gap-3 rounded-lg border border-line px-3 py-2 text-sm"
              >
                <span>{t(`developers.group.${group}`)}</span>
                <select
                  className="input w-auto"
                  data-test-id={`token-scope-${group}`}
                  value={access[group] ?? 'NONE'}
                  onChange={(e) => setAccess({ ...access, [group]: e.target.value as ApiScopeAccess | 'NONE' })}
                >
                  {ACCESS.map((a) => (
                    <option key={a} value={a}>
                      {t(`developers.access.${a}`)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {errors.fields.scopes ? (
            <p className="field-error" data-test-id="error-scopes" role="alert">
              {errors.fields.scopes}
            </p>
          ) : null}
        </fieldset>
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            name="expiresInDays"
            testId="token-expiry"
            label={t('developers.expires')}
            value={String(days)}
            onChange={(e) => setDays(Number(e.target.value))}
            error={errors.fields.expiresInDays}
          >
            {EXPIRY_DAYS.map((d) => (
              <option key={d} value={d}>
                {t('developers.days', { days: d })}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            name="allowedIps"
            testId="token-ips"
            label={t('developers.allowedIps')}
            hint={t('developers.allowedIpsHint')}
            value={ips}
            onChange={(e) => setIps(e.target.value)}
            error={errors.fields.allowedIps}
            rows={3}
            spellCheck={false}
          />
        </div>
        <div className="flex gap-2">
          <button type="submit" className="btn btn-primary" data-test-id="token-submit" disabled={busy}>
            {t('developers.submit')}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onCancel}>
            {t('developers.cancel')}
          </button>
        </div>
      </form>
    </Card>
  );
}
