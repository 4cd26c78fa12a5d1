export { AdminCertificatesPage } from './AdminCertificatesPage';
