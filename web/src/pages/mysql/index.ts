import { defineArea, EVERYONE, lazyPage } from '../../app/area';

const pages = () => import('./pages');

/** MySQL databases and their users, of the active account. */
export const mysqlArea = defineArea({
  id: 'mysql',
  nav: [
    {
      id: 'databases',
      path: '/databases',
      label: 'nav.databases',
      description: 'nav.desc.databases',
      icon: 'database',
      roles: EVERYONE,
      needsAccount: true,
      group: 'hosting',
    },
  ],
  routes: [
    { path: 'databases', guard: 'databases', children: [{ index: true, page: lazyPage(pages, 'DatabasesPage') }] },
  ],
  messages: {
    en: () => import('./mysql.en').then((m) => m.mysqlEn),
    de: () => import('./mysql.de').then((m) => m.mysqlDe),
  },
  pageIds: ['databases'],
});
