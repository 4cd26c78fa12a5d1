import { useQuery } from '@apollo/client';
import { Link } from 'react-router';
import { Card, LoadError, Loading } from '../../components/Page';
import type { AdminOverviewQuery as AdminOverviewData } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import type { PlainMessageKey } from '../../i18n/translate';
import { AdminOverviewQuery } from './overview.operations';

type Counts = AdminOverviewData['adminOverview'];
type CountKey = Exclude<keyof Counts, '__typename'>;

/** Each count and the filtered list it leads to (the list shows the same rows the count counts). */
export const COUNT_LINKS: readonly { key: CountKey; label: PlainMessageKey; to: string }[] = [
  { key: 'awaitingModeration', label: 'overview.admin.awaitingModeration', to: '/admin/moderation' },
  { key: 'overdueAccounts', label: 'overview.admin.overdueAccounts', to: '/admin/accounts?overdue=1' },
  { key: 'failedTasks', label: 'overview.admin.failedTasks', to: '/admin/tasks?state=FAILED' },
  { key: 'serversInTrouble', label: 'overview.admin.serversInTrouble', to: '/admin/servers/physical?trouble=1' },
  {
    key: 'paymentsLast30Days',
    label: 'overview.admin.paymentsLast30Days',
    to: '/admin/payments?state=SUCCEEDED&days=30',
  },
];

/**
 * Admin home: what needs an admin's eye (`admin-overview`), as counts that open the filtered
 * lists. Counts the viewer has no list for (failed tasks and machines, for a reseller's admins) are
 * left out; non-zero ones that need action stand out.
 */
export function AdminOverviewCard() {
  const t = useT();
  const { data, error, refetch } = useQuery(AdminOverviewQuery, { fetchPolicy: 'cache-and-network' });
  const counts = data?.adminOverview;
  return (
    <Card title={t('overview.admin.title')} testId="admin-overview">
      {counts ? (
        <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
          {COUNT_LINKS.filter(({ key }) => counts[key] !== null).map(({ key, label, to }) => {
            const n = counts[key] ?? 0;
            const alarming = n > 0 && key !== 'paymentsLast30Days';
            return (
              <li key={key}>
                <Link
                  to={to}
                  data-test-id="admin-count"
                  data-count={key}
                  data-value={n}
                  className={`block rounded-lg border px-4 py-3 hover:bg-brand-50 ${
                    alarming ? 'border-amber-200 bg-amber-50 text-amber-900' : 'border-line'
                  }`}
                >
                  <span className="block text-3xl font-semibold tabular-nums">{n}</span>
                  <span className="text-sm">{t(label)}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      ) : error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : (
        <Loading />
      )}
    </Card>
  );
}
