import { ADMINS, defineArea, lazyPage } from '../../app/area';

const pages = () => import('./pages');

/** Admin: every hosting account, suspending and resuming them, and one account's billing. */
export const accountsArea = defineArea({
  id: 'accounts',
  nav: [
    {
      id: 'accounts',
      path: '/admin/accounts',
      label: 'nav.accounts',
      description: 'nav.desc.accounts',
      icon: 'accounts',
      roles: ADMINS,
      group: 'admin',
    },
  ],
  routes: [
    {
      path: 'admin/accounts',
      guard: 'accounts',
      children: [
        { index: true, page: lazyPage(pages, 'AccountsPage') },
        { path: ':id/billing', page: lazyPage(pages, 'AccountBillingPage') },
      ],
    },
  ],
  messages: {
    en: () => import('./accounts.en').then((m) => m.accountsEn),
    de: () => import('./accounts.de').then((m) => m.accountsDe),
  },
  pageIds: ['accounts'],
});
