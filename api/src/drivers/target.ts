import type { DriverName, ServerKind } from './server-kinds';

/** The non-secret settings a driver reads from its server (the servers area stores more). */
export interface DriverTargetSettings {
  host?: string;
  port?: number;
  /** NGINX/FILES web servers: the port of the TLS server blocks, on `host` too (443 by default). */
  tlsPort?: number;
  user?: string;
  /** Host part of the database users a MySQL server creates ('%' by default). */
  userHost?: string;
  /** BIND/NGINX: the folder the driver writes (zone files and zone list; server blocks), included by the server's own config. */
  configDir?: string;
  /** BIND/NGINX: the command the driver runs to check and reload, e.g. `rndc -s 127.0.0.1 -p 953` or `nginx -p /srv/nginx`. */
  controlCommand?: string;
  /** NGINX: the folder under which account homes and document roots live. */
  webRoot?: string;
}

/**
 * What a driver reads from the logical server it manages. The servers area's LogicalServer entity
 * is one (structurally): the core names only what it reads, never the entity.
 */
export interface DriverTarget {
  readonly id: number;
  readonly name: string;
  readonly kind: ServerKind;
  readonly driver: DriverName;
  readonly settings: DriverTargetSettings;
  /** AES-256-GCM ciphertext of the driver password; undefined when the server was loaded without it (a lazy property). */
  readonly secret?: string | null;
}
