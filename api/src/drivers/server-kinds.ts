/**
 * What a logical server serves and which driver reaches it. The drivers choose by these, so the
 * enums live in the core; the servers area re-exports them and registers them with type-graphql
 * (modules/servers/enums.ts).
 */

/** What a logical server serves (SRV-2). */
export enum ServerKind {
  WEB = 'WEB',
  MAIL = 'MAIL',
  DNS = 'DNS',
  MYSQL = 'MYSQL',
  PGSQL = 'PGSQL',
  CP = 'CP',
}

/** How the task engine talks to a logical server (SRV-6). */
export enum DriverName {
  /** Writes what it would apply under DATA_DIR; the embedded default, needs no servers. */
  FILES = 'FILES',
  /** MariaDB or MySQL over the network (mysql2). */
  MARIADB = 'MARIADB',
  /** BIND 9: zone files and a zone list in a folder named.conf includes, checked with named-checkzone, loaded with rndc. */
  BIND = 'BIND',
  /** nginx: a server block per site in a folder nginx.conf includes, checked with nginx -t, then reloaded. */
  NGINX = 'NGINX',
}
