import { defineArea, EVERYONE, lazyPage, SIGNED_IN } from '../../app/area';

const pages = () => import('./pages');

/** The signed-in person's own pages: the active account, the password, the e-mail address, the preferences. */
export const meArea = defineArea({
  id: 'me',
  nav: [
    {
      id: 'account',
      path: '/account',
      label: 'nav.account',
      description: 'nav.desc.account',
      icon: 'account',
      roles: EVERYONE,
      group: 'me',
    },
    {
      id: 'password',
      path: '/password',
      label: 'nav.password',
      description: 'nav.desc.password',
      icon: 'password',
      roles: SIGNED_IN,
      group: 'me',
    },
    {
      id: 'email',
      path: '/email',
      label: 'nav.email',
      description: 'nav.desc.email',
      icon: 'mail',
      roles: SIGNED_IN,
      group: 'me',
    },
    {
      id: 'preferences',
      path: '/preferences',
      label: 'nav.preferences',
      description: 'nav.desc.preferences',
      icon: 'preferences',
      roles: SIGNED_IN,
      group: 'me',
    },
  ],
  routes: [
    { path: 'account', page: lazyPage(pages, 'AccountPage') },
    { path: 'password', page: lazyPage(pages, 'PasswordPage') },
    { path: 'email', page: lazyPage(pages, 'EmailPage') },
    { path: 'preferences', page: lazyPage(pages, 'PreferencesPage') },
  ],
  messages: { en: () => import('./me.en').then((m) => m.meEn), de: () => import('./me.de').then((m) => m.meDe) },
  pageIds: ['account', 'password', 'email', 'preferences'],
});
