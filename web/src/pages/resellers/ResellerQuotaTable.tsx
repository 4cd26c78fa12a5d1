import { DataTable } from '../../components/DataTable';
import type { ResellerQuotaFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';

/** A figure, or a dash for "not measured" / "no limit" (the caller says which text). */
function Figure({ value, none, testId }: { value: number | null; none: string; testId: string }) {
  return (
    <span data-test-id={testId} className={value === null ? 'text-muted' : undefined}>
      {value ?? none}
    </span>
  );
}

/**
 * A reseller's quotas (`quota-row`, `data-kind`): what its customers use, what their plans promise
 * (with the most the reseller plan lets them promise), and the quota itself.
 */
export function ResellerQuotaTable({ quotas }: { quotas: readonly ResellerQuotaFieldsFragment[] }) {
  const t = useT();
  return (
    <DataTable<ResellerQuotaFieldsFragment>
      testId="quota-table"
      rows={quotas}
      rowKey={(q) => q.kind}
      rowAttributes={(q) => ({
        'data-test-id': 'quota-row',
        'data-kind': q.kind,
        'data-limit': q.limit === null ? '' : String(q.limit),
        'data-used': q.used === null ? '' : String(q.used),
        'data-promised': q.promised === null ? '' : String(q.promised),
      })}
      empty={t('quotas.none')}
      columns={[
        { id: 'resource', header: t('quotas.resource'), cell: (q) => t(`plansUser.resource.${q.kind}`) },
        {
          id: 'used',
          header: t('quotas.used'),
          align: 'right',
          className: 'tabular-nums',
          cell: (q) => {
            const full = q.used !== null && q.limit !== null && q.limit > 0 && q.used >= q.limit;
            return (
              <span className={full ? 'font-medium text-amber-700' : undefined}>
                <Figure value={q.used} none={t('quotas.notMeasured')} testId="quota-used" />
              </span>
            );
          },
        },
        {
          id: 'promised',
          header: t('quotas.promised'),
          align: 'right',
          className: 'tabular-nums',
          cell: (q) =>
            q.promised === null ? (
              <span className="text-muted">—</span>
            ) : (
              <span data-test-id="quota-promised">
                {q.promiseLimit !== null && q.promiseLimit !== q.limit
                  ? t('quotas.promisedOf', { promised: q.promised, most: q.promiseLimit })
                  : q.promised}
              </span>
            ),
        },
        {
          id: 'limit',
          header: t('quotas.limit'),
          align: 'right',
          className: 'tabular-nums',
          cell: (q) =>
            q.limit === 0 ? (
              <span data-test-id="quota-limit" className="text-muted">
                {t('quotas.notIncluded')}
              </span>
            ) : (
              <Figure value={q.limit} none={t('quotas.unlimited')} testId="quota-limit" />
            ),
        },
      ]}
    />
  );
}
