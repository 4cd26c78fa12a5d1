import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Card } from '../../components/Page';
import { StatusBadge } from '../../components/StatusBadge';
import type { MyPlanQuery } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { MoneyAmount, useBillingFormat } from '../invoices/InvoiceAmounts';
import { PlanResources } from '../signup/PlanResources';

export type MyAccount = MyPlanQuery['account'];

/** Why the account is not (fully) in service: waiting for approval, suspended, or owing an overdue invoice. */
export function MyPlanNotices({ account, company }: { account: MyAccount; company: string }) {
  const t = useT();
  const format = useBillingFormat();
  return (
    <>
      {account.status === 'MODERATION' ? (
        <div
          role="status"
          data-test-id="my-plan-notice"
          data-status="MODERATION"
          className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          {t('plansUser.myPlan.moderation', { company })}
        </div>
      ) : null}
      {account.status === 'SUSPENDED' ? (
        <div
          role="alert"
          data-test-id="my-plan-notice"
          data-status="SUSPENDED"
          className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
        >
          <p>{t('plansUser.myPlan.suspended')}</p>
          {account.suspendedReason ? (
            <p className="mt-1">{t('plansUser.myPlan.suspendedReason', { reason: account.suspendedReason })}</p>
          ) : null}
        </div>
      ) : null}
      {account.overdueSince ? (
        <div
          role="alert"
          data-test-id="my-plan-overdue"
          className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
        >
          {t('plansUser.myPlan.overdue', { date: format.day(account.overdueSince) })}{' '}
          <Link to="/invoices" className="font-medium underline">
            {t('plansUser.myPlan.toInvoices')}
          </Link>
        </div>
      ) : null}
    </>
  );
}

/** The account's plan: name, description, period and its price, the next invoice, the status, and what the plan includes. */
export function MyPlanSummary({ account }: { account: MyAccount }) {
  const t = useT();
  const format = useBillingFormat();
  const { plan, periodMonths } = account;
  const period = plan?.periods.find((p) => p.months === periodMonths);
  return (
    <Card title={t('plansUser.myPlan.plan')} testId="my-plan-summary">
      {plan ? (
        <div className="mb-5">
          <p className="text-xl font-semibold text-ink" data-test-id="my-plan-name" data-plan-id={plan.id}>
            {plan.name}
          </p>
          {plan.description ? <p className="mt-1 text-sm text-muted">{plan.description}</p> : null}
        </div>
      ) : (
        <p className="mb-5 text-sm text-muted" data-test-id="my-plan-name" data-plan-id="">
          {t('plansUser.myPlan.noPlan')}
        </p>
      )}
      <dl className="grid gap-x-8 gap-y-4 sm:grid-cols-2">
        <Item label={t('plansUser.myPlan.status')}>
          <StatusBadge status={account.status} testId="my-plan-status" />
        </Item>
        {periodMonths ? (
          <Item label={t('plansUser.myPlan.period')}>
            <span data-test-id="my-plan-period" data-months={periodMonths}>
              {format.months(periodMonths)}
            </span>
          </Item>
        ) : null}
        {period ? (
          <Item label={t('plansUser.myPlan.price')}>
            <MoneyAmount money={period.price} testId="my-plan-price" />
          </Item>
        ) : null}
        <Item label={t('plansUser.myPlan.nextBilling')}>
          <span data-test-id="my-plan-next-billing" data-at={account.nextBillingAt ?? ''}>
            {account.nextBillingAt
              ? format.day(account.nextBillingAt)
              : account.status === 'MODERATION'
                ? t('plansUser.myPlan.onApproval')
                : t('plansUser.myPlan.notBilled')}
          </span>
        </Item>
      </dl>
      {plan ? (
        <div className="mt-5 border-t border-line pt-4">
          <p className="field-label">{t('plansUser.included')}</p>
          <PlanResources resources={plan.resources} />
        </div>
      ) : null}
    </Card>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="mt-0.5 font-medium text-ink">{children}</dd>
    </div>
  );
}
