import type { EntityManager } from '@mikro-orm/core';
import type { Core } from '../../module';
import { ResourceRecord } from './resource-record.entity';
import { Zone } from './zone.entity';
import { removeZone, zoneChanged } from './zone-changes';
import type { Domain } from '../domains';
import { OWN_ZONE } from '../domains';
import { unscoped } from '../../db/scope';

/**
 * The part of a domain's removal that follows its site's (on 'site.removed'), or starts it (for a
 * domain without a site, in the domain-delete flow): the records it owns in the service zone go,
 * with a reload of that zone; its own zone is removed from both name servers (the zone handler
 * deletes the domain row last); without one the row goes now.
 */
export async function continueRemoval(em: EntityManager, core: Pick<Core, 'tasks'>, domain: Domain): Promise<void> {
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
    zoneChanged(em, core, zone);
  if (ownZone) removeZone(em, core, ownZone);
  else em.remove(domain);
}
