export { AdminCertificatesPage } from './AdminCertificatesPage';
export { CompanyCertificatesPage } from './CompanyCertificatesPage';
