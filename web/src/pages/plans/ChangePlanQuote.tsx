import type { PlanChangeQuoteFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { isNegative, standingOf } from '../billing/money';
import { useBillingFormat } from '../invoices/InvoiceAmounts';
import { InvoiceLines } from '../invoices/InvoiceLines';

/** What a plan change costs: the new period, the lines (the unused rest of the current period as a credit) and the total. */
export function ChangePlanQuote({ quote }: { quote: PlanChangeQuoteFieldsFragment }) {
  const t = useT();
  const format = useBillingFormat();
  // Positive: an invoice to pay; negative: a credit to the balance.
  const total = quote.total.minorUnits;
  const amount = format.money({ ...quote.total, amount: quote.total.amount.replace(/^-/, '') });
  const outcome = isNegative(total)
    ? t('plansUser.change.credit', { amount })
    : standingOf(total) === 'SETTLED'
      ? t('plansUser.change.nothing')
      : t('plansUser.change.toPay', { amount });
  return (
    <div
      className="space-y-3"
      data-test-id="change-plan-quote-view"
      data-plan-id={quote.plan.id}
      data-months={quote.periodMonths}
    >
      <p className="text-sm text-muted" data-test-id="change-plan-new-period">
        {t('plansUser.change.newPeriod', { range: format.range(quote.periodStart, quote.periodEnd) })}
      </p>
      <div className="overflow-x-auto rounded-lg border border-line">
        <InvoiceLines priced={quote} testId="quote-lines" />
      </div>
      <p className="text-sm font-medium text-ink" data-test-id="change-plan-outcome" data-total={quote.total.amount}>
        {outcome}
      </p>
    </div>
  );
}
