import type { EntityManager } from '@mikro-orm/core';
import type { Core } from '../../module';
import type { Domain } from '../domains';
import type { LogicalServer } from '../servers';
import { RecordType } from './enums';
import { publicAddressOf } from './name-servers';
import { ResourceRecord } from './resource-record.entity';
import { zoneChanged } from './zone-changes';
import { Zone } from './zone.entity';

/**
 * A domain's site moved to another web server: its address records that pointed at the old server
 * (apex, www, mail, names in the service zone) point at the new one; records the customer aimed
 * elsewhere stay as they are. Each zone touched gets a new serial and is written again.
 */
export async function followSite(
  em: EntityManager,
  core: Pick<Core, 'tasks'>,
  domain: Domain,
  from: LogicalServer,
  to: LogicalServer,
): Promise<void> {
  const [oldAddress, newAddress] = [await publicAddressOf(em, from), await publicAddressOf(em, to)];
  if (oldAddress === newAddress) return;
  const records = await em.find(ResourceRecord, {
    domain: domain.id,
    type: { $in: [RecordType.A, RecordType.AAAA] },
    value: oldAddress,
  });
  const zones = new Set<number>();
  for (const r of records) {
    r.value = newAddress;
    r.type = newAddress.includes(':') ? RecordType.AAAA : RecordType.A;
    zones.add(r.zone.id);
  }
  for (const zone of await em.find(Zone, { id: { $in: [...zones] } })) zoneChanged(em, core, zone);
}
