import type { Config } from '../../config';
import { filesDirFor } from '../files-dir';
import { DriverName, ServerKind } from '../server-kinds';
import type { DriverTarget } from '../target';
import type { SecretBox } from '../../secrets';
import { FilesMysqlDriver } from './files';
import { MariadbDriver } from './mariadb';
import type { MysqlDriver } from './types';

export type { MysqlDriver } from './types';

export interface MysqlDriverDeps {
  config: Config;
  secrets: SecretBox;
}

/** A new driver for a MySQL logical server (loaded with its sealed `secret`). Prefer MysqlDrivers, which reuses pools. */
export function mysqlDriverFor(server: DriverTarget, deps: MysqlDriverDeps): MysqlDriver {
  if (server.kind !== ServerKind.MYSQL) throw new Error(`server ${server.name} is a ${server.kind} server, not MYSQL`);
  const s = server.settings ?? {};
  switch (server.driver) {
    case DriverName.FILES:
      return new FilesMysqlDriver(filesDirFor(deps.config, 'mysql', server.name), s.userHost ?? '%');
    case DriverName.MARIADB: {
      if (server.secret === undefined)
        throw new Error(`server ${server.name} was loaded without its secret (populate: ['secret'])`);
      return new MariadbDriver({
        host: s.host ?? '127.0.0.1',
        port: s.port ?? 3306,
        user: s.user ?? 'root',
        password: server.secret ? deps.secrets.open(server.secret) : '',
        userHost: s.userHost ?? '%',
      });
    }
    default:
      throw new Error(`no MySQL driver named ${String(server.driver)}`);
  }
}

/** One driver (and so one small pool) per logical server, replaced when the server's settings or secret change. */
export class MysqlDrivers {
  private readonly cache = new Map<number, { key: string; driver: MysqlDriver }>();

  constructor(private readonly deps: MysqlDriverDeps) {}

  for(server: DriverTarget): MysqlDriver {
    const key = JSON.stringify([server.name, server.driver, server.settings, server.secret ?? null]);
    const hit = this.cache.get(server.id);
    if (hit?.key === key) return hit.driver;
    const driver = mysqlDriverFor(server, this.deps);
    if (hit) void hit.driver.close().catch(() => {});
    this.cache.set(server.id, { key, driver });
    return driver;
  }

  async closeAll(): Promise<void> {
    const drivers = [...this.cache.values()].map((c) => c.driver);
    this.cache.clear();
    await Promise.allSettled(drivers.map((d) => d.close()));
  }
}
