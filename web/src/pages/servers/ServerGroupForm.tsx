import type { FormEvent } from 'react';
import { CheckboxField, SelectField, TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormState } from '../../components/useFormState';
import { useFormSubmit } from '../../components/useFormSubmit';
import { PLACEMENT_POLICIES, SERVER_KINDS } from '../../graphql/enums';
import type { PlacementPolicy, ServerKind } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';

const FIELDS = ['name', 'kind', 'policy', 'isDefault'] as const;

export interface ServerGroupValues {
  name: string;
  kind: ServerKind;
  policy: PlacementPolicy;
  isDefault: boolean;
}

interface ServerGroupFormProps {
  initial: ServerGroupValues;
  /** The kind of an existing group cannot change (its members are of that kind). */
  kindFixed: boolean;
  submitLabel: string;
  onSubmit(values: ServerGroupValues): Promise<unknown>;
}

/** Name, kind, placement policy and whether it is the default group of its kind (`sg-*`). */
export function ServerGroupForm({ initial, kindFixed, submitLabel, onSubmit }: ServerGroupFormProps) {
  const t = useT();
  const form = useFormState({
    name: initial.name,
    kind: initial.kind,
    policy: initial.policy,
    isDefault: initial.isDefault,
  });
  const { errors, busy, run } = useFormSubmit(FIELDS);

  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(() => onSubmit({ ...form.values, name: form.values.name.trim() }));
  }

  return (
    <Card title={t('groups.details')} className="max-w-3xl">
      <form noValidate onSubmit={(e) => void submit(e)} className="space-y-4">
        <FormError message={errors.general} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="name"
            testId="sg-name"
            label={t('groups.name')}
            error={errors.fields.name}
            autoComplete="off"
            spellCheck={false}
            {...form.bind('name')}
          />
          <SelectField
            name="kind"
            testId="sg-kind"
            label={t('groups.kind')}
            error={errors.fields.kind}
            disabled={kindFixed}
            {...form.bind('kind')}
          >
            {SERVER_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`serverKind.${k}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="policy"
            testId="sg-policy"
            label={t('groups.policy')}
            hint={t(`policy.desc.${form.values.policy}`)}
            error={errors.fields.policy}
            {...form.bind('policy')}
          >
            {PLACEMENT_POLICIES.map((p) => (
              <option key={p} value={p}>
                {t(`policy.${p}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <CheckboxField
          testId="sg-default"
          label={t('groups.isDefault')}
          hint={t('groups.isDefaultHint')}
          {...form.check('isDefault')}
        />
        <button type="submit" data-test-id="sg-submit" className="btn btn-primary" disabled={busy}>
          {submitLabel}
        </button>
      </form>
    </Card>
  );
}
