import type { EntityManager } from '@mikro-orm/core';
import { ProvisionState } from '../../tasks/provision-state';
import { Zone } from '../dns/zone.entity';
import { WebSite } from '../web/web-site.entity';
import type { Domain } from './domain.entity';
import { DomainKind } from './enums';

/** The kinds that have a zone of their own (the others keep records in the service zone). */
export const OWN_ZONE: ReadonlySet<DomainKind> = new Set([DomainKind.OWN, DomainKind.PARKED]);

/**
 * A domain's state as its parts say now: DELETING once its removal is queued; else FAILED when its
 * zone (or the service zone) or its site failed for good, ACTIVE when all are in place, QUEUED
 * before. Derived on reading rather than stored: the zone and the site are finished by tasks that
 * may run at the same moment, and neither would see the other's outcome before it commits.
 */
export async function effectiveState(em: EntityManager, domain: Domain): Promise<ProvisionState> {
  if (domain.state === ProvisionState.DELETING) return ProvisionState.DELETING;
  const states: ProvisionState[] = [];
  if (domain.zone) {
    const zone = await em.findOne(Zone, { id: domain.zone.id }, { filters: false, fields: ['state'] });
    if (zone) states.push(zone.state);
  }
  const site = await em.findOne(WebSite, { domain: domain.id }, { filters: false, fields: ['state'] });
  if (site) states.push(site.state);
  if (states.includes(ProvisionState.FAILED)) return ProvisionState.FAILED;
  return states.every((s) => s === ProvisionState.ACTIVE) ? ProvisionState.ACTIVE : ProvisionState.QUEUED;
}
