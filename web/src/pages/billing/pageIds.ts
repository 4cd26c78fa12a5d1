import type { PageId } from '../../components/Page';

export const BILLING_PAGE: PageId = 'billing';
export const ACCOUNT_BILLING_PAGE: PageId = 'account-billing';
export const BILLING_PATH = '/billing';
/** Admin: one account's balance, ledger and money actions. */
export const accountBillingPath = (accountId: string) => `/admin/accounts/${accountId}/billing`;
