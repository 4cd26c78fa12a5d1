import { ADMINS, defineArea, lazyPage } from '../../app/area';
import { gatewaysEn } from './gateways.en';
import { mailEn } from './mail.en';
import { settingsEn } from './settings.en';

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
    en: { ...settingsEn, ...gatewaysEn, ...mailEn },
    de: async () => ({
      ...(await import('./settings.de')).settingsDe,
      ...(await import('./gateways.de')).gatewaysDe,
      ...(await import('./mail.de')).mailDe,
    }),
  },
  pageIds: ['settings'],
});
