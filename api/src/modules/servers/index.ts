import { unscoped } from '../../db/scope';
import { defineModule } from '../../module';
import type { Services } from '../../services';
import { ResourceKind } from '../plans';
import { AccountServer } from './account-server.entity';
import { IpAddress } from './ip-address.entity';
import { IpAddressesResolver } from './ip-addresses.resolver';
import { LogicalServer } from './logical-server.entity';
import { LogicalServersResolver } from './logical-servers.resolver';
import { PhysicalServer } from './physical-server.entity';
import { PhysicalServersResolver } from './physical-servers.resolver';
import { ServerGroup } from './server-group.entity';
import { ServerGroupsResolver } from './server-groups.resolver';
import { TaskServerResolver } from './task-server.resolver';

/** The cluster: physical and logical servers, server groups and placement, IP addresses (SRV-1..4). */
export const serversModule = defineModule<Services>({
  name: 'servers',
  entities: [PhysicalServer, ServerGroup, LogicalServer, IpAddress, AccountServer],
  resolvers: [
    PhysicalServersResolver,
    LogicalServersResolver,
    ServerGroupsResolver,
    IpAddressesResolver,
    TaskServerResolver,
  ],
  wire(services) {
    services.plans.countUsageWith(ResourceKind.DEDICATED_IP, (em, account) =>
      em.count(
        IpAddress,
        { account },
        unscoped('counting an account’s IP addresses for its plan limits, whoever the viewer is'),
      ),
    );
  },
});
