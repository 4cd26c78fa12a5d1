import type { Config } from '../../config';
import { filesDirFor } from '../files-dir';
import { DriverName, ServerKind } from '../server-kinds';
import type { DriverTarget } from '../target';
import { FilesWebDriver } from './files';
import { NginxDriver } from './nginx';
import type { WebDriver } from './types';

export type { SiteConfig, SiteResult, TlsBinding, WebDriver } from './types';
export { isAcmeOrigin } from './tls';

/**
 * The driver for a web logical server: FILES (writes under DATA_DIR) or NGINX (settings.configDir,
 * settings.webRoot, settings.controlCommand ?? 'nginx'); both listen on settings.host (optional) and
 * settings.port ?? 80, and for TLS on the same host and settings.tlsPort ?? 443.
 */
export function webDriverFor(server: DriverTarget, deps: { config: Pick<Config, 'dataDir'> }): WebDriver {
  if (server.kind !== ServerKind.WEB) throw new Error(`server ${server.name} is a ${server.kind} server, not WEB`);
  const s = server.settings ?? {};
  const listen = { host: s.host, port: s.port ?? 80 };
  const tlsListen = { host: s.host, port: s.tlsPort ?? 443 };
  switch (server.driver) {
    case DriverName.FILES:
      return new FilesWebDriver(filesDirFor(deps.config, 'web', server.name), listen, tlsListen);
    case DriverName.NGINX:
      if (!s.configDir)
        throw new Error(
          `web server ${server.name} uses NGINX but has no configDir setting (the folder nginx.conf includes *.conf from)`,
        );
      if (!s.webRoot)
        throw new Error(
          `web server ${server.name} uses NGINX but has no webRoot setting (the base folder of account homes)`,
        );
      return new NginxDriver({
        configDir: s.configDir,
        webRoot: s.webRoot,
        controlCommand: s.controlCommand ?? 'nginx',
        listen,
        tlsListen,
      });
    default:
      throw new Error(`no web driver named ${String(server.driver)}`);
  }
}
