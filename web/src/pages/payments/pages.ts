export { AdminPaymentsPage } from './AdminPaymentsPage';
export { AdminLedgerPage } from './AdminLedgerPage';
