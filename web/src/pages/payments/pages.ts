export { AdminPaymentsPage } from './AdminPaymentsPage';
