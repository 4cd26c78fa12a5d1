import { ADMINS, defineArea, lazyPage } from '../../app/area';
import { certificatesDe } from './certificates.de';
import { certificatesEn } from './certificates.en';

const pages = () => import('./pages');

/** Admins: the SSL certificates of the company's customers (SSL-1), newest first. */
export const certificatesArea = defineArea({
  id: 'certificates',
  nav: [
    {
      id: 'admin-certificates',
      path: '/admin/certificates',
      label: 'nav.adminCertificates',
      description: 'nav.desc.adminCertificates',
      icon: 'password',
      roles: ADMINS,
      group: 'admin',
    },
  ],
  routes: [
    {
      path: 'admin/certificates',
      guard: 'admin-certificates',
      children: [{ index: true, page: lazyPage(pages, 'AdminCertificatesPage') }],
    },
  ],
  messages: { en: certificatesEn, de: certificatesDe },
  pageIds: ['admin-certificates'],
});
