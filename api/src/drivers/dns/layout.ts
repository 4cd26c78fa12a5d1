/**
 * The files a DNS server's configuration folder holds, shared by the BIND and files drivers:
 *
 *   <configDir>/zones.conf            the include the admin adds to named.conf (one zone statement per line)
 *   <configDir>/primary/<zone>.zone   zone texts the panel renders
 *   <configDir>/secondary/<zone>.zone the copies named transfers from a primary (named writes them)
 *
 * and how a ZoneChange turns into writes, a new zone list and removals.
 */
import fs from 'node:fs';
import path from 'node:path';
import { assertPeer, assertZoneName, assertZoneText, UnsafeZoneInputError } from './names';
import { inChunks, makeDir, readTextIfExists, readTextIfExistsSync, writeFileAtomicSync } from './io';
import type { ZoneChange, ZoneConfig } from './types';

const HEADER =
  '# Written by Heliosphere: the zones this server serves. Include it from named.conf; the panel rewrites it.\n';

export class ZoneLayout {
  readonly zonesConf: string;
  readonly primaryDir: string;
  readonly secondaryDir: string;

  constructor(readonly configDir: string) {
    if (!path.isAbsolute(configDir))
      throw new Error(`DNS config folder must be an absolute path, got ${JSON.stringify(configDir)}`);
    // Paths go inside double-quoted strings of named.conf: a quote or backslash would end them early.
    if (/["\\\n;{}]/.test(configDir)) throw new Error('DNS config folder contains characters named.conf cannot quote');
    this.zonesConf = path.join(configDir, 'zones.conf');
    this.primaryDir = path.join(configDir, 'primary');
    this.secondaryDir = path.join(configDir, 'secondary');
  }

  /** The zone's file for its role; `name` must have passed assertZoneName. */
  zoneFile(name: string, role: ZoneConfig['role']): string {
    return path.join(role === 'primary' ? this.primaryDir : this.secondaryDir, `${name}.zone`);
  }

  async ensureDirs(): Promise<void> {
    await makeDir(this.configDir);
    await makeDir(this.primaryDir);
    // named writes here (as its own user when started with -u): an admin may need to chown it.
    await makeDir(this.secondaryDir);
  }

  /** One zone statement per zone, sorted by name, so the same zone set always renders the same text. */
  renderZonesConf(zones: ZoneConfig[]): string {
    const lines = [...zones]
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((z) => this.zoneStatement(z));
    return HEADER + lines.join('\n') + (lines.length ? '\n' : '');
  }

  private zoneStatement(zone: ZoneConfig): string {
    const file = this.zoneFile(zone.name, zone.role);
    if (zone.role === 'secondary') {
      const primaries = zone.peers.map((p) => `${p.host} port ${p.port}; `).join('');
      return `zone "${zone.name}" { type secondary; file "${file}"; primaries { ${primaries}}; };`;
    }
    if (zone.peers.length === 0)
      return `zone "${zone.name}" { type primary; file "${file}"; allow-transfer { none; }; notify no; };`;
    const addresses = [...new Set(zone.peers.map((p) => p.host))].map((h) => `${h}; `).join('');
    const notify = zone.peers.map((p) => `${p.host} port ${p.port}; `).join('');
    return `zone "${zone.name}" { type primary; file "${file}"; allow-transfer { ${addresses}}; also-notify { ${notify}}; notify explicit; };`;
  }
}

/** Each zone's statement line in a zones.conf we wrote. */
function zoneLines(text: string | null): Map<string, string> {
  return new Map([...(text ?? '').matchAll(/^zone "([^"]+)" .*$/gm)].map((m) => [m[1]!, m[0]]));
}

/** The zone names and roles a zones.conf we wrote lists (the state before a change). */
export function parseZonesConf(text: string | null): Map<string, ZoneConfig['role']> {
  const zones = new Map<string, ZoneConfig['role']>();
  for (const m of (text ?? '').matchAll(/^zone "([^"]+)" \{ type (primary|secondary);/gm))
    zones.set(m[1]!, m[2] as ZoneConfig['role']);
  return zones;
}

export interface ZoneWrite {
  name: string;
  text: string;
  file: string;
  /** The file on disk differs (or is missing). */
  changed: boolean;
}

/** What applying a change will do, computed before anything is touched. */
export interface ZonePlan {
  previousConf: string | null;
  conf: string;
  confChanged: boolean;
  /** Zones (and their roles) the zones.conf listed before this change: named serves these already. */
  previous: Map<string, ZoneConfig['role']>;
  writes: ZoneWrite[];
  /** Files of removed zones (and their journals), deleted once named no longer serves them. */
  removeFiles: string[];
  /**
   * Secondary zones named served before whose statement changed (a new primary after a move): named takes the new primaries on reconfig but would ask them only at the next
   * refresh (hours), so they are refreshed at once.
   */
  refresh: string[];
}

/** Checks every name, peer and text of the change and works out the plan; throws (touching nothing) on any bad input. */
export async function planChange(layout: ZoneLayout, change: ZoneChange): Promise<ZonePlan> {
  const roles = new Map<string, ZoneConfig['role']>();
  for (const zone of change.zones) {
    assertZoneName(zone.name);
    if (zone.role !== 'primary' && zone.role !== 'secondary')
      throw new UnsafeZoneInputError(`zone ${zone.name}: unknown role ${JSON.stringify(zone.role)}`);
    if (roles.has(zone.name)) throw new UnsafeZoneInputError(`zone ${zone.name} is listed twice`);
    for (const peer of zone.peers) assertPeer(peer);
    if (zone.role === 'secondary' && zone.peers.length === 0)
      throw new UnsafeZoneInputError(`secondary zone ${zone.name} has no primary to transfer from`);
    roles.set(zone.name, zone.role);
  }
  const written = new Set<string>();
  for (const w of change.write ?? []) {
    assertZoneName(w.name);
    assertZoneText(w.name, w.text);
    if (written.has(w.name)) throw new UnsafeZoneInputError(`zone ${w.name} is written twice`);
    if (roles.get(w.name) !== 'primary')
      throw new UnsafeZoneInputError(`zone ${w.name} is written but not listed as a primary zone`);
    written.add(w.name);
  }
  for (const name of change.remove ?? []) {
    assertZoneName(name);
    if (roles.has(name)) throw new UnsafeZoneInputError(`zone ${name} is both listed and removed`);
  }

  // A primary zone whose text was never written (its first write is queued, or failed) is left out
  // of the list: named would refuse a zone without a file. Decided here, under the driver's lock,
  // so a change computed while another zone's first write was running still keeps that zone.
  const onDisk = new Set(listDir(layout.primaryDir));
  const served = change.zones.filter(
    (z) => z.role !== 'primary' || written.has(z.name) || onDisk.has(`${z.name}.zone`),
  );
  const previousConf = await readTextIfExists(layout.zonesConf);
  const conf = layout.renderZonesConf(served);
  const writes = await inChunks(change.write ?? [], (w): ZoneWrite => {
    const file = layout.zoneFile(w.name, 'primary');
    return { name: w.name, text: w.text, file, changed: readTextIfExistsSync(file) !== w.text };
  });

  const removeFiles = (change.remove ?? []).flatMap((name) =>
    (['primary', 'secondary'] as const).flatMap((role) => [
      layout.zoneFile(name, role),
      `${layout.zoneFile(name, role)}.jnl`,
    ]),
  );
  const previous = parseZonesConf(previousConf);
  const before = zoneLines(previousConf);
  const after = zoneLines(conf);
  const refresh = served
    .filter((z) => z.role === 'secondary' && before.has(z.name) && before.get(z.name) !== after.get(z.name))
    .map((z) => z.name);
  return { previousConf, conf, confChanged: previousConf !== conf, previous, writes, removeFiles, refresh };
}

/** Puts the changed zone texts in place (each by rename), from `staged` files when given, else from the text. */
export async function commitWrites(writes: ZoneWrite[], staged?: Map<string, string>): Promise<void> {
  await inChunks(
    writes.filter((w) => w.changed),
    (w) => {
      const from = staged?.get(w.name);
      if (from) fs.renameSync(from, w.file);
      else writeFileAtomicSync(w.file, w.text);
    },
  );
}

export async function removeFiles(files: string[]): Promise<void> {
  await inChunks(files, (f) => fs.rmSync(f, { force: true }));
}

function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}
