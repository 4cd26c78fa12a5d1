import { unscoped } from '../../db/scope';
import { defineModule } from '../../module';
import { plansModule, ResourceKind } from '../plans';
import { queueSitesOfAccount } from './web-site-tasks';
import { WebSite } from './web-site.entity';
import { webHandlers } from './web.handlers';

/** Web hosting: a site's server block and document root on a web server (SRV-6). */
export const webModule = defineModule({
  name: 'web',
  entities: [WebSite],
  services(_core, areas) {
    areas
      .get(plansModule)
      .plans.countUsageWith(ResourceKind.WEB_SITE, (em, account) =>
        em.count(
          WebSite,
          { account },
          unscoped('counting an account’s sites for its plan limits, whoever the viewer is'),
        ),
      );
  },
  taskHandlers: () => webHandlers,
  events(bus, _api, core) {
    // A suspended account's sites are closed; a resumed one's opened again.
    bus.onInTransaction('account.statusChanged', async ({ account }, { em }) => {
      await queueSitesOfAccount(em, core, account.id);
    });
  },
});
