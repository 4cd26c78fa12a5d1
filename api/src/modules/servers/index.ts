import { unscoped } from '../../db/scope';
import { defineModule } from '../../module';
import { plansModule, ResourceKind } from '../plans';
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

/** The servers area's services: its resolvers' and, for other areas, placement and the logical servers' registry. */
export interface ServersApi {
  physicalServers: PhysicalServerService;
  logicalServers: LogicalServerService;
  serverGroups: ServerGroupService;
  ipAddresses: IpAddressService;
  placement: PlacementService;
}

/** The cluster: physical and logical servers, server groups and placement, IP addresses (SRV-1..4). */
export const serversModule = defineModule<ServersApi>({
  name: 'servers',
  entities: [PhysicalServer, ServerGroup, LogicalServer, IpAddress, AccountServer],
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
    const logicalServers = new LogicalServerService(core);
    return {
      physicalServers: new PhysicalServerService(),
      logicalServers,
      serverGroups: new ServerGroupService(),
      ipAddresses: new IpAddressService(logicalServers),
      placement: new PlacementService(),
    };
  },
  resolvers: [
    PhysicalServersResolver,
    LogicalServersResolver,
    ServerGroupsResolver,
    IpAddressesResolver,
    TaskServerResolver,
  ],
});

export type { ServerUseCounter, ServerUseNoun } from './logical-servers.service';
export type { PlacementService } from './placement.service';
export { LogicalServer } from './logical-server.entity';
export { ServerKind } from './enums';

export { AccountServer } from './account-server.entity';
export { DriverName, IpKind, ServerOs } from './enums';
export { PhysicalServer } from './physical-server.entity';
export { idSchema } from './servers.validation';
export type { StorageMeasure, StoredOnServers } from './server-load';
