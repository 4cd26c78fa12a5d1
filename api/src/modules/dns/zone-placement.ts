import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { ServerKind } from '../servers';
import type { LogicalServer, PlacementService } from '../servers';
import { assertCanServeZones } from './name-servers';

export interface NameServerPair {
  primary: LogicalServer;
  secondary: LogicalServer | null;
}

/**
 * The two DNS servers a new zone goes on (DNS-2): two usable members of the default DNS group,
 * which one is primary chosen at random per zone, unless the admin fixed roles (a member whose
 * dnsRole is PRIMARY is always primary; SECONDARY always secondary). With one usable server the
 * zone has no secondary. Every server the choice could fall on must have an address (CONFLICT
 * naming the first that has none), so the outcome does not depend on the random pick.
 */
export async function chooseNameServers(
  em: EntityManager,
  placement: Pick<PlacementService, 'usableServers'>,
): Promise<NameServerPair> {
  const usable = await placement.usableServers(em, ServerKind.DNS);
  const fixedPrimary = usable.filter((s) => s.settings.dnsRole === 'PRIMARY');
  const fixedSecondary = usable.filter((s) => s.settings.dnsRole === 'SECONDARY');
  const free = usable.filter((s) => !s.settings.dnsRole);
  const pick = (from: LogicalServer[]) => from[crypto.randomInt(from.length)]!;

  const primaries = fixedPrimary.length ? fixedPrimary : free.length ? free : fixedSecondary;
  const secondaries = fixedSecondary.length ? fixedSecondary : free;
  for (const server of usable)
    if (primaries.includes(server) || secondaries.includes(server)) await assertCanServeZones(em, server);
  const primary = pick(primaries);
  const others = secondaries.filter((s) => s.id !== primary.id);
  return { primary, secondary: others.length ? pick(others) : null };
}
