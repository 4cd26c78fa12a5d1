import { defineArea, lazyPage, SIGNED_IN } from '../../app/area';
import { alertsDe } from './alerts.de';
import { alertsEn } from './alerts.en';
import { certWarningsDe } from './certWarnings.de';
import { certWarningsEn } from './certWarnings.en';
import { homeDe } from './home.de';
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
  messages: { en: { ...homeEn, ...alertsEn, ...certWarningsEn }, de: { ...homeDe, ...alertsDe, ...certWarningsDe } },
  pageIds: ['home'],
});
