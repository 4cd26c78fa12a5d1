import path from 'node:path';
import type { Config } from '../config';

/** Where a FILES driver writes for one server: DATA_DIR/drivers/<kind>/<server name, made safe for a path>. */
export function filesDirFor(
  config: Pick<Config, 'dataDir'>,
  kind: 'mysql' | 'dns' | 'web',
  serverName: string,
): string {
  const safe = serverName.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+$/, '_');
  return path.join(config.dataDir, 'drivers', kind, safe);
}
