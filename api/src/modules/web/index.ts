import { unscoped } from '../../db/scope';
import { defineModule } from '../../module';
import type { Domain } from '../domains';
import { domainsModule } from '../domains';
import { plansModule, ResourceKind } from '../plans';
import { quotasModule } from '../quotas';
import { serversModule, ServerKind, type LogicalServer, type ServerLinks } from '../servers';
import { SiteMoves } from './move';
import { MoveSitesResolver } from './move.resolver';
import { webSettings } from './settings';
import { resyncSites } from './resync';
import { DomainSiteResolver, siteOfDomain } from './domain-site.resolver';
import { queueSitesOfAccount } from './web-site-tasks';
import { WebSite } from './web-site.entity';
import { webHandlers } from './web.handlers';
import { WebSiteResolver } from './web-site.resolver';
import { WebSites } from './web-sites.service';
import * as postgresql from './migrations/postgresql';
import * as sqlite from './migrations/sqlite';

declare module '../../events' {
  interface HelioEvents {
    /**
     * A site's server block is gone from its web server and its row deleted (`site`), in the
     * transaction of the task that removed it; `domain` is the domain it served. dns goes on with
     * the removal of a domain being deleted.
     */
    'site.removed': { site: WebSite; domain: Domain };
    /**
     * A site now serves from `to` (its files copied, its row moved), in the task's transaction; the
     * old copy on `from` still serves for a while. dns points the domain's address records at `to`.
     */
    'site.moved': { site: WebSite; domain: Domain; from: LogicalServer; to: LogicalServer };
  }
}

/**
 * Web hosting: a site's server block and document root on a web server (SRV-6), served over HTTPS
 * with the certificates the ssl area supplies (`sites.tlsWith`), redirect and HSTS as the owner sets.
 */
/** What the web area builds: links to the servers' machines, site moves, and sites (other areas: `sites`). */
export interface WebApi {
  links: ServerLinks;
  moves: SiteMoves;
  sites: WebSites;
}

export const webModule = defineModule<WebApi>({
  name: 'web',
  settings: webSettings,
  entities: [WebSite],
  migrations: { sqlite, postgresql },
  services(core, areas) {
    areas
      .get(plansModule)
      .plans.countUsageWith(ResourceKind.WEB_SITE, (em, account) =>
        em.count(
          WebSite,
          { account },
          unscoped('counting an account’s sites for its plan limits, whoever the viewer is'),
        ),
      );
    areas
      .get(quotasModule)
      .quotas.countWith(ResourceKind.WEB_SITE, (em, reseller) =>
        em.count(WebSite, { reseller }, unscoped('counting a reseller’s sites for its quota, whoever the viewer is')),
      );
    // A domain is in place once its site is too (a parked domain has none).
    areas.get(domainsModule).domains.addPart(siteOfDomain);
    const servers = areas.get(serversModule);
    const sites = new WebSites(core);
    servers.resync.resyncWith(ServerKind.WEB, resyncSites(core, sites));
    return { links: servers.links, moves: new SiteMoves(core), sites };
  },
  resolvers: [DomainSiteResolver, MoveSitesResolver, WebSiteResolver],
  taskHandlers: (api, core) => webHandlers(core, api),
  events(bus, _api, core) {
    // A suspended account's sites are closed; a resumed one's opened again.
    bus.onInTransaction('account.statusChanged', async ({ account }, { em }) => {
      await queueSitesOfAccount(em, core, account.id);
    });
  },
});

export { WebSite } from './web-site.entity';
export { createSite, queuePutSite, queueRemoveSite } from './web-site-tasks';
export type { TlsProvider, WebSites } from './web-sites.service';
export type { TlsBinding } from '../../drivers/web';
