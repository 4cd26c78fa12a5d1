import type { EntityManager } from '@mikro-orm/core';
import { ProvisionState } from '../../tasks/provision-state';
import { Zone } from '../dns/zone.entity';
import { WebSite } from '../web/web-site.entity';
import type { Domain } from './domain.entity';
import { DomainKind } from './enums';
import { unscoped } from '../../db/scope';

/** The kinds that have a zone of their own (the others keep records in the service zone). */
export const OWN_ZONE: ReadonlySet<DomainKind> = new Set([DomainKind.OWN, DomainKind.PARKED]);

/** What a domain's state is made of: its zone (its own, or the service zone) and its site. */
export interface DomainParts {
  zone: Zone | null;
  site: WebSite | null;
}

/** The domain's zone and site, read once (unfiltered: the service zone belongs to no account). */
export async function loadParts(em: EntityManager, domain: Domain): Promise<DomainParts> {
  const zone = domain.zone
    ? await em.findOne(
        Zone,
        { id: domain.zone.id },
        unscoped('the domain’s zone may be the service zone, which belongs to no account'),
      )
    : null;
  const site = await em.findOne(
    WebSite,
    { domain: domain.id },
    unscoped('the site of a domain already in hand, also read by engine work'),
  );
  return { zone, site };
}

/**
 * A domain's state as its parts say: DELETING once its removal is queued; else FAILED when its
 * zone (or the service zone) or its site failed for good, ACTIVE when all are in place, QUEUED
 * before. Derived on reading rather than stored: the zone and the site are finished by tasks that
 * may run at the same moment, and neither would see the other's outcome before it commits. The
 * API computes it from the same parts it shows, so a domain never reads ACTIVE beside a QUEUED site.
 */
export function stateOf(domain: Domain, parts: DomainParts): ProvisionState {
  if (domain.state === ProvisionState.DELETING) return ProvisionState.DELETING;
  const states = [parts.zone?.state, parts.site?.state].filter((s): s is ProvisionState => s !== undefined);
  if (states.includes(ProvisionState.FAILED)) return ProvisionState.FAILED;
  return states.every((s) => s === ProvisionState.ACTIVE) ? ProvisionState.ACTIVE : ProvisionState.QUEUED;
}
