import { unscoped } from '../../db/scope';
import { defineModule } from '../../module';
import { plansModule, ResourceKind } from '../plans';
import { quotasModule } from '../quotas';
import { AccountServer } from './account-server.entity';
import { IpAddress } from './ip-address.entity';
import { IpAddressesResolver } from './ip-addresses.resolver';
import { IpAddressService } from './ip-addresses.service';
import { LogicalServer } from './logical-server.entity';
import { LogicalServersResolver } from './logical-servers.resolver';
import { LogicalServerService } from './logical-servers.service';
import { PhysicalServer } from './physical-server.entity';
import { PhysicalServersResolver } from './physical-servers.resolver';
import { PhysicalServerService } from './physical-servers.service';
import { PlacementService } from './placement.service';
import { ServerGroup } from './server-group.entity';
import { ServerGroupsResolver } from './server-groups.resolver';
import { ServerGroupService } from './server-groups.service';
import { TaskServerResolver } from './task-server.resolver';
import { AccountServersResolver } from './account-servers.resolver';
import { agentRoutes } from './agent-routes';
import { ServerAccessService } from './server-access.service';
import { ServerHealthService } from './server-health';
import { ServerLinks } from './server-links';
import { ResyncService } from './resync';
import { serversSettings } from './settings';
import * as postgresql from './migrations/postgresql';
import * as sqlite from './migrations/sqlite';
import { systemEm } from '../../db/scope';

/** The servers area's services: its resolvers' and, for other areas, placement and the logical servers' registry. */
export interface ServersApi {
  physicalServers: PhysicalServerService;
  logicalServers: LogicalServerService;
  serverGroups: ServerGroupService;
  ipAddresses: IpAddressService;
  placement: PlacementService;
  /** How drivers reach the machine of a logical server (in process, or its agent over SSH). */
  links: ServerLinks;
  access: ServerAccessService;
  health: ServerHealthService;
  /** Re-sync of logical servers; the areas that own what servers hold register per kind (resyncWith). */
  resync: ResyncService;
}

/** The cluster: physical and logical servers, server groups and placement, IP addresses (SRV-1..4). */
export const serversModule = defineModule<ServersApi>({
  name: 'servers',
  settings: serversSettings,
  entities: [PhysicalServer, ServerGroup, LogicalServer, IpAddress, AccountServer],
  migrations: { sqlite, postgresql },
  services(core, areas): ServersApi {
    areas
      .get(plansModule)
      .plans.countUsageWith(ResourceKind.DEDICATED_IP, (em, account) =>
        em.count(
          IpAddress,
          { account },
          unscoped('counting an account’s IP addresses for its plan limits, whoever the viewer is'),
        ),
      );
    const { quotas } = areas.get(quotasModule);
    quotas.countWith(ResourceKind.DEDICATED_IP, (em, reseller) =>
      em.count(
        IpAddress,
        { account: { reseller } },
        unscoped('counting a reseller’s dedicated IP addresses for its quota, whoever the viewer is'),
      ),
    );
    const logicalServers = new LogicalServerService(core);
    const links = new ServerLinks(core);
    const access = new ServerAccessService(core, links);
    return {
      physicalServers: new PhysicalServerService(access),
      links,
      access,
      health: new ServerHealthService(core.config, links),
      resync: new ResyncService(core, links),
      logicalServers,
      serverGroups: new ServerGroupService(),
      ipAddresses: new IpAddressService(logicalServers, quotas),
      placement: new PlacementService(),
    };
  },
  schedule(api, core) {
    const { healthCheckMs } = serversSettings.of(core.config);
    if (healthCheckMs > 0)
      core.tasks.every('servers.health', healthCheckMs, ({ orm }) =>
        api.health.checkAll(systemEm(orm, 'the periodic health check reads every machine of the cluster')),
      );
  },
  routes: (api) => agentRoutes(api.access),
  close: (api) => api.links.close(),
  resolvers: [
    PhysicalServersResolver,
    LogicalServersResolver,
    ServerGroupsResolver,
    IpAddressesResolver,
    TaskServerResolver,
    AccountServersResolver,
  ],
});

export type { ServerUseCounter, ServerUseNoun } from './logical-servers.service';
export type { PlacementService } from './placement.service';
export { LogicalServer } from './logical-server.entity';
export type { ServerLinks } from './server-links';
export type { ResyncService, Resyncer } from './resync';
export { ServerKind } from './enums';

export { AccountServer } from './account-server.entity';
export { moveTarget, placedServer } from './move-target';
export { DriverName, IpKind, ServerHealth, ServerOs, ServerTransport } from './enums';
export { PhysicalServer } from './physical-server.entity';
export { IpAddress } from './ip-address.entity';
export { idSchema } from './servers.validation';
export type { StorageMeasure, StoredOnServers } from './server-load';
