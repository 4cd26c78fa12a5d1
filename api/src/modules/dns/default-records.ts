import type { EntityManager } from '@mikro-orm/core';
import type { Account } from '../accounts';
import type { Domain } from '../domains';
import { RecordType } from './enums';
import { ResourceRecord } from './resource-record.entity';
import type { Zone } from './zone.entity';

const TTL = 3600;
const addressType = (ip: string) => (ip.includes(':') ? RecordType.AAAA : RecordType.A);

interface Spec {
  zone: Zone;
  account: Account;
  domain: Domain;
}

function add(
  em: EntityManager,
  s: Spec,
  name: string,
  type: RecordType,
  value: string,
  priority: number | null = null,
): void {
  em.create(ResourceRecord, {
    reseller: s.zone.reseller,
    account: s.account,
    zone: s.zone,
    domain: s.domain,
    name,
    type,
    ttl: TTL,
    value,
    priority,
  });
}

/** DNS-3 defaults of a hosted domain's own zone: the site at the apex and www, mail at mail.<domain>. */
export function addHostedDefaults(em: EntityManager, s: Spec, webAddress: string): void {
  const mailHost = `mail.${s.zone.name}`;
  add(em, s, '@', addressType(webAddress), webAddress);
  add(em, s, 'www', addressType(webAddress), webAddress);
  add(em, s, 'mail', addressType(webAddress), webAddress); // the mail server comes with the mail module; until then the web address
  add(em, s, '@', RecordType.MX, mailHost, 10);
}

/** A parked domain points elsewhere: the apex and www at the address given, if any. */
export function addParkedDefaults(em: EntityManager, s: Spec, target: string | null): void {
  if (!target) return;
  add(em, s, '@', addressType(target), target);
  add(em, s, 'www', addressType(target), target);
}

/**
 * A name under the service domain, in the service zone: `label` (relative to the zone) and,
 * with `www`, www.<label>, both at the web server.
 */
export function addServiceZoneName(em: EntityManager, s: Spec, label: string, webAddress: string, www: boolean): void {
  add(em, s, label, addressType(webAddress), webAddress);
  if (www) add(em, s, `www.${label}`, addressType(webAddress), webAddress);
}
