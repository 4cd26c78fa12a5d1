import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Messages';
import { Card, LoadError, Loading } from '../../components/Page';
import { useFormState } from '../../components/useFormState';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { billingSettingsInput, billingSettingsValues, type BillingSettingsValues } from './billingSettings';
import { BillingSettingsQuery, UpdateBillingSettingsMutation } from './billingSettings.operations';

const FIELDS = [
  'paymentTermDays',
  'reminderDays',
  'suspendAfterDays',
  'autoChargeDaysBefore',
  'autoChargeAttempts',
] as const;

/**
 * Admin: the company's payment term and dunning: reminder days, when an overdue account is suspended,
 * and when and how often saved cards are charged (`billing-*`).
 */
export function BillingSettingsCard() {
  const t = useT();
  const { reseller } = useViewer();
  const query = useQuery(BillingSettingsQuery, {
    variables: { resellerId: reseller.id },
    fetchPolicy: 'cache-and-network',
  });
  const settings = query.data?.reseller;
  return (
    <Card title={t('plansAdmin.billingSettings.title')} className="max-w-2xl" testId="billing-settings">
      {settings ? (
        <BillingSettingsForm initial={billingSettingsValues(settings)} />
      ) : query.error ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Loading />
      )}
    </Card>
  );
}

function BillingSettingsForm({ initial }: { initial: BillingSettingsValues }) {
  const t = useT();
  const form = useFormState(initial);
  const [save] = useMutation(UpdateBillingSettingsMutation);
  const { errors, setErrors, busy, run } = useFormSubmit(FIELDS);
  const [notice, setNotice] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    const built = billingSettingsInput(form.values);
    if (built.problems) {
      const fields = Object.fromEntries(
        Object.entries(built.problems).map(([field, problem]) => [field, t(`plansAdmin.error.${problem}`)]),
      );
      setErrors({ general: null, fields });
      return;
    }
    const ok = await run(async () => {
      const res = await save({ variables: { input: built.input } });
      // The API sorts the days and drops repeats: show them as stored.
      if (res.data) form.set('reminderDays', res.data.updateBillingSettings.reminderDays.join(', '));
    });
    if (ok) setNotice(t('plansAdmin.billingSettings.saved'));
  }

  return (
    <div className="space-y-5">
      <p className="text-sm text-muted">{t('plansAdmin.billingSettings.intro')}</p>
      <Notice message={notice} />
      <form noValidate onSubmit={(e) => void submit(e)} className="space-y-4">
        <FormError message={errors.general} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="paymentTermDays"
            testId="billing-payment-term"
            label={t('plansAdmin.billingSettings.paymentTermDays')}
            hint={t('plansAdmin.billingSettings.paymentTermDaysHint')}
            error={errors.fields.paymentTermDays}
            inputMode="numeric"
            autoComplete="off"
            {...form.bind('paymentTermDays')}
          />
          <TextField
            name="suspendAfterDays"
            testId="billing-suspend-after"
            label={`${t('plansAdmin.billingSettings.suspendAfterDays')} (${t('common.optional')})`}
            hint={t('plansAdmin.billingSettings.suspendAfterDaysHint')}
            error={errors.fields.suspendAfterDays}
            inputMode="numeric"
            autoComplete="off"
            placeholder={t('plansAdmin.billingSettings.never')}
            {...form.bind('suspendAfterDays')}
          />
        </div>
        <TextField
          name="reminderDays"
          testId="billing-reminder-days"
          label={t('plansAdmin.billingSettings.reminderDays')}
          hint={t('plansAdmin.billingSettings.reminderDaysHint')}
          error={errors.fields.reminderDays}
          autoComplete="off"
          placeholder="3, 10, 20"
          {...form.bind('reminderDays')}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="autoChargeDaysBefore"
            testId="billing-auto-charge-days"
            label={t('plansAdmin.billingSettings.autoChargeDaysBefore')}
            hint={t('plansAdmin.billingSettings.autoChargeDaysBeforeHint')}
            error={errors.fields.autoChargeDaysBefore}
            inputMode="numeric"
            autoComplete="off"
            {...form.bind('autoChargeDaysBefore')}
          />
          <TextField
            name="autoChargeAttempts"
            testId="billing-auto-charge-attempts"
            label={t('plansAdmin.billingSettings.autoChargeAttempts')}
            hint={t('plansAdmin.billingSettings.autoChargeAttemptsHint')}
            error={errors.fields.autoChargeAttempts}
            inputMode="numeric"
            autoComplete="off"
            {...form.bind('autoChargeAttempts')}
          />
        </div>
        <button type="submit" data-test-id="billing-settings-save" className="btn btn-primary" disabled={busy}>
          {t('plansAdmin.billingSettings.save')}
        </button>
      </form>
    </div>
  );
}
