import type { EntityManager } from '@mikro-orm/core';
import type { Services } from '../../services';
import { ResourceRecord } from '../dns/resource-record.entity';
import { Zone } from '../dns/zone.entity';
import { removeZone, zoneChanged } from '../dns/zone-changes';
import type { Domain } from './domain.entity';
import { OWN_ZONE } from './domain-state';
import { unscoped } from '../../db/scope';

/**
 * The part of a domain's removal that follows its site's (or starts it, for a parked domain): the
 * records it owns in the service zone go, with a reload of that zone; its own zone is removed from
 * both name servers (the zone handler deletes the domain row last); without one the row goes now.
 */
export async function continueRemoval(em: EntityManager, services: Services, domain: Domain): Promise<void> {
  const opts = unscoped('the service zone belongs to no account, so an end user’s scope would hide it and its records');
  const ownZone =
    domain.zone && OWN_ZONE.has(domain.kind)
      ? await em.findOneOrFail(Zone, { id: domain.zone.id }, { ...opts, populate: ['primary', 'secondary'] })
      : null;
  const elsewhere = await em.find(
    ResourceRecord,
    { domain: domain.id, ...(ownZone ? { zone: { $ne: ownZone.id } } : {}) },
    opts,
  );
  const zoneIds = [...new Set(elsewhere.map((r) => r.zone.id))];
  em.remove(elsewhere);
  for (const zone of await em.find(Zone, { id: { $in: zoneIds } }, { ...opts, populate: ['primary'] }))
    zoneChanged(em, services, zone);
  if (ownZone) removeZone(em, services, ownZone);
  else em.remove(domain);
}
