import { ADMINS, defineArea, lazyPage } from '../../app/area';
import { ADMIN_WEBHOOKS_PATH, WEBHOOKS_PATH } from './pageIds';

const pages = () => import('./pages');

/**
 * Webhooks: admins keep their company's (every account's events), end users their active
 * account's; one page for both, the API decides which. The master also sets where they may go.
 */
export const webhooksArea = defineArea({
  id: 'webhooks',
  nav: [
    {
      id: 'admin-webhooks',
      path: ADMIN_WEBHOOKS_PATH,
      label: 'nav.webhooks',
      description: 'nav.desc.adminWebhooks',
      icon: 'webhook',
      roles: ADMINS,
      group: 'admin',
    },
    {
      id: 'webhooks',
      path: WEBHOOKS_PATH,
      label: 'nav.webhooks',
      description: 'nav.desc.webhooks',
      icon: 'webhook',
      roles: ['END_USER'],
      needsAccount: true,
      group: 'hosting',
    },
  ],
  routes: [
    {
      path: 'admin/webhooks',
      guard: 'admin-webhooks',
      children: [{ index: true, page: lazyPage(pages, 'WebhooksPage') }],
    },
    { path: 'webhooks', guard: 'webhooks', children: [{ index: true, page: lazyPage(pages, 'WebhooksPage') }] },
  ],
  messages: {
    en: () => import('./webhooks.en').then((m) => m.webhooksEn),
    de: () => import('./webhooks.de').then((m) => m.webhooksDe),
  },
  pageIds: ['webhooks', 'admin-webhooks'],
});
