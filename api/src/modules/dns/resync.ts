import type { DriverTarget } from '../../drivers/target';
import type { Core } from '../../module';
import { linkedDnsDriver } from '../../remote/linked-drivers';
import type { Resyncer } from '../servers';
import { zoneText } from './dns.handlers';
import { DnsTask } from './dns.tasks';
import { queueZoneTask } from './zone-changes';
import { zoneListFor } from './zone-list';
import { Zone } from './zone.entity';

/**
 * Re-sync of a DNS server: its zone list and the text of every zone it is primary for, surveyed;
 * a missing or different primary zone is written again (putZone), a missing secondary listed again (putSecondary).
 */
export const resyncZones =
  (core: Pick<Core, 'tasks'>): Resyncer =>
  async (em, server, link) => {
    const zones = await zoneListFor(em, server);
    const rows = await em.find(Zone, { name: { $in: zones.map((z) => z.name) } }, { orderBy: { name: 'asc' } });
    const byName = new Map(rows.map((z) => [z.name, z]));
    const texts = [];
    for (const z of zones)
      if (z.role === 'primary' && byName.has(z.name))
        texts.push({ name: z.name, text: await zoneText({ em }, byName.get(z.name)!) });
    const survey = await linkedDnsDriver(link, server as unknown as DriverTarget).survey({ zones, texts });
    const roleOf = new Map(zones.map((z) => [z.name, z.role]));
    const repair = [...new Set([...survey.missing, ...survey.different])];
    for (const name of repair) {
      const zone = byName.get(name);
      if (!zone) continue;
      const primary = roleOf.get(name) === 'primary';
      // On this server: the zone's primary or secondary, or one it is leaving.
      queueZoneTask(em, core, zone, primary ? DnsTask.putZone : DnsTask.putSecondary, server);
    }
    return {
      missing: survey.missing.map((n) => `zone ${n}`),
      different: survey.different.map((n) => `zone ${n}`),
      unknown: survey.unknown.map((n) => `zone ${n}`),
      queued: repair.filter((n) => byName.has(n)).length,
    };
  };
