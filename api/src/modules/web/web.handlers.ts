import type { SiteConfig } from '../../drivers/web';
import { linkedWebDriver } from '../../remote/linked-drivers';
import type { Core } from '../../module';
import { ProvisionState } from '../../tasks/provision-state';
import type { TaskHandler, TaskJob } from '../../tasks/types';
import { Domain, domainPartReady } from '../domains';
import { LogicalServer, type ServerLinks } from '../servers';
import type { DriverTarget } from '../../drivers/target';
import { queueDropOldCopy } from './move';
import { WebTask, type DropPayload, type MovePayload, type SitePayload } from './web.tasks';
import { WebSite } from './web-site.entity';
import type { WebSites } from './web-sites.service';

const payload = (job: TaskJob) => job.task.payload as unknown as SitePayload;

/** A site's config without its certificates (they hold keys): a removal takes every certificate file of the site anyway. */
const withoutTls = ({ tls: _tls, ...config }: SiteConfig): SiteConfig => config;

/** The web driver of the task's server, through the link to its machine. */
async function driver(job: TaskJob, links: ServerLinks) {
  if (!job.server) throw new Error(`task ${job.task.id} has no server`);
  return linkedWebDriver(await links.forLogical(job.em, job.server), job.server, { signal: job.signal });
}

/** The services the handlers use: links to the servers' machines, and what a site's config is. */
interface Deps {
  links: ServerLinks;
  sites: WebSites;
}

const putSite = (core: Pick<Core, 'tasks'>, { links, sites }: Deps): TaskHandler => ({
  kind: WebTask.putSite,
  async run(job) {
    const site = await job.em.findOne(WebSite, { id: payload(job).siteId });
    if (!site || site.state === ProvisionState.DELETING || site.server.id !== job.server?.id) return;
    const result = await (await driver(job, links)).putSite(await sites.config(job.em, site));
    site.documentRoot = result.documentRoot;
    // The domain may now be whole (domains announces it once this commits).
    if (site.state !== ProvisionState.ACTIVE)
      domainPartReady(job.em, core, { id: site.domain.id, reseller: site.reseller, account: site.account });
    site.state = ProvisionState.ACTIVE; // a suspended account's site stays ACTIVE: it exists, answering 403
  },
  async failed(job) {
    const site = await job.em.findOne(WebSite, { id: payload(job).siteId });
    if (site?.state !== ProvisionState.QUEUED) return;
    site.state = ProvisionState.FAILED;
  },
});

/**
 * Removes the server block (first: no vhost outlives its domain), then says so ('site.removed'):
 * dns carries on with the domain's records or zone, in the same transaction.
 */
const removeSite = (core: Pick<Core, 'events'>, { links, sites }: Deps): TaskHandler => ({
  kind: WebTask.removeSite,
  async run(job) {
    const site = await job.em.findOne(WebSite, { id: payload(job).siteId });
    if (!site || site.state !== ProvisionState.DELETING) return;
    await (await driver(job, links)).removeSite(await sites.config(job.em, site, false));
    const domain = await job.em.findOneOrFail(Domain, { id: site.domain.id }, { populate: ['zone'] });
    job.em.remove(site);
    await job.em.flush();
    await core.events.emit({ em: job.em }, 'site.removed', { site, domain });
  },
});

/**
 * Copies the site from its old server (job.server is the new one) and writes it here, then moves
 * the rows: the site, and ('site.moved') its address records; the old copy goes after a grace time.
 * A rerun after the rows moved finds the site here already and does nothing.
 */
const moveSite = (core: Pick<Core, 'events' | 'tasks' | 'config'>, { links, sites }: Deps): TaskHandler => ({
  kind: WebTask.moveSite,
  async run(job) {
    const p = job.task.payload as unknown as MovePayload;
    const site = await job.em.findOne(WebSite, { id: p.siteId });
    if (!site || site.state === ProvisionState.DELETING || !job.server) return;
    if (site.server.id !== p.from) return; // moved already (this is a rerun), or elsewhere meanwhile
    const config = await sites.config(job.em, site);
    const from = await job.em.findOneOrFail(LogicalServer, { id: p.from });
    const old = linkedWebDriver(await links.forLogical(job.em, from), from as unknown as DriverTarget, {
      signal: job.signal,
    });
    const archive = await old.exportSite(config);
    const result = await (await driver(job, links)).importSite(config, archive);
    const to = job.em.getReference(LogicalServer, job.server.id);
    site.server = to;
    site.documentRoot = result.documentRoot;
    const domain = await job.em.findOneOrFail(Domain, { id: site.domain.id });
    await core.events.emit({ em: job.em }, 'site.moved', {
      site,
      domain,
      from,
      to: await job.em.findOneOrFail(LogicalServer, { id: to.id }),
    });
    // Stored in the task row: no certificates (they hold keys); removing needs none.
    const drop: DropPayload = { siteId: site.id, directory: site.directory, site: withoutTls(config) };
    queueDropOldCopy(job.em, core, core.config, site, drop, from);
  },
});

/** Removes a moved site's old copy from this (old) server, unless the site has come back here meanwhile. */
const dropOldCopy = (links: ServerLinks): TaskHandler => ({
  kind: WebTask.dropOldCopy,
  async run(job) {
    const p = job.task.payload as unknown as DropPayload;
    const site = await job.em.findOne(WebSite, { id: p.siteId });
    if (site && site.server.id === job.server?.id) return; // the live copy is here again
    await (await driver(job, links)).removeSite(p.site);
  },
});

/** The web task handlers; a removed or moved site is announced on `core.events`. */
export function webHandlers(core: Pick<Core, 'events' | 'tasks' | 'config'>, deps: Deps): TaskHandler[] {
  return [putSite(core, deps), removeSite(core, deps), moveSite(core, deps), dropOldCopy(deps.links)];
}
