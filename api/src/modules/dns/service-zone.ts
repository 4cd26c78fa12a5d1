import { wrap, type EntityManager } from '@mikro-orm/core';
import { Reseller } from '../resellers';
import { ResourceRecord } from './resource-record.entity';
import { RecordType } from './enums';
import { knownAddressOf, nameServerOf } from './name-servers';
import { Zone } from './zone.entity';
import { newZone, type ZoneDeps } from './zone-changes';
import { isWithin } from '../../drivers/dns/zone/names';
import { unscoped } from '../../db/scope';

/** The service domain (DNS-1) that serves an account's reseller: its own, else the master's. */
export async function serviceDomainFor(
  em: EntityManager,
  reseller: Reseller,
): Promise<{ domain: string; owner: Reseller } | null> {
  const own = wrap(reseller).isInitialized()
    ? reseller
    : await em.findOneOrFail(
        Reseller,
        { id: reseller.id },
        unscoped('the account’s company, for its service domain; called from engine work with no viewer'),
      );
  if (own.serviceDomain) return { domain: own.serviceDomain, owner: own };
  const root = await em.findOne(
    Reseller,
    { isRoot: true },
    unscoped('the master’s service domain serves companies that have none of their own'),
  );
  return root?.serviceDomain ? { domain: root.serviceDomain, owner: root } : null;
}

/**
 * The zone of a service domain, created on first use: on two name servers like any zone, with the
 * panel's own records (apex NS, and A records for the name servers named under the domain).
 * Third-level and instant-access names get their records in it.
 */
export async function ensureServiceZone(
  em: EntityManager,
  deps: ZoneDeps,
  svc: { domain: string; owner: Reseller },
): Promise<{ zone: Zone; created: boolean }> {
  const existing = await em.findOne(
    Zone,
    { name: svc.domain },
    { ...unscoped('the service zone belongs to no account'), populate: ['primary', 'secondary'] },
  );
  if (existing) return { zone: existing, created: false };
  const zone = await newZone(em, deps, { name: svc.domain, reseller: svc.owner, account: null });
  for (const server of [zone.primary, zone.secondary]) {
    if (!server) continue;
    const ns = nameServerOf(server, svc);
    if (!isWithin(ns, svc.domain) || ns === svc.domain) continue;
    const address = await knownAddressOf(em, server);
    if (!address) continue; // cannot happen: newZone's placement refuses a name server without an address
    em.create(ResourceRecord, {
      reseller: svc.owner,
      zone,
      name: ns.slice(0, -(svc.domain.length + 1)),
      type: address.includes(':') ? RecordType.AAAA : RecordType.A,
      ttl: 3600,
      value: address,
      managed: true,
    });
  }
  return { zone, created: true };
}
