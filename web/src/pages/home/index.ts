import { defineArea, lazyPage, SIGNED_IN } from '../../app/area';
import { alertsEn } from './alerts.en';
import { certWarningsEn } from './certWarnings.en';
import { homeEn } from './home.en';

const pages = () => import('./pages');

/** The start page, with the operator alerts and the customer's certificate warnings. */
export const homeArea = defineArea({
  id: 'home',
  nav: [
    {
      id: 'home',
      path: '/',
      label: 'nav.home',
      description: 'nav.desc.home',
      icon: 'home',
      roles: SIGNED_IN,
      group: 'main',
    },
  ],
  routes: [{ index: true, page: lazyPage(pages, 'HomePage') }],
  messages: {
    en: { ...homeEn, ...alertsEn, ...certWarningsEn },
    de: async () => ({
      ...(await import('./home.de')).homeDe,
      ...(await import('./alerts.de')).alertsDe,
      ...(await import('./certWarnings.de')).certWarningsDe,
    }),
  },
  pageIds: ['home'],
});
