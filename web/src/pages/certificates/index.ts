import { ADMINS, defineArea, lazyPage } from '../../app/area';
import { CERTIFICATES_PATH } from './pageIds';

const pages = () => import('./pages');

/** Admins: the SSL certificates of the company's customers (SSL-1) and its own (SSL-2..5); the master's ACME authority. */
export const certificatesArea = defineArea({
  id: 'certificates',
  nav: [
    {
      id: 'admin-certificates',
      path: CERTIFICATES_PATH,
      label: 'nav.adminCertificates',
      description: 'nav.desc.adminCertificates',
      icon: 'certificate',
      roles: ADMINS,
      group: 'admin',
    },
  ],
  routes: [
    {
      path: 'admin/certificates',
      guard: 'admin-certificates',
      children: [
        { index: true, page: lazyPage(pages, 'AdminCertificatesPage') },
        // The company's own certificates: reached from the list's header, under the same menu entry.
        { path: 'company', page: lazyPage(pages, 'CompanyCertificatesPage') },
      ],
    },
  ],
  messages: {
    en: () => import('./certificates.en').then((m) => m.certificatesEn),
    de: () => import('./certificates.de').then((m) => m.certificatesDe),
  },
  pageIds: ['admin-certificates', 'company-certificates'],
});
