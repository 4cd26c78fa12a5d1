import { useQuery, type OperationVariables, type QueryHookOptions, type TypedDocumentNode } from '@apollo/client';

/** What a list shows about its query besides the rows. */
export interface ListQueryStatus {
  error?: unknown;
  loading: boolean;
  /** The rows shown are the previous variables' (another page or filter is loading). */
  stale: boolean;
  refetch(): unknown;
}

/**
 * A list's query: always asks the server (a list may have changed elsewhere) and, while new variables
 * load, keeps answering with the previous data so the table does not empty out.
 */
export function useListQuery<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  options: QueryHookOptions<TData, TVariables>,
) {
  const result = useQuery(query, { fetchPolicy: 'cache-and-network', ...options });
  const data = result.data ?? result.previousData;
  const status: ListQueryStatus = {
    error: result.error,
    loading: result.loading,
    stale: result.loading && !result.data,
    refetch: () => result.refetch(),
  };
  return { ...result, data, status };
}
