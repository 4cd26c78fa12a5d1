import { registerEnumType } from 'type-graphql';
import { DriverName, ServerKind } from '../../drivers/server-kinds';

export { DriverName, ServerKind };

export enum ServerOs {
  LINUX = 'LINUX',
  FREEBSD = 'FREEBSD',
  WINDOWS = 'WINDOWS',
}
registerEnumType(ServerOs, { name: 'ServerOs', description: 'Operating system of a physical server.' });

export enum PhysicalServerStatus {
  ONLINE = 'ONLINE',
  MAINTENANCE = 'MAINTENANCE',
  OFFLINE = 'OFFLINE',
}
registerEnumType(PhysicalServerStatus, {
  name: 'PhysicalServerStatus',
  description:
    'ONLINE: in service. MAINTENANCE: up but taking no new resources. OFFLINE: down; its logical servers get nothing new.',
});

/** What a logical server serves (SRV-2); defined in the core, where the drivers choose by it. */
registerEnumType(ServerKind, {
  name: 'ServerKind',
  description: 'The service a logical server provides: web, mail, DNS, MySQL, PostgreSQL, or the control panel itself.',
});

/** How the task engine talks to a logical server (SRV-6); defined in the core (drivers/server-kinds.ts). */
registerEnumType(DriverName, {
  name: 'DriverName',
  description:
    'FILES writes what would be applied under the data directory (no real server needed). MARIADB manages a MariaDB/MySQL server over the network. BIND manages a BIND 9 name server (DNS). NGINX manages an nginx web server (WEB).',
});

export enum PlacementPolicy {
  RANDOM = 'RANDOM',
  LEAST_LOADED = 'LEAST_LOADED',
}
registerEnumType(PlacementPolicy, {
  name: 'PlacementPolicy',
  description:
    'RANDOM: any member with room (the H-Sphere default). LEAST_LOADED: the member with the fewest accounts, then the least disk.',
});

export enum IpKind {
  SHARED = 'SHARED',
  DEDICATED = 'DEDICATED',
}
registerEnumType(IpKind, {
  name: 'IpKind',
  description: 'SHARED: used by many accounts (name-based hosting). DEDICATED: given to one account at a time.',
});

export enum ServerTransport {
  LOCAL = 'LOCAL',
  SSH = 'SSH',
}
registerEnumType(ServerTransport, {
  name: 'ServerTransport',
  description:
    'LOCAL: the panel’s own machine; drivers run in the panel’s process. SSH: another machine; drivers run in the Heliosphere agent, which the machine’s SSH daemon starts for the panel’s key (that key may run nothing else).',
});

export enum ServerHealth {
  UNKNOWN = 'UNKNOWN',
  UP = 'UP',
  DEGRADED = 'DEGRADED',
  DOWN = 'DOWN',
}
registerEnumType(ServerHealth, {
  name: 'ServerHealth',
  description:
    'UNKNOWN: not checked yet. UP: answers, its services run with a valid configuration and disk to spare. DEGRADED: answers, but a service is down, its configuration invalid or its disk nearly full. DOWN: does not answer; placement skips its logical servers.',
});
