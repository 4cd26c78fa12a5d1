import { lazy, Suspense, useMemo } from 'react';
import { Card, Loading } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { locales } from '../../i18n/translate';
import { formatAmount } from '../billing/money';
import { chartSeries, type HistoryMonth, type SeriesKey } from './overview';

/** uPlot and its stylesheet come with the chart's own chunk, only on the pages that draw one. */
const UsageChart = lazy(() => import('./UsageChart'));

const TITLES = {
  diskMb: 'overview.history.diskMb',
  trafficGb: 'overview.history.trafficGb',
  accountsOpened: 'overview.history.accountsOpened',
  revenue: 'overview.history.revenue',
} as const satisfies Record<SeriesKey, string>;

/**
 * Use over time (`usage-history`): one small bar chart per figure (disk, traffic; a company's also
 * accounts opened and revenue), each with its own scale. The same figures are in a table for screen
 * readers (the charts are hidden from them).
 */
export function UsageHistoryCard({
  months,
  company,
}: {
  months: readonly HistoryMonth[] | undefined;
  company: boolean;
}) {
  const { t, language, formatBytes } = useI18n();
  const locale = locales[language];
  const chart = useMemo(() => chartSeries(months ?? []), [months]);
  const currency = months?.find((m) => m.revenue)?.revenue?.currency ?? '';
  const formats = useMemo(() => {
    const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    return {
      diskMb: (v: number) => formatBytes(v * 1024 * 1024),
      trafficGb: (v: number) => `${count.format(v)} GB`,
      accountsOpened: (v: number) => count.format(v),
      revenue: (v: number) => count.format(v),
    } satisfies Record<SeriesKey, (v: number) => string>;
  }, [locale, formatBytes]);
  const title = (key: SeriesKey) => t(TITLES[key], { currency });
  const formatLabel = useMemo(() => {
    const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    return (month: string) => short.format(new Date(`${month}-01T00:00:00Z`));
  }, [locale]);
  return (
    <Card title={t(company ? 'overview.history.companyTitle' : 'overview.history.title')} testId="usage-history">
      {!months ? (
        <Loading />
      ) : (
        <>
          <div className="grid gap-4 md:grid-cols-2" aria-hidden="true">
            {chart.series.map((s) => (
              <figure key={s.key} className="min-w-0">
                <figcaption className="text-sm font-medium">{title(s.key)}</figcaption>
                <Suspense fallback={<div style={{ minHeight: 220 }} />}>
                  <UsageChart
                    labels={chart.labels}
                    values={s.values}
                    name={title(s.key)}
                    format={formats[s.key]}
                    formatLabel={formatLabel}
                    testId={`usage-chart-${s.key}`}
                  />
                </Suspense>
              </figure>
            ))}
          </div>
          {/* The box is visually hidden, not the table: a table ignores overflow, so a hidden one still widened the page (623 px at 390). */}
          <div className="sr-only">
            <table data-test-id="usage-history-table">
              <caption>{t('overview.history.tableCaption', { count: months.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('overview.history.month')}</th>
                  {chart.series.map((s) => (
                    <th key={s.key} scope="col">
                      {title(s.key)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {months.map((m, i) => (
                  <tr key={m.month}>
                    <th scope="row">{m.month}</th>
                    {chart.series.map((s) => (
                      <td key={s.key}>
                        {s.key === 'revenue'
                          ? formatAmount(m.revenue?.amount ?? '0', locale)
                          : formats[s.key](s.values[i]!)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Card>
  );
}
