import type { invoicesEn } from './invoices.en';

/** German messages of the invoice pages’ navigation entries (their other messages are in the plans and payments catalogs). */
export const invoicesDe: Record<keyof typeof invoicesEn, string> = {
  'nav.invoices': 'Rechnungen',
  'nav.adminInvoices': 'Rechnungen',
  'nav.desc.invoices': 'Rechnungen Ihres Kontos.',
  'nav.desc.adminInvoices': 'Alle Rechnungen Ihrer Firma.',
};
