/** English messages of the invoice pages’ navigation entries (their other messages are in the plans and payments catalogs). */
export const invoicesEn = {
  'nav.invoices': 'Invoices',
  'nav.adminInvoices': 'Invoices',
  'nav.desc.invoices': 'Invoices of your account.',
  'nav.desc.adminInvoices': 'Every invoice of your company.',
} as const;
