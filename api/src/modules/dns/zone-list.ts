import type { EntityManager } from '@mikro-orm/core';
import { dnsPeerOf, type ZoneConfig } from '../../drivers/dns';
import { rows } from '../../db/raw-sql';
import { ProvisionState } from '../../tasks/provision-state';
import { LogicalServer } from '../servers';

/**
 * Every zone a DNS server must serve now, with its role and peers, read in one statement. Deleting
 * and FAILED zones are left out; a QUEUED zone is listed as a primary (the driver leaves out one
 * whose text it has not written yet), and as a secondary only once it is ACTIVE, so the order in
 * which tasks of the two servers finish does not matter. A server a zone is moving away from
 * (`leaving`) keeps its role: a primary of its own (the panel writes its file too, with no peers),
 * or a secondary of the primary, which then lists it among its peers.
 */
export async function zoneListFor(em: EntityManager, server: { id: number }): Promise<ZoneConfig[]> {
  const found = await rows<{
    id: number;
    name: string;
    state: string;
    primary_id: number;
    secondary_id: number | null;
    leaving_id: number | null;
    leaving_primary: number | boolean;
  }>(
    em,
    `select id, name, state, primary_id, secondary_id, leaving_id, leaving_primary from zone
     where (primary_id = ? or secondary_id = ? or leaving_id = ?) and state in (?, ?) order by name`,
    [server.id, server.id, server.id, ProvisionState.QUEUED, ProvisionState.ACTIVE],
  );
  const peerIds = new Set<number>();
  for (const z of found)
    for (const id of [z.primary_id, z.secondary_id, z.leaving_id]) if (id != null) peerIds.add(Number(id));
  peerIds.delete(server.id);
  const peers = new Map((await em.find(LogicalServer, { id: { $in: [...peerIds] } })).map((s) => [s.id, dnsPeerOf(s)]));
  const zones: ZoneConfig[] = [];
  for (const z of found) {
    const leavingPrimary = Boolean(z.leaving_primary);
    if (z.leaving_id != null && Number(z.leaving_id) === server.id && leavingPrimary) {
      zones.push({ name: z.name, role: 'primary', peers: [] });
    } else if (Number(z.primary_id) === server.id) {
      const copies = [z.secondary_id, leavingPrimary ? null : z.leaving_id].filter((id): id is number => id != null);
      const known = copies.map((id) => peers.get(Number(id))).filter((p) => p !== undefined);
      zones.push({ name: z.name, role: 'primary', peers: known });
    } else {
      // A secondary copy only once its primary serves the zone (ACTIVE): listed earlier (by a task
      // for another zone of this server), named would try its first transfer too soon, be refused,
      // and wait minutes (min-retry-time) before trying again.
      const primary = peers.get(Number(z.primary_id));
      if (primary && z.state === ProvisionState.ACTIVE)
        zones.push({ name: z.name, role: 'secondary', peers: [primary] });
    }
  }
  return zones;
}
