import { defineArea, lazyPage, SIGNED_IN } from '../../app/area';

// GraphiQL and its stylesheet are in this chunk alone: the main bundle does not grow.
const pages = () => import('./explorer.pages');

/**
 * The developers' API explorer (/developers/explorer), for everyone signed in. Its own area beside
 * the API tokens' pages under /developers, so each can be merged without the other.
 */
export const explorerArea = defineArea({
  id: 'explorer',
  nav: [
    {
      id: 'explorer',
      path: '/developers/explorer',
      label: 'nav.explorer',
      description: 'nav.desc.explorer',
      icon: 'terminal',
      roles: SIGNED_IN,
      group: 'me',
    },
  ],
  routes: [{ path: 'developers/explorer', guard: 'explorer', page: lazyPage(pages, 'ExplorerPage') }],
  messages: {
    en: () => import('./explorer.en').then((m) => m.explorerEn),
    de: () => import('./explorer.de').then((m) => m.explorerDe),
  },
  pageIds: ['explorer'],
});
