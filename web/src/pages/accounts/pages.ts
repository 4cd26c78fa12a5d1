export { AccountsPage } from './AccountsPage';
// One account's billing, for admins: a billing page, at an address under the accounts.
export { AccountBillingPage } from '../billing/AccountBillingPage';
