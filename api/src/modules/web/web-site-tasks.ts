import type { EntityManager } from '@mikro-orm/core';
import type { Core } from '../../module';
import { ProvisionState } from '../../tasks/provision-state';
import { WebTask } from './web.tasks';
import { WebSite } from './web-site.entity';
import { unscoped } from '../../db/scope';

const subject = (site: WebSite) =>
  `web site ${site.serverNames[0] ?? `${site.directory} of account ${site.account.id}`}`;

/** A new site of a domain (written now, with the domain's other rows), and the task that puts it on its server. */
export async function createSite(
  em: EntityManager,
  core: Pick<Core, 'tasks'>,
  spec: Pick<WebSite, 'reseller' | 'account' | 'domain' | 'server' | 'directory' | 'serverNames'>,
): Promise<WebSite> {
  const site = em.create(WebSite, spec);
  await em.flush();
  queuePutSite(em, core, site);
  return site;
}

/** Queues the task that writes the site's server block and document root on its web server. */
export function queuePutSite(em: EntityManager, core: Pick<Core, 'tasks'>, site: WebSite): void {
  core.tasks.enqueue(em, {
    kind: WebTask.putSite,
    payload: { siteId: site.id, directory: site.directory },
    server: site.server,
    account: site.account,
    reseller: site.reseller,
    subject: subject(site),
  });
}

/** Marks the site DELETING and queues its removal; the domain's removal goes on from the handler. */
export function queueRemoveSite(em: EntityManager, core: Pick<Core, 'tasks'>, site: WebSite): void {
  site.state = ProvisionState.DELETING;
  core.tasks.enqueue(em, {
    kind: WebTask.removeSite,
    payload: { siteId: site.id, directory: site.directory },
    server: site.server,
    account: site.account,
    reseller: site.reseller,
    subject: subject(site),
  });
}

/**
 * Called in the transaction that suspends or resumes an account: queues a rewrite of each of its
 * sites, which then serve a "suspended" page or the site again. Returns whether anything was queued.
 */
export async function queueSitesOfAccount(
  em: EntityManager,
  core: Pick<Core, 'tasks'>,
  accountId: number,
): Promise<boolean> {
  const sites = await em.find(
    WebSite,
    { account: accountId, state: { $in: [ProvisionState.QUEUED, ProvisionState.ACTIVE] } },
    unscoped('the sites of an account being suspended or resumed, by an admin of its company or the dunning run'),
  );
  for (const site of sites) queuePutSite(em, core, site);
  return sites.length > 0;
}
