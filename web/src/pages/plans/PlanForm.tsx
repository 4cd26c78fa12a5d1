import { useState, type FormEvent } from 'react';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field';
import { formErrorsFrom, noErrors, type FormErrors } from '../../components/formErrors';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import type { Platform, PlanInput } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { PeriodRows } from './PeriodRows';
import { errorKeys, errorsByKey, planInputFrom, PLATFORMS, type PeriodRow, type PlanValues } from './planValues';
import { ResourceRows } from './ResourceRows';

interface PlanFormProps {
  initial: PlanValues;
  /** The company's currency, beside the amounts; null while unknown. */
  currency: string | null;
  submitLabel: string;
  /** Saves the plan; a BAD_USER_INPUT error's fields show under their inputs. */
  onSubmit(input: PlanInput): Promise<unknown>;
}

/** The whole plan in one form (`plan-*`): its fields, its billing periods and its resources. */
export function PlanForm({ initial, currency, submitLabel, onSubmit }: PlanFormProps) {
  const t = useT();
  const masterAdmin = useViewer().role === 'MASTER_ADMIN';
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof PlanValues>(name: K, value: PlanValues[K]) =>
    setValues((v) => ({ ...v, [name]: value }));
  const text = (name: 'name' | 'description' | 'setupFee' | 'recurringFee') => ({
    value: values[name],
    onChange: (e: { target: { value: string } }) => set(name, e.target.value),
  });
  const inCurrency = (label: string) => (currency ? `${label} (${currency})` : label);

  function setPeriods(rows: PeriodRow[]) {
    // Period errors are by position: once a row goes or comes they would sit under the wrong one.
    if (rows.length !== values.periods.length) {
      setErrors((e) => ({
        ...e,
        fields: Object.fromEntries(Object.entries(e.fields).filter(([k]) => !k.startsWith('periods.'))),
      }));
    }
    set('periods', rows);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const built = planInputFrom(values);
    if (built.invalid) {
      setErrors({
        general: null,
        fields: Object.fromEntries(built.invalid.map((k) => [k, t('plansAdmin.error.wholeNumber')])),
      });
      return;
    }
    setBusy(true);
    setErrors(noErrors);
    try {
      await onSubmit(built.input);
    } catch (err) {
      const keys = errorKeys(values);
      const found = formErrorsFrom(err, [...keys.keys()], t);
      setErrors({ general: found.general, fields: errorsByKey(found.fields, keys) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="space-y-6" data-test-id="plan-form">
      <FormError message={errors.general} />
      <Card title={t('plansAdmin.details')} className="max-w-3xl">
        <div className="space-y-4">
          <TextField
            name="name"
            testId="plan-name"
            label={t('plansAdmin.name')}
            error={errors.fields.name}
            autoComplete="off"
            maxLength={100}
            {...text('name')}
          />
          <TextAreaField
            name="description"
            testId="plan-description"
            label={`${t('plansAdmin.description')} (${t('common.optional')})`}
            hint={t('plansAdmin.descriptionHint')}
            error={errors.fields.description}
            rows={3}
            maxLength={1000}
            {...text('description')}
          />
          <div className="grid gap-4 sm:grid-cols-3">
            <SelectField
              name="platform"
              testId="plan-platform"
              label={t('plansAdmin.platform')}
              error={errors.fields.platform}
              value={values.platform}
              onChange={(e) => set('platform', e.target.value as Platform)}
            >
              {PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {t(`plansAdmin.platform.${p}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              name="setupFee"
              testId="plan-setup-fee"
              label={inCurrency(t('plansAdmin.setupFee'))}
              hint={t('plansAdmin.setupFeeHint')}
              error={errors.fields.setupFee}
              inputMode="decimal"
              autoComplete="off"
              placeholder="0.00"
              {...text('setupFee')}
            />
            <TextField
              name="recurringFee"
              testId="plan-recurring-fee"
              label={inCurrency(t('plansAdmin.recurringFee'))}
              hint={t('plansAdmin.recurringFeeHint')}
              error={errors.fields.recurringFee}
              inputMode="decimal"
              autoComplete="off"
              placeholder="0.00"
              {...text('recurringFee')}
            />
          </div>
          {masterAdmin ? (
            <CheckboxField
              testId="plan-for-resellers"
              label={t('plansAdmin.forResellers')}
              hint={t('plansAdmin.forResellersHint')}
              checked={values.forResellers}
              onChange={(e) => set('forResellers', e.target.checked)}
            />
          ) : null}
          {values.forResellers ? (
            <TextField
              name="oversellPercent"
              testId="plan-oversell"
              label={t('plansAdmin.oversellPercent')}
              hint={t('plansAdmin.oversellPercentHint')}
              error={errors.fields.oversellPercent}
              inputMode="numeric"
              autoComplete="off"
              placeholder="0"
              className="max-w-xs"
              value={values.oversellPercent}
              onChange={(e) => set('oversellPercent', e.target.value)}
            />
          ) : null}
          {values.forResellers ? null : (
            <>
              <CheckboxField
                testId="plan-signup"
                label={t('plansAdmin.signupEnabled')}
                hint={t('plansAdmin.signupEnabledHint')}
                checked={values.signupEnabled}
                onChange={(e) => set('signupEnabled', e.target.checked)}
              />
              <CheckboxField
                testId="plan-moderated"
                label={t('plansAdmin.moderated')}
                hint={t('plansAdmin.moderatedHint')}
                checked={values.moderated}
                onChange={(e) => set('moderated', e.target.checked)}
              />
            </>
          )}
        </div>
      </Card>
      <PeriodRows rows={values.periods} onChange={setPeriods} errors={errors.fields} />
      <ResourceRows
        rows={values.resources.filter((r) => values.forResellers || r.kind !== 'ACCOUNT')}
        onChange={(rows) =>
          set(
            'resources',
            values.resources.map((r) => rows.find((x) => x.kind === r.kind) ?? r),
          )
        }
        errors={errors.fields}
        currency={currency}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" data-test-id="plan-submit" className="btn btn-primary" disabled={busy}>
          {submitLabel}
        </button>
        {Object.keys(errors.fields).length ? (
          <p className="text-sm text-red-700" data-test-id="plan-errors-hint">
            {t('plansAdmin.checkFields')}
          </p>
        ) : null}
      </div>
    </form>
  );
}
