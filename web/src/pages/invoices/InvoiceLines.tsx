import { DataTable } from '../../components/DataTable';
import type { PricedLineFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { MoneyAmount, useBillingFormat, type MoneyView } from './InvoiceAmounts';

/** What an invoice and a plan-change quote both add up to. */
export interface PricedTotals {
  lines: readonly PricedLineFieldsFragment[];
  subtotal: MoneyView;
  tax: MoneyView;
  taxName: string | null;
  taxPercent: string | null;
  total: MoneyView;
}

/**
 * The lines of an invoice or quote (description, period, quantity, unit price, amount) and under
 * them subtotal, tax and total. `testId` names the table; the totals are `<testId>-subtotal`, `-tax`, `-total`.
 */
export function InvoiceLines({ priced, testId }: { priced: PricedTotals; testId: string }) {
  const t = useT();
  const format = useBillingFormat();
  const taxLabel =
    priced.taxName && priced.taxPercent
      ? t('plansUser.totals.taxNamed', { name: priced.taxName, percent: priced.taxPercent })
      : t('plansUser.totals.tax');
  return (
    <>
      <DataTable<PricedLineFieldsFragment>
        testId={testId}
        rows={priced.lines}
        rowKey={(l) => String(l.position)}
        rowAttributes={(l) => ({
          'data-test-id': `${testId}-row`,
          'data-position': String(l.position),
          'data-amount': l.amount.amount,
          'data-quantity': String(l.quantity),
        })}
        empty={t('plansUser.lines.empty')}
        columns={[
          {
            id: 'description',
            header: t('plansUser.lines.description'),
            className: 'max-w-96 break-words',
            cell: (l) => <span data-test-id="line-description">{l.description}</span>,
          },
          {
            id: 'period',
            header: t('plansUser.lines.period'),
            className: 'whitespace-nowrap text-muted',
            cell: (l) => (l.periodStart && l.periodEnd ? format.range(l.periodStart, l.periodEnd) : '—'),
          },
          {
            id: 'quantity',
            header: t('plansUser.lines.quantity'),
            align: 'right',
            className: 'tabular-nums',
            cell: (l) => l.quantity,
          },
          {
            id: 'unitPrice',
            header: t('plansUser.lines.unitPrice'),
            align: 'right',
            cell: (l) => <MoneyAmount money={l.unitPrice} />,
          },
          {
            id: 'amount',
            header: t('plansUser.lines.amount'),
            align: 'right',
            cell: (l) => <MoneyAmount money={l.amount} testId="line-amount" className="font-medium" />,
          },
        ]}
      />
      <dl className="ml-auto grid max-w-sm grid-cols-[1fr_auto] gap-x-6 gap-y-1.5 border-t border-line px-5 py-4 text-sm sm:px-6">
        <dt className="text-muted">{t('plansUser.totals.subtotal')}</dt>
        <dd className="text-right">
          <MoneyAmount money={priced.subtotal} testId={`${testId}-subtotal`} />
        </dd>
        <dt className="text-muted">{taxLabel}</dt>
        <dd className="text-right">
          <MoneyAmount money={priced.tax} testId={`${testId}-tax`} />
        </dd>
        <dt className="font-semibold text-ink">{t('plansUser.totals.total')}</dt>
        <dd className="text-right font-semibold text-ink">
          <MoneyAmount money={priced.total} testId={`${testId}-total`} />
        </dd>
      </dl>
    </>
  );
}
