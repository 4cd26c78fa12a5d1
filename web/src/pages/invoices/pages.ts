export { AdminInvoicesPage } from './AdminInvoicesPage';
export { InvoicePage } from './InvoicePage';
export { InvoicesPage } from './InvoicesPage';
