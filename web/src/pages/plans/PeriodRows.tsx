import { Card } from '../../components/Page';
import { useT } from '../../i18n/I18nProvider';
import { CellInput } from './CellInput';
import { nextFreeMonths, PERIOD_MONTHS, periodRow, type PeriodRow } from './planValues';
import { monthsLabel } from './planLabels';

interface PeriodRowsProps {
  rows: PeriodRow[];
  onChange(rows: PeriodRow[]): void;
  errors: Record<string, string>;
}

/** The billing periods a plan is sold for, one row each (`period-*`); at least one, each length once. */
export function PeriodRows({ rows, onChange, errors }: PeriodRowsProps) {
  const t = useT();
  const free = nextFreeMonths(rows);
  const update = (id: string, change: Partial<PeriodRow>) =>
    onChange(rows.map((r) => (r.id === id ? { ...r, ...change } : r)));

  return (
    <Card
      title={t('plansAdmin.periods')}
      className="max-w-3xl"
      flush
      testId="plan-periods"
      aside={
        <button
          type="button"
          data-test-id="period-add"
          className="btn btn-secondary btn-sm"
          disabled={free === null}
          onClick={() => free !== null && onChange([...rows, periodRow(free)])}
        >
          {t('plansAdmin.periodAdd')}
        </button>
      }
    >
      <p className="px-4 pt-3 text-xs text-muted">{t('plansAdmin.periodsHint')}</p>
      {errors.periods ? (
        <p className="field-error px-4" data-test-id="error-periods" role="alert">
          {errors.periods}
        </p>
      ) : null}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('plansAdmin.col.months')}</th>
            <th scope="col">{t('plansAdmin.col.discount')}</th>
            <th scope="col" className="text-right">
              {t('common.actions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const taken = new Set(rows.filter((r) => r.id !== row.id).map((r) => r.months));
            return (
              <tr key={row.id} data-test-id="period-row" data-months={row.months}>
                <td className="align-top">
                  <select
                    data-test-id="period-months"
                    aria-label={t('plansAdmin.col.months')}
                    className="input w-auto py-1.5"
                    aria-invalid={errors[`periods.${i}.months`] ? true : undefined}
                    value={row.months}
                    onChange={(e) => update(row.id, { months: e.target.value })}
                  >
                    {PERIOD_MONTHS.map((m) => (
                      <option key={m} value={String(m)} disabled={taken.has(String(m))}>
                        {monthsLabel(t, m)}
                      </option>
                    ))}
                  </select>
                  {errors[`periods.${i}.months`] ? (
                    <p className="field-error" data-test-id={`error-periods.${i}.months`} role="alert">
                      {errors[`periods.${i}.months`]}
                    </p>
                  ) : null}
                </td>
                <td className="align-top">
                  <CellInput
                    label={t('plansAdmin.col.discount')}
                    testId="period-discount"
                    className="max-w-32"
                    errorKey={`periods.${i}.discountPercent`}
                    error={errors[`periods.${i}.discountPercent`]}
                    inputMode="decimal"
                    autoComplete="off"
                    placeholder="0"
                    value={row.discountPercent}
                    onChange={(e) => update(row.id, { discountPercent: e.target.value })}
                  />
                </td>
                <td className="text-right align-top">
                  <button
                    type="button"
                    data-test-id="period-remove"
                    className="btn btn-ghost btn-sm"
                    disabled={rows.length === 1}
                    aria-label={t('plansAdmin.periodRemoveLabel', { period: monthsLabel(t, Number(row.months)) })}
                    onClick={() => onChange(rows.filter((r) => r.id !== row.id))}
                  >
                    {t('plansAdmin.periodRemove')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Card>
  );
}
