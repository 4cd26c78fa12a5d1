import type { DriverName, ServerKind } from '../../graphql/generated/graphql';

/** Every driver, in the order the select offers them. */
export const ALL_DRIVERS: readonly DriverName[] = ['FILES', 'MARIADB', 'BIND', 'NGINX'];

/** The drivers a kind of server can use: FILES for all, each real one for its kind only. */
export function driversFor(kind: ServerKind): DriverName[] {
  return ALL_DRIVERS.filter(
    (d) =>
      d === 'FILES' ||
      (d === 'MARIADB' && kind === 'MYSQL') ||
      (d === 'BIND' && kind === 'DNS') ||
      (d === 'NGINX' && kind === 'WEB'),
  );
}

/** Which settings the form shows for a driver and kind. */
export function driverSettings(driver: DriverName, kind: ServerKind) {
  return {
    /** Host and port: where MariaDB is reached, where a BIND server answers its peers (transfers, NOTIFY), where nginx listens. */
    address: driver === 'MARIADB' || driver === 'BIND' || driver === 'NGINX',
    /** Admin user and password (and the host part of the users it creates): a MariaDB server. */
    login: driver === 'MARIADB',
    configDir: driver === 'BIND' || driver === 'NGINX',
    controlCommand: driver === 'BIND' || driver === 'NGINX',
    webRoot: driver === 'NGINX',
    /** Name server host name and zone role: any DNS server, whatever writes its zones. */
    dns: kind === 'DNS',
  };
}

/** Values of the DNS role select; RANDOM is sent as null. */
export const DNS_ROLES = ['RANDOM', 'PRIMARY', 'SECONDARY'] as const;
export type DnsRoleChoice = (typeof DNS_ROLES)[number];
