import { ADMINS, defineArea, EVERYONE, lazyPage } from '../../app/area';

const pages = () => import('./pages');

/** Invoices: the active account's, and for admins every invoice of the company. */
export const invoicesArea = defineArea({
  id: 'invoices',
  nav: [
    {
      id: 'invoices',
      path: '/invoices',
      label: 'nav.invoices',
      description: 'nav.desc.invoices',
      icon: 'receipt',
      roles: EVERYONE,
      needsAccount: true,
      group: 'hosting',
    },
    {
      id: 'admin-invoices',
      path: '/admin/invoices',
      label: 'nav.adminInvoices',
      description: 'nav.desc.adminInvoices',
      icon: 'receipts',
      roles: ADMINS,
      group: 'admin',
    },
  ],
  routes: [
    {
      path: 'admin/invoices',
      guard: 'admin-invoices',
      children: [
        { index: true, page: lazyPage(pages, 'AdminInvoicesPage') },
        { path: ':id', page: lazyPage(pages, 'InvoicePage') },
      ],
    },
    {
      path: 'invoices',
      guard: 'invoices',
      children: [
        { index: true, page: lazyPage(pages, 'InvoicesPage') },
        { path: ':id', page: lazyPage(pages, 'InvoicePage') },
      ],
    },
  ],
  messages: {
    en: () => import('./invoices.en').then((m) => m.invoicesEn),
    de: () => import('./invoices.de').then((m) => m.invoicesDe),
  },
  pageIds: ['invoices', 'invoice', 'admin-invoices'],
});
