import { DataTable } from '../../components/DataTable';
import { Card } from '../../components/Page';
import { useT } from '../../i18n/I18nProvider';
import { LimitValue } from '../signup/PlanResources';
import type { MyAccount } from './MyPlanSummary';

type Limit = MyAccount['limits'][number];

/** Kinds measured from usage records (peak disk, summed traffic) rather than counted. */
const METERED: readonly Limit['kind'][] = ['DISK_MB', 'TRAFFIC_GB'];

/** Every resource with the account's use and limit (null: unlimited; 0: not included; metered kinds have no count). */
export function MyPlanLimits({ limits }: { limits: readonly Limit[] }) {
  const t = useT();
  return (
    <Card title={t('plansUser.limits.title')} flush>
      <DataTable<Limit>
        testId="my-plan-limits-table"
        rows={limits}
        rowKey={(l) => l.kind}
        rowAttributes={(l) => ({
          'data-test-id': 'limit-row',
          'data-kind': l.kind,
          'data-limit': l.limit === null ? '' : String(l.limit),
          'data-used': l.used === null ? '' : String(l.used),
        })}
        empty={t('plansUser.limits.empty')}
        columns={[
          { id: 'resource', header: t('plansUser.limits.resource'), cell: (l) => t(`plansUser.resource.${l.kind}`) },
          {
            id: 'used',
            header: t('plansUser.limits.used'),
            align: 'right',
            className: 'tabular-nums',
            cell: (l) => {
              const full = l.used !== null && l.limit !== null && l.limit > 0 && l.used >= l.limit;
              return (
                <span data-test-id="limit-used" className={full ? 'font-medium text-amber-700' : undefined}>
                  {l.used ?? (
                    <span className="text-muted">{METERED.includes(l.kind) ? t('plansUser.limits.metered') : '—'}</span>
                  )}
                </span>
              );
            },
          },
          {
            id: 'limit',
            header: t('plansUser.limits.limit'),
            align: 'right',
            cell: (l) => <LimitValue limit={l.limit} testId="limit-value" />,
          },
        ]}
      />
    </Card>
  );
}
