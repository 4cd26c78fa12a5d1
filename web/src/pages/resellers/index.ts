import { defineArea, lazyPage, MASTER } from '../../app/area';

const pages = () => import('./pages');

/** Master admin: private-label hosting companies inside ours; one company's details, suspension and support sign-in. */
export const resellersArea = defineArea({
  id: 'resellers',
  nav: [
    {
      id: 'resellers',
      path: '/admin/resellers',
      label: 'nav.resellers',
      description: 'nav.desc.resellers',
      icon: 'resellers',
      roles: MASTER,
      group: 'admin',
    },
  ],
  routes: [
    {
      path: 'admin/resellers',
      guard: 'resellers',
      children: [
        { index: true, page: lazyPage(pages, 'ResellersPage') },
        { path: ':id', page: lazyPage(pages, 'ResellerPage') },
      ],
    },
  ],
  messages: {
    en: () => import('./resellers.en').then((m) => m.resellersEn),
    de: () => import('./resellers.de').then((m) => m.resellersDe),
  },
  pageIds: ['resellers', 'reseller'],
});
