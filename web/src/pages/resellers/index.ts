import { defineArea, lazyPage, MASTER } from '../../app/area';
import { resellersDe } from './resellers.de';
import { resellersEn } from './resellers.en';

const pages = () => import('./pages');

/** Master admin: private-label hosting companies inside ours. */
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
      children: [{ index: true, page: lazyPage(pages, 'ResellersPage') }],
    },
  ],
  messages: { en: resellersEn, de: resellersDe },
  pageIds: ['resellers'],
});
