import type { EntityManager } from '@mikro-orm/core';
import { dnsPeerOf, type ZoneConfig } from '../../drivers/dns';
import { rows } from '../../db/raw-sql';
import { ProvisionState } from '../../tasks/provision-state';
import { LogicalServer } from '../servers/logical-server.entity';

/**
 * Every zone a DNS server must serve now, with its role and peers, read in one statement. Deleting
 * and FAILED zones are left out; a QUEUED zone is listed, and the driver leaves out a primary zone
 * whose text it has not written yet (so the order in which tasks of one server finish does not matter).
 */
export async function zoneListFor(em: EntityManager, server: LogicalServer): Promise<ZoneConfig[]> {
  const found = await rows<{ id: number; name: string; state: string; primary_id: number; secondary_id: number | null }>(
    em,
    `select id, name, state, primary_id, secondary_id from zone
     where (primary_id = ? or secondary_id = ?) and state in (?, ?) order by name`,
    [server.id, server.id, ProvisionState.QUEUED, ProvisionState.ACTIVE],
  );
  const peerIds = new Set<number>();
  for (const z of found) {
    const peer = Number(z.primary_id) === server.id ? z.secondary_id : z.primary_id;
    if (peer != null) peerIds.add(Number(peer));
  }
  const peers = new Map((await em.find(LogicalServer, { id: { $in: [...peerIds] } })).map((s) => [s.id, dnsPeerOf(s)]));
  const zones: ZoneConfig[] = [];
  for (const z of found) {
    if (Number(z.primary_id) === server.id) {
      const secondary = z.secondary_id == null ? undefined : peers.get(Number(z.secondary_id));
      zones.push({ name: z.name, role: 'primary', peers: secondary ? [secondary] : [] });
    } else {
      const primary = peers.get(Number(z.primary_id));
      if (primary) zones.push({ name: z.name, role: 'secondary', peers: [primary] });
    }
  }
  return zones;
}
