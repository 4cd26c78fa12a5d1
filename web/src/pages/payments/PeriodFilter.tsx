import { useMemo } from 'react';
import { FilterSelect } from '../../components/FilterSelect';
import type { ListParams } from '../../components/useListParams';
import { oneOf } from '../../graphql/enums';
import { useT } from '../../i18n/I18nProvider';

/** The periods a money list looks back over (`?days=30`: the home page's 30-day counts open it so). */
const PERIODS = ['7', '30', '90', '365'] as const;
const DAY_MS = 86_400_000;

/** The period of a list from its URL (`?days=`), and the time it starts at, for the query's `since`. */
export function usePeriod(list: ListParams): { days: string | null; since: string | null } {
  const days = oneOf(PERIODS, list.get('days'));
  // Fixed while the period stays the same (a new time each render would ask again each time).
  const since = useMemo(() => (days ? new Date(Date.now() - Number(days) * DAY_MS).toISOString() : null), [days]);
  return { days, since };
}

/** The select of a money list's period (`<testId>`): any time, or the last 7, 30, 90 or 365 days. */
export function PeriodFilter({ list, testId }: { list: ListParams; testId: string }) {
  const t = useT();
  return (
    <FilterSelect
      testId={testId}
      label={t('payments.admin.periodLabel')}
      allLabel={t('payments.admin.periodAll')}
      value={usePeriod(list).days ?? ''}
      onChange={(v) => list.setFilter('days', v)}
    >
      {PERIODS.map((d) => (
        <option key={d} value={d}>
          {t('payments.admin.periodDays', { days: d })}
        </option>
      ))}
    </FilterSelect>
  );
}
