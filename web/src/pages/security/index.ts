import { defineArea, lazyPage, SIGNED_IN } from '../../app/area';

const pages = () => import('./pages');

/**
 * The signed-in person's two-factor sign-in: an authenticator app with recovery codes, and
 * passkeys. The sign-in page's second step and the company's "require it of admins" switch are
 * components of this folder, used by the auth and settings pages.
 */
export const securityArea = defineArea({
  id: 'security',
  nav: [
    {
      id: 'security',
      path: '/security',
      label: 'nav.security',
      description: 'nav.desc.security',
      icon: 'lock',
      roles: SIGNED_IN,
      group: 'me',
    },
  ],
  routes: [{ path: 'security', page: lazyPage(pages, 'SecurityPage') }],
  messages: {
    en: () => import('./security.en').then((m) => m.securityEn),
    de: () => import('./security.de').then((m) => m.securityDe),
  },
  pageIds: ['security'],
});
