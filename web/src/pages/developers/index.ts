import { defineArea, lazyPage, SIGNED_IN } from '../../app/area';
import { DEVELOPERS_PATH } from './pageIds';

const pages = () => import('./pages');

/** The developers' front door (API-1): the viewer's API tokens, and their company's for admins. */
export const developersArea = defineArea({
  id: 'developers',
  nav: [
    {
      id: 'developers',
      path: DEVELOPERS_PATH,
      label: 'nav.developers',
      description: 'nav.desc.developers',
      icon: 'code',
      roles: SIGNED_IN,
      group: 'me',
    },
  ],
  routes: [
    { path: 'developers', guard: 'developers', children: [{ index: true, page: lazyPage(pages, 'TokensPage') }] },
  ],
  messages: {
    en: () => import('./developers.en').then((m) => m.developersEn),
    de: () => import('./developers.de').then((m) => m.developersDe),
  },
  pageIds: ['developers'],
});
