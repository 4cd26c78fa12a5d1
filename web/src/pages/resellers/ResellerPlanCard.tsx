import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { SelectField, TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card, LoadError, Loading } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useI18n } from '../../i18n/I18nProvider';
import { monthsLabel } from '../plans/planLabels';
import { ResellerQuotaTable } from './ResellerQuotaTable';
import { ResellerPlanQuery, SetResellerPlanMutation } from './resellers.operations';

const FIELDS = ['planId', 'periodMonths', 'billingLogin', 'billingEmail', 'billingPassword'] as const;

/**
 * Master admin: the reseller plan a reseller is on. Its subscription is an account of your company
 * (billed like any customer's, with a link to its billing page); the first time, a customer login
 * at your panel is made for the reseller to pay with. Below, the quotas with use and promises.
 */
export function ResellerPlanCard({ resellerId, onDone }: { resellerId: string; onDone(message: string): void }) {
  const { t, formatDate } = useI18n();
  const { data, error, refetch } = useQuery(ResellerPlanQuery, {
    variables: { id: resellerId },
    fetchPolicy: 'cache-and-network',
  });
  const [setPlan] = useMutation(SetResellerPlanMutation);
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const [form, setForm] = useState({
    planId: '',
    periodMonths: '',
    billingLogin: '',
    billingEmail: '',
    billingPassword: '',
  });
  const set = (key: keyof typeof form, value: string) => setForm((f) => ({ ...f, [key]: value }));

  if (!data) {
    return (
      <Card title={t('quotas.planTitle')} testId="reseller-plan">
        {error ? <LoadError error={error} onRetry={() => void refetch()} /> : <Loading />}
      </Card>
    );
  }
  const subscription = data.reseller.subscription;
  const plans = data.plans.filter((p) => p.forResellers);
  const planId = form.planId || subscription?.plan?.id || plans[0]?.id || '';
  const plan = plans.find((p) => p.id === planId);
  const periodMonths = form.periodMonths || String(subscription?.periodMonths ?? plan?.periods[0]?.months ?? '');

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const chosen = plans.find((p) => p.id === planId);
    const ok = await run(async () => {
      await setPlan({
        variables: {
          input: {
            resellerId,
            planId,
            periodMonths: Number(periodMonths),
            ...(subscription
              ? {}
              : {
                  billingLogin: form.billingLogin.trim() || null,
                  billingEmail: form.billingEmail.trim() || null,
                  billingPassword: form.billingPassword || null,
                }),
          },
        },
      });
      await refetch();
    });
    if (ok) {
      setForm((f) => ({ ...f, billingPassword: '' }));
      onDone(t('quotas.planSet', { plan: chosen?.name ?? '' }));
    }
  }

  return (
    <Card title={t('quotas.planTitle')} testId="reseller-plan">
      <div className="space-y-5">
        {subscription ? (
          <p className="text-sm" data-test-id="reseller-subscription">
            {t('quotas.subscription', {
              plan: subscription.plan?.name ?? '—',
              period: monthsLabel(t, subscription.periodMonths ?? 1),
            })}{' '}
            {subscription.nextBillingAt
              ? t('quotas.nextBilling', { date: formatDate(subscription.nextBillingAt) })
              : null}{' '}
            <Link
              to={`/admin/accounts/${subscription.id}/billing`}
              data-test-id="reseller-subscription-link"
              className="link"
            >
              {t('quotas.subscriptionLink', { id: subscription.id })}
            </Link>
          </p>
        ) : (
          <p className="text-sm text-muted" data-test-id="reseller-no-plan">
            {t('quotas.noPlan')}
          </p>
        )}
        {plans.length === 0 ? (
          <p className="text-sm text-muted" data-test-id="reseller-no-reseller-plans">
            {t('quotas.noResellerPlans')}
          </p>
        ) : (
          <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-4">
            <FormError message={errors.general} />
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField
                name="planId"
                testId="rp-plan"
                label={t('quotas.plan')}
                error={errors.fields.planId}
                value={planId}
                onChange={(e) => setForm((f) => ({ ...f, planId: e.target.value, periodMonths: '' }))}
              >
                {plans.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </SelectField>
              <SelectField
                name="periodMonths"
                testId="rp-period"
                label={t('quotas.period')}
                error={errors.fields.periodMonths}
                value={periodMonths}
                onChange={(e) => set('periodMonths', e.target.value)}
              >
                {(plan?.periods ?? []).map((p) => (
                  <option key={p.months} value={String(p.months)}>
                    {monthsLabel(t, p.months)}
                  </option>
                ))}
              </SelectField>
            </div>
            {subscription ? null : (
              <div className="space-y-3 border-t border-line pt-4">
                <p className="text-xs text-muted">{t('quotas.billingHint')}</p>
                <div className="grid gap-4 sm:grid-cols-3">
                  <TextField
                    name="billingLogin"
                    testId="rp-login"
                    label={t('quotas.billingLogin')}
                    error={errors.fields.billingLogin}
                    value={form.billingLogin}
                    onChange={(e) => set('billingLogin', e.target.value)}
                    autoComplete="off"
                    autoCapitalize="none"
                    spellCheck={false}
                  />
                  <TextField
                    name="billingEmail"
                    testId="rp-email"
                    type="email"
                    label={t('quotas.billingEmail')}
                    error={errors.fields.billingEmail}
                    value={form.billingEmail}
                    onChange={(e) => set('billingEmail', e.target.value)}
                    autoComplete="off"
                  />
                  <TextField
                    name="billingPassword"
                    testId="rp-password"
                    type="password"
                    label={t('quotas.billingPassword')}
                    error={errors.fields.billingPassword}
                    value={form.billingPassword}
                    onChange={(e) => set('billingPassword', e.target.value)}
                    autoComplete="new-password"
                  />
                </div>
              </div>
            )}
            <button type="submit" data-test-id="rp-save" className="btn btn-primary" disabled={busy || !planId}>
              {subscription ? t('quotas.changePlan') : t('quotas.givePlan')}
            </button>
          </form>
        )}
        <div className="-mx-5 border-t border-line sm:-mx-6" data-test-id="reseller-quotas">
          <ResellerQuotaTable quotas={data.reseller.quotas} />
        </div>
      </div>
    </Card>
  );
}
