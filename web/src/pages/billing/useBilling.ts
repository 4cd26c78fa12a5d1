import { useQuery } from '@apollo/client';
import { useCallback, useState } from 'react';
import { AccountBalanceQuery, LedgerEntriesQuery } from './billing.operations';

/** Entries per page of the ledger; "Load more" adds the next page under them. */
export const LEDGER_PAGE = 25;

/** Operation names a money action refetches, so the balance and the ledger show the new entry. */
export const BILLING_QUERIES = ['AccountBalance', 'LedgerEntries'];

/** An account's balance and ledger (first page, then more on demand). */
export function useBilling(accountId: string | null) {
  const skip = !accountId;
  const balance = useQuery(AccountBalanceQuery, { variables: { accountId }, skip, fetchPolicy: 'cache-and-network' });
  const ledger = useQuery(LedgerEntriesQuery, { variables: { accountId, first: LEDGER_PAGE, after: null }, skip, fetchPolicy: 'cache-and-network' });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const { fetchMore } = ledger;
  const cursor = ledger.data?.ledgerEntries.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!cursor) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      // Appended to the first page's cache entry; a refetch after a money action starts from the newest page again.
      await fetchMore({
        variables: { after: cursor },
        updateQuery: (prev, { fetchMoreResult }) => ({
          ledgerEntries: { ...fetchMoreResult.ledgerEntries, nodes: [...prev.ledgerEntries.nodes, ...fetchMoreResult.ledgerEntries.nodes] },
        }),
      });
    } catch (error) {
      setLoadMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  }, [cursor, fetchMore]);

  return { balance, ledger, loadMore, loadingMore, loadMoreError };
}

export type Billing = ReturnType<typeof useBilling>;
