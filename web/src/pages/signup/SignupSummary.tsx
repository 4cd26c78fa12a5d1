import type { SignupPlan } from './signup.operations';
import { useT } from '../../i18n/I18nProvider';
import { MoneyAmount, useBillingFormat } from '../invoices/InvoiceAmounts';

interface SignupSummaryProps {
  plan: SignupPlan;
  period: SignupPlan['periods'][number];
}

/**
 * What the chosen plan and period cost before the customer commits (`signup-summary`): the period,
 * the setup fee once, the company's tax, and what the first invoice comes to, as the API prices them
 * (the billing run's rules); the raw amounts stay on the element.
 */
export function SignupSummary({ plan, period }: SignupSummaryProps) {
  const t = useT();
  const format = useBillingFormat();
  const setup = BigInt(period.setupFees.minorUnits) > 0n ? period.setupFees : null;
  const tax = period.firstInvoiceTax;
  const firstInvoice = period.firstInvoiceTotal;
  const row = 'flex items-baseline justify-between gap-4';
  return (
    <div
      data-test-id="signup-summary"
      data-setup={setup?.amount ?? ''}
      data-tax={tax?.amount.amount ?? ''}
      data-first-invoice={firstInvoice.amount}
      data-currency={firstInvoice.currency}
      aria-live="polite"
      className="rounded-lg border border-line bg-slate-50 px-4 py-3 text-sm"
    >
      <h3 className="font-medium text-ink">{t('plansUser.signup.summaryTitle')}</h3>
      <dl className="mt-2 space-y-1">
        <div className={row}>
          <dt className="text-muted">{`${plan.name}, ${format.months(period.months)}`}</dt>
          <dd>
            <MoneyAmount money={period.price} testId="signup-summary-period" />
          </dd>
        </div>
        {setup ? (
          <div className={row}>
            <dt className="text-muted">{t('plansUser.signup.summarySetup')}</dt>
            <dd>
              <MoneyAmount money={setup} testId="signup-summary-setup" />
            </dd>
          </div>
        ) : null}
        {tax ? (
          <div className={row}>
            <dt className="text-muted">
              {t('plansUser.signup.summaryTaxLine', { name: tax.name, percent: tax.percent })}
            </dt>
            <dd>
              <MoneyAmount money={tax.amount} testId="signup-summary-tax" />
            </dd>
          </div>
        ) : null}
        <div className={`${row} border-t border-line pt-1 font-semibold text-ink`}>
          <dt>{t('plansUser.signup.summaryFirst')}</dt>
          <dd>
            <MoneyAmount money={firstInvoice} testId="signup-summary-first" />
          </dd>
        </div>
      </dl>
      <p className="mt-2 text-xs text-muted">
        {setup
          ? `${t('plansUser.signup.summaryThen', {
              price:
                period.months === 1
                  ? t('plansUser.signup.pricePerMonth', { price: format.money(period.price) })
                  : t('plansUser.signup.pricePerPeriod', {
                      price: format.money(period.price),
                      period: format.months(period.months),
                    }),
            })} `
          : ''}
        {tax ? t('plansUser.signup.summaryTax', { name: tax.name, percent: tax.percent }) : ''}
        {plan.moderated ? ` ${t('plansUser.signup.summaryModerated')}` : ''}
      </p>
    </div>
  );
}
