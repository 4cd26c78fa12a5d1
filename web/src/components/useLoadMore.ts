import { useCallback, useState } from 'react';

interface Page {
  nodes: unknown[];
  pageInfo: { endCursor?: string | null };
}

interface PagedQuery<TData> {
  data?: TData;
  fetchMore: (options: {
    variables: { after: string };
    updateQuery: (prev: TData, next: { fetchMoreResult: TData }) => TData;
  }) => Promise<unknown>;
}

/**
 * "Load more" for a connection field of a query (`ledgerEntries`, `payments`…): the next page is
 * appended to the first page's cache entry; a refetch starts from the newest page again.
 */
export function useLoadMore<TData extends Record<K, Page>, K extends keyof TData & string>(
  query: PagedQuery<TData>,
  field: K,
) {
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const { fetchMore } = query;
  const cursor = query.data?.[field].pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!cursor) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      await fetchMore({
        variables: { after: cursor },
        updateQuery: (prev, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          [field]: { ...fetchMoreResult[field], nodes: [...prev[field].nodes, ...fetchMoreResult[field].nodes] },
        }),
      });
    } catch (error) {
      setLoadMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  }, [cursor, fetchMore, field]);

  return { loadMore, loadingMore, loadMoreError };
}
