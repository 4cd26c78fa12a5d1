import type { ApolloCache } from '@apollo/client';

/**
 * After money moved: the balance, the ledger and the invoice and payment lists are read from the
 * server again. Queries on screen refetch at once (their data went missing); the others when next
 * shown, so no page shows the balance from before the payment.
 */
export function forgetBilling(cache: ApolloCache<unknown>): void {
  for (const fieldName of ['accountBalance', 'ledgerEntries', 'invoices', 'payments'])
    cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

/** A mutation's options for a payment: the invoice on screen is refetched; everything else is forgotten. */
export const PAYMENT_MUTATION_OPTIONS = {
  refetchQueries: ['InvoiceDetail'],
  awaitRefetchQueries: true,
  update: (cache: ApolloCache<unknown>) => forgetBilling(cache),
};
