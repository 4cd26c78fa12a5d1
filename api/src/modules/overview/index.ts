import { defineModule } from '../../module';
import { OverviewResolver } from './overview.resolver';
import { OverviewService } from './overview.service';

/**
 * The home pages' figures (issue "Everyday use"): the admin's counts of what needs attention, an
 * account's latest tasks, and use over time. Reads only, through the other areas' public entities.
 */
export const overviewModule = defineModule<{ overview: OverviewService }>({
  name: 'overview',
  services: () => ({ overview: new OverviewService() }),
  resolvers: [OverviewResolver],
});
