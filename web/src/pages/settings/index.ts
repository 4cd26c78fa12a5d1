import { ADMINS, defineArea, lazyPage } from '../../app/area';

const pages = () => import('./pages');

/** Admin: the company's settings, billing settings, tax rates, payment gateways, DNS settings and e-mail. */
export const settingsArea = defineArea({
  id: 'settings',
  nav: [
    {
      id: 'settings',
      path: '/admin/settings',
      label: 'nav.settings',
      description: 'nav.desc.settings',
      icon: 'settings',
      roles: ADMINS,
      group: 'admin',
    },
  ],
  routes: [
    { path: 'admin/settings', guard: 'settings', children: [{ index: true, page: lazyPage(pages, 'SettingsPage') }] },
  ],
  messages: {
    en: async () => ({
      ...(await import('./settings.en')).settingsEn,
      ...(await import('./gateways.en')).gatewaysEn,
      ...(await import('./mail.en')).mailEn,
    }),
    de: async () => ({
      ...(await import('./settings.de')).settingsDe,
      ...(await import('./gateways.de')).gatewaysDe,
      ...(await import('./mail.de')).mailDe,
    }),
  },
  pageIds: ['settings'],
});
