import fs from 'node:fs';
import type { Survey } from '../survey';
import { inChunks, readTextIfExists, readTextIfExistsSync } from './io';
import { parseZonesConf, type ZoneLayout } from './layout';
import { assertZoneName } from './names';
import type { ZoneExpectation } from './types';

function zoneFiles(dir: string): string[] {
  try {
    return fs.readdirSync(dir).filter((f) => f.endsWith('.zone'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/** The DNS drivers' survey of a configuration folder (zones.conf, primary/) against what the panel expects. */
export async function surveyZones(layout: ZoneLayout, expected: ZoneExpectation): Promise<Survey<string>> {
  const listed = parseZonesConf(await readTextIfExists(layout.zonesConf));
  const texts = new Map(expected.texts.map((t) => [t.name, t.text]));
  const survey: Survey<string> = { missing: [], different: [], unknown: [] };
  const names = new Set<string>();
  await inChunks(expected.zones, (zone) => {
    assertZoneName(zone.name);
    names.add(zone.name);
    const role = listed.get(zone.name);
    if (zone.role === 'secondary') {
      if (role === undefined) survey.missing.push(zone.name);
      else if (role !== 'secondary') survey.different.push(zone.name);
      return;
    }
    const text = readTextIfExistsSync(layout.zoneFile(zone.name, 'primary'));
    const want = texts.get(zone.name);
    if (text === null || role === undefined) survey.missing.push(zone.name);
    else if (role !== 'primary' || (want !== undefined && text !== want)) survey.different.push(zone.name);
  });
  const strays = new Set<string>();
  for (const name of listed.keys()) if (!names.has(name)) strays.add(name);
  for (const f of zoneFiles(layout.primaryDir)) {
    const name = f.slice(0, -'.zone'.length);
    if (!names.has(name)) strays.add(name);
  }
  survey.unknown = [...strays].sort();
  return survey;
}
