import { useQuery } from '@apollo/client';
import { useLoadMore } from '../../components/useLoadMore';
import { PaymentsQuery } from './payments.operations';

/** Payments per page of an account's list; "Load more" adds the next page under them. */
export const PAYMENTS_PAGE = 25;

/** An account's gateway payments (first page, then more on demand). */
export function usePayments(accountId: string) {
  const query = useQuery(PaymentsQuery, {
    variables: { accountId, first: PAYMENTS_PAGE, after: null },
    fetchPolicy: 'cache-and-network',
  });
  return { query, ...useLoadMore(query, 'payments') };
}
