import { defineArea, EVERYONE, lazyPage } from '../../app/area';
import { BILLING_PATH } from './pageIds';

const pages = () => import('./pages');

/**
 * The active account's balance, saved card, payments and ledger. An admin's billing page of one
 * account sits under /admin/accounts, so the accounts area routes it.
 */
export const billingArea = defineArea({
  id: 'billing',
  nav: [
    {
      id: 'billing',
      path: BILLING_PATH,
      label: 'nav.billing',
      description: 'nav.desc.billing',
      icon: 'wallet',
      roles: EVERYONE,
      needsAccount: true,
      group: 'hosting',
    },
  ],
  routes: [{ path: 'billing', guard: 'billing', children: [{ index: true, page: lazyPage(pages, 'BillingPage') }] }],
  messages: {
    en: () => import('./billing.en').then((m) => m.billingEn),
    de: () => import('./billing.de').then((m) => m.billingDe),
  },
  pageIds: ['billing', 'account-billing'],
});
