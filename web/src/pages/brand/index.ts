import { ADMINS, defineArea, lazyPage } from '../../app/area';

const pages = () => import('./pages');

/** Admin: the own company's brand and themes (RES-3, LF-2, LF-3). */
export const brandArea = defineArea({
  id: 'brand',
  nav: [
    {
      id: 'brand',
      path: '/admin/brand',
      label: 'nav.brand',
      description: 'nav.desc.brand',
      icon: 'palette',
      roles: ADMINS,
      group: 'admin',
    },
  ],
  routes: [
    { path: 'admin/brand', guard: 'brand', children: [{ index: true, page: lazyPage(pages, 'BrandEditorPage') }] },
  ],
  messages: {
    en: () => import('./brand.en').then((m) => m.brandEn),
    de: () => import('./brand.de').then((m) => m.brandDe),
  },
  pageIds: ['brand'],
});
