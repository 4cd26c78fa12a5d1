import { useQuery } from '@apollo/client';
import { LoadError } from '../../components/Page';
import { UsageHistoryQuery } from './overview.operations';
import { UsageHistoryCard } from './UsageHistoryCard';

/** An admin's home: their company's year, month by month (use, accounts opened, money received). */
export function CompanyHistoryCard() {
  const { data, error, refetch } = useQuery(UsageHistoryQuery, { variables: { months: 12 } });
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  return <UsageHistoryCard months={data?.usageHistory} company />;
}
