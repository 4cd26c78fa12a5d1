import { defineArea, EVERYONE, lazyPage } from '../../app/area';
import { DOMAINS_PATH } from './pageIds';

const pages = () => import('./pages');

/** Domains of the active account, their web sites and DNS records. */
export const domainsArea = defineArea({
  id: 'domains',
  nav: [
    {
      id: 'domains',
      path: DOMAINS_PATH,
      label: 'nav.domains',
      description: 'nav.desc.domains',
      icon: 'network',
      roles: EVERYONE,
      needsAccount: true,
      group: 'hosting',
    },
  ],
  routes: [
    {
      path: 'domains',
      guard: 'domains',
      children: [
        { index: true, page: lazyPage(pages, 'DomainsPage') },
        { path: ':id', page: lazyPage(pages, 'DomainPage') },
      ],
    },
  ],
  messages: {
    en: async () => ({ ...(await import('./domains.en')).domainsEn, ...(await import('./ssl.en')).sslEn }),
    de: async () => ({ ...(await import('./domains.de')).domainsDe, ...(await import('./ssl.de')).sslDe }),
  },
  pageIds: ['domains', 'domain'],
});
