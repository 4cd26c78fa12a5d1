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

/** The cluster: physical and logical servers, server groups and placement, IP addresses (SRV-1..4). */
export const serversModule = defineModule({
  name: 'servers',
  entities: [PhysicalServer, ServerGroup, LogicalServer, IpAddress, AccountServer],
  services(_core, areas) {
    areas
      .get(plansModule)
      .plans.countUsageWith(ResourceKind.DEDICATED_IP, (em, account) =>
        em.count(
          IpAddress,
          { account },
          unscoped('counting an account’s IP addresses for its plan limits, whoever the viewer is'),
        ),
      );
    return {
      physicalServers: new PhysicalServerService(),
      logicalServers: new LogicalServerService(),
      serverGroups: new ServerGroupService(),
      ipAddresses: new IpAddressService(),
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
