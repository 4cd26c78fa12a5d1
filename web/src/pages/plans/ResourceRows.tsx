import { Card } from '../../components/Page';
import { useT } from '../../i18n/I18nProvider';
import { CellInput } from './CellInput';
import { resourceKey, type ResourceField, type ResourceRow } from './planValues';

interface ResourceRowsProps {
  rows: ResourceRow[];
  onChange(rows: ResourceRow[]): void;
  errors: Record<string, string>;
  /** The company's currency, in the price headings; null while unknown. */
  currency: string | null;
}

const COUNTS: readonly ResourceField[] = ['maxUnits', 'freeUnits'];
const PRICES: readonly ResourceField[] = ['setupFee', 'recurringFee', 'usagePrice'];
const TEST_ID: Record<ResourceField, string> = {
  maxUnits: 'resource-max-units',
  freeUnits: 'resource-free-units',
  setupFee: 'resource-setup-fee',
  recurringFee: 'resource-recurring-fee',
  usagePrice: 'resource-usage-price',
};

/**
 * One row per resource kind (`resource-row`, `data-kind`): whether the plan includes it, its limit
 * (empty: no limit), the units free of usage charges, and its prices. A kind left out has limit 0.
 */
export function ResourceRows({ rows, onChange, errors, currency }: ResourceRowsProps) {
  const t = useT();
  const update = (kind: string, change: Partial<ResourceRow>) =>
    onChange(rows.map((r) => (r.kind === kind ? { ...r, ...change } : r)));
  const heading = (field: ResourceField) => {
    const label = t(`plansAdmin.resourceCol.${field}`);
    return currency && PRICES.includes(field) ? `${label} (${currency})` : label;
  };

  return (
    <Card title={t('plansAdmin.resources')} flush testId="plan-resources">
      <p className="px-4 pt-3 text-xs text-muted">{t('plansAdmin.resourcesHint')}</p>
      {errors.resources ? (
        <p className="field-error px-4" data-test-id="error-resources" role="alert">
          {errors.resources}
        </p>
      ) : null}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('plansAdmin.resourceCol.kind')}</th>
            {[...COUNTS, ...PRICES].map((f) => (
              <th key={f} scope="col">
                {heading(f)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = t(`plansAdmin.resource.${row.kind}`);
            const kindError = errors[resourceKey(row.kind, 'kind')];
            return (
              <tr
                key={row.kind}
                data-test-id="resource-row"
                data-kind={row.kind}
                data-included={row.included ? 'true' : 'false'}
              >
                <td className="align-top whitespace-nowrap">
                  <label className="flex items-center gap-2 pt-1.5">
                    <input
                      type="checkbox"
                      data-test-id="resource-included"
                      className="checkbox"
                      checked={row.included}
                      onChange={(e) => update(row.kind, { included: e.target.checked })}
                    />
                    <span className={row.included ? 'font-medium text-ink' : 'text-muted'}>{name}</span>
                  </label>
                  {kindError ? (
                    <p className="field-error" data-test-id={`error-${resourceKey(row.kind, 'kind')}`} role="alert">
                      {kindError}
                    </p>
                  ) : null}
                </td>
                {[...COUNTS, ...PRICES].map((field) => (
                  <td key={field} className="align-top">
                    <CellInput
                      label={`${name}: ${heading(field)}`}
                      testId={TEST_ID[field]}
                      errorKey={resourceKey(row.kind, field)}
                      error={errors[resourceKey(row.kind, field)]}
                      disabled={!row.included}
                      inputMode={COUNTS.includes(field) ? 'numeric' : 'decimal'}
                      autoComplete="off"
                      placeholder={
                        !row.included
                          ? undefined
                          : field === 'maxUnits'
                            ? t('plansAdmin.unlimited')
                            : COUNTS.includes(field)
                              ? '0'
                              : '0.00'
                      }
                      value={row[field]}
                      onChange={(e) => update(row.kind, { [field]: e.target.value })}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </Card>
  );
}
