import type { Ctx } from '../../graphql/context';
import { ProvisionState } from '../../tasks/provision-state';
import type { Domain } from './domain.entity';
import { DomainKind } from './enums';

/** The kinds that have a zone of their own (the others keep records in the service zone). */
export const OWN_ZONE: ReadonlySet<DomainKind> = new Set([DomainKind.OWN, DomainKind.PARKED]);

/**
 * A part of a domain that another area sets up (dns: its zone, or the service zone; web: its
 * site), as the API reads it for one request: null when the domain has none. The area reads it
 * once per request (graphql/memo.ts), so the domain's state and the part's own field show the same row.
 */
export type DomainPart = (ctx: Ctx, domain: Domain) => Promise<{ state: ProvisionState } | null>;

/**
 * A domain's state as its parts say: DELETING once its removal is queued; else FAILED when its
 * zone (or the service zone) or its site failed for good, ACTIVE when all are in place, QUEUED
 * before. Derived on reading rather than stored: the zone and the site are finished by tasks that
 * may run at the same moment, and neither would see the other's outcome before it commits. The
 * API computes it from the same parts it shows, so a domain never reads ACTIVE beside a QUEUED site.
 */
export function stateOf(domain: Domain, parts: readonly ({ state: ProvisionState } | null)[]): ProvisionState {
  if (domain.state === ProvisionState.DELETING) return ProvisionState.DELETING;
  const states = parts.filter((p) => p !== null).map((p) => p.state);
  if (states.includes(ProvisionState.FAILED)) return ProvisionState.FAILED;
  return states.every((s) => s === ProvisionState.ACTIVE) ? ProvisionState.ACTIVE : ProvisionState.QUEUED;
}
