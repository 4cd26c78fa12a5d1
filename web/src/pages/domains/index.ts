import { defineArea, EVERYONE, lazyPage } from '../../app/area';
import { domainsEn } from './domains.en';
import { DOMAINS_PATH } from './pageIds';
import { sslEn } from './ssl.en';

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
    en: { ...domainsEn, ...sslEn },
    de: async () => ({ ...(await import('./domains.de')).domainsDe, ...(await import('./ssl.de')).sslDe }),
  },
  pageIds: ['domains', 'domain'],
});
