import type { DriverTarget } from '../../drivers/target';
import type { Core } from '../../module';
import { linkedWebDriver } from '../../remote/linked-drivers';
import { ProvisionState } from '../../tasks/provision-state';
import type { Resyncer } from '../servers';
import { queuePutSite } from './web-site-tasks';
import { WebSite } from './web-site.entity';
import type { WebSites } from './web-sites.service';

/** Re-sync of a web server: every site on it that is not being deleted, surveyed; the missing and different queued again. */
export const resyncSites =
  (core: Pick<Core, 'tasks'>, webSites: WebSites): Resyncer =>
  async (em, server, link) => {
    const sites = await em.find(
      WebSite,
      { server: server.id, state: { $ne: ProvisionState.DELETING } },
      { orderBy: { id: 'asc' } },
    );
    const configs = await webSites.configs(em, sites);
    const survey = await linkedWebDriver(link, server as unknown as DriverTarget).survey(configs);
    const byId = new Map(sites.map((s) => [s.id, s]));
    const label = (id: number) => {
      const site = byId.get(id);
      return `site-${id}.conf (${site?.serverNames[0] ?? `${site?.directory} of account ${site?.account.id}`})`;
    };
    const repair = [...new Set([...survey.missing, ...survey.different])];
    for (const id of repair) queuePutSite(em, core, byId.get(id)!);
    return {
      missing: survey.missing.map(label),
      different: survey.different.map(label),
      unknown: survey.unknown,
      queued: repair.length,
    };
  };
