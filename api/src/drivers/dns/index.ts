import type { Config } from '../../config';
import { filesDirFor } from '../files-dir';
import { DriverName, ServerKind } from '../server-kinds';
import type { DriverTarget } from '../target';
import { BindDriver } from './bind';
import { FilesDnsDriver } from './files';
import type { DnsDriver, DnsPeer } from './types';

export type { DnsDriver, DnsPeer, ZoneChange, ZoneConfig, ZoneExpectation } from './types';

/** The driver for a DNS logical server: FILES (writes under DATA_DIR) or BIND (settings.configDir, settings.controlCommand). */
export function dnsDriverFor(server: DriverTarget, deps: { config: Pick<Config, 'dataDir'> }): DnsDriver {
  if (server.kind !== ServerKind.DNS) throw new Error(`server ${server.name} is a ${server.kind} server, not DNS`);
  const s = server.settings ?? {};
  switch (server.driver) {
    case DriverName.FILES:
      return new FilesDnsDriver(filesDirFor(deps.config, 'dns', server.name));
    case DriverName.BIND:
      if (!s.configDir)
        throw new Error(
          `DNS server ${server.name} uses BIND but has no configDir setting (the folder named.conf includes zones.conf from)`,
        );
      return new BindDriver({ configDir: s.configDir, controlCommand: s.controlCommand ?? 'rndc' });
    default:
      throw new Error(`no DNS driver named ${String(server.driver)}`);
  }
}

/** Where other servers reach this one for transfers and NOTIFY: settings.host (default 127.0.0.1), settings.port (default 53). */
export function dnsPeerOf(server: DriverTarget): DnsPeer {
  const s = server.settings ?? {};
  return { host: s.host ?? '127.0.0.1', port: s.port ?? 53 };
}
