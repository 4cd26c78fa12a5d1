import { defineArea, lazyPage, SIGNED_IN } from '../../app/area';

const pages = () => import('./pages');

/** The start page, with the first-run checklist, the operator alerts and the customer's certificate warnings. */
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
    en: async () => ({
      ...(await import('./home.en')).homeEn,
      ...(await import('./alerts.en')).alertsEn,
      ...(await import('./certWarnings.en')).certWarningsEn,
      ...(await import('./firstRun.en')).firstRunEn,
    }),
    de: async () => ({
      ...(await import('./home.de')).homeDe,
      ...(await import('./alerts.de')).alertsDe,
      ...(await import('./certWarnings.de')).certWarningsDe,
      ...(await import('./firstRun.de')).firstRunDe,
    }),
  },
  pageIds: ['home'],
});
