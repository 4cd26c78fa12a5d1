import { ADMINS, defineArea, lazyPage } from '../../app/area';

const pages = () => import('./pages');

/**
 * Card payments: the forms and lists the billing and invoice pages show, and for admins the
 * company's lists of money: its gateway payments, and its ledger (every charge, payment by any
 * means, credit and refund).
 */
export const paymentsArea = defineArea({
  id: 'payments',
  nav: [
    {
      id: 'admin-payments',
      path: '/admin/payments',
      label: 'nav.adminPayments',
      description: 'nav.desc.adminPayments',
      icon: 'creditCard',
      roles: ADMINS,
      group: 'admin',
    },
    {
      id: 'admin-ledger',
      path: '/admin/ledger',
      label: 'nav.adminLedger',
      description: 'nav.desc.adminLedger',
      icon: 'ledger',
      roles: ADMINS,
      group: 'admin',
    },
  ],
  routes: [
    {
      path: 'admin/payments',
      guard: 'admin-payments',
      children: [{ index: true, page: lazyPage(pages, 'AdminPaymentsPage') }],
    },
    {
      path: 'admin/ledger',
      guard: 'admin-ledger',
      children: [{ index: true, page: lazyPage(pages, 'AdminLedgerPage') }],
    },
  ],
  messages: {
    en: () => import('./payments.en').then((m) => m.paymentsEn),
    de: () => import('./payments.de').then((m) => m.paymentsDe),
  },
  pageIds: ['admin-payments', 'admin-ledger'],
});
