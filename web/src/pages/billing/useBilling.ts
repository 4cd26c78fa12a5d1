import { useQuery } from '@apollo/client';
import { useLoadMore } from '../../components/useLoadMore';
import { AccountBalanceQuery, LedgerEntriesQuery } from './billing.operations';

/** Entries per page of the ledger; "Load more" adds the next page under them. */
export const LEDGER_PAGE = 25;

/** Operation names a money action refetches, so the balance and the ledger show the new entry. */
export const BILLING_QUERIES = ['AccountBalance', 'LedgerEntries'];

/** An account's balance and ledger (first page, then more on demand). */
export function useBilling(accountId: string | null) {
  const skip = !accountId;
  const balance = useQuery(AccountBalanceQuery, { variables: { accountId }, skip, fetchPolicy: 'cache-and-network' });
  const ledger = useQuery(LedgerEntriesQuery, {
    variables: { accountId, first: LEDGER_PAGE, after: null },
    skip,
    fetchPolicy: 'cache-and-network',
  });
  return { balance, ledger, ...useLoadMore(ledger, 'ledgerEntries') };
}

export type Billing = ReturnType<typeof useBilling>;
