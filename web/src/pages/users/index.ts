import { ADMINS, defineArea, lazyPage } from '../../app/area';

const pages = () => import('./pages');
const domainPages = () => import('../domains/pages');
const mysqlPages = () => import('../mysql/pages');

/** Admin: customer logins, creating them with a first account, resetting passwords; the support staff logins. */
export const usersArea = defineArea({
  id: 'users',
  nav: [
    {
      id: 'users',
      path: '/admin/users',
      label: 'nav.users',
      description: 'nav.desc.users',
      icon: 'users',
      roles: ADMINS,
      group: 'admin',
    },
    {
      id: 'staff',
      path: '/admin/staff',
      label: 'nav.staff',
      description: 'nav.desc.staff',
      icon: 'staff',
      roles: ADMINS,
      group: 'admin',
    },
  ],
  routes: [
    {
      path: 'admin/users',
      guard: 'users',
      children: [
        { index: true, page: lazyPage(pages, 'UsersPage') },
        { path: 'new', page: lazyPage(pages, 'UserNewPage') },
        { path: ':id', page: lazyPage(pages, 'UserDetailPage') },
        // A domain of the user's, opened from their page: admins manage it without an account of their own.
        { path: ':userId/domains/:id', page: lazyPage(domainPages, 'DomainPage') },
        // The same for an account's databases and their users.
        { path: ':userId/accounts/:accountId/databases', page: lazyPage(mysqlPages, 'DatabasesPage') },
      ],
    },
    { path: 'admin/staff', guard: 'staff', page: lazyPage(pages, 'StaffPage') },
  ],
  messages: {
    en: () => import('./users.en').then((m) => m.usersEn),
    de: () => import('./users.de').then((m) => m.usersDe),
  },
  pageIds: ['users', 'user-new', 'user-detail', 'staff'],
});
