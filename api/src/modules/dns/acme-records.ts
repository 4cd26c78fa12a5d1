import { Resolver } from 'node:dns/promises';
import net from 'node:net';
import type { EntityManager } from '@mikro-orm/core';
import { DriverName } from '../../drivers/server-kinds';
import { unscoped } from '../../db/scope';
import type { Core } from '../../module';
import { ProvisionState } from '../../tasks/provision-state';
import { RecordType } from './enums';
import { ResourceRecord } from './resource-record.entity';
import { knownAddressOf } from './name-servers';
import { zoneChanged } from './zone-changes';
import { Zone } from './zone.entity';

/** Where a DNS-01 answer goes: the zone holding the name, and the record's name in it. */
export interface ChallengeSpot {
  zone: Zone;
  /** Relative to the zone: `_acme-challenge` at its apex, `_acme-challenge.www` below it. */
  recordName: string;
}

/**
 * The zone of ours (the company's, live) that holds `name` (`*.` dropped: a wildcard's answer is
 * the base name's), the deepest one when zones nest; null when none of the company's zones does.
 */
export async function challengeSpotFor(
  em: EntityManager,
  resellerId: number,
  name: string,
): Promise<ChallengeSpot | null> {
  const base = name.replace(/^\*\./, '').toLowerCase();
  const labels = base.split('.');
  const candidates = labels.map((_, i) => labels.slice(i).join('.'));
  const zones = await em.find(
    Zone,
    { name: { $in: candidates }, reseller: resellerId, state: ProvisionState.ACTIVE },
    {
      populate: ['primary', 'secondary'],
      ...unscoped('the company’s zones (its service zone belongs to no account), for its own certificate orders'),
    },
  );
  const zone = zones.sort((a, b) => b.name.length - a.name.length)[0];
  if (!zone) return null;
  const inner = base === zone.name ? '' : base.slice(0, -(zone.name.length + 1));
  return { zone, recordName: inner ? `_acme-challenge.${inner}` : '_acme-challenge' };
}

/**
 * Writes the TXT records that answer DNS-01 challenges and queues each zone's rewrite (a new
 * serial), in `em`'s transaction (notify the task engine after it commits); returns the records'
 * IDs for removeChallengeRecords.
 */
export async function putChallengeRecords(
  em: EntityManager,
  core: Pick<Core, 'tasks'>,
  answers: readonly { spot: ChallengeSpot; value: string }[],
): Promise<number[]> {
  const records = answers.map(({ spot, value }) =>
    em.create(ResourceRecord, {
      reseller: spot.zone.reseller,
      account: spot.zone.account,
      zone: spot.zone,
      name: spot.recordName,
      type: RecordType.TXT,
      ttl: 60,
      value,
      managed: true,
    }),
  );
  await em.flush();
  await changed(
    em,
    core,
    answers.map((a) => a.spot.zone.id),
  );
  return records.map((r) => r.id);
}

/** Removes challenge records written by putChallengeRecords and rewrites their zones. */
export async function removeChallengeRecords(
  em: EntityManager,
  core: Pick<Core, 'tasks'>,
  ids: readonly number[],
): Promise<void> {
  if (ids.length === 0) return;
  const records = await em.find(
    ResourceRecord,
    { id: { $in: [...ids] }, type: RecordType.TXT, managed: true },
    unscoped('the challenge records this order wrote'),
  );
  const zones = records.map((r) => r.zone.id);
  em.remove(records);
  await em.flush();
  await changed(em, core, zones);
}

async function changed(em: EntityManager, core: Pick<Core, 'tasks'>, zoneIds: number[]): Promise<void> {
  const zones = await em.find(
    Zone,
    { id: { $in: [...new Set(zoneIds)] } },
    { populate: ['primary'], ...unscoped('the zones of the challenge records') },
  );
  for (const zone of zones) zoneChanged(em, core, zone);
  await em.flush();
}

/**
 * Waits until every name server of each answer's zone (primary and secondary, as the panel reaches
 * them: the driver's host and port, else the server's address on port 53) answers its TXT value, so
 * the authority finds it whichever it asks. Servers the panel only writes files for are not asked.
 * Throws naming the first name still missing after `timeoutMs`.
 */
export async function waitForChallengeRecords(
  em: EntityManager,
  answers: readonly { spot: ChallengeSpot; value: string }[],
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<void> {
  const checks: { server: string; fqdn: string; value: string }[] = [];
  for (const { spot, value } of answers) {
    const fqdn = `${spot.recordName}.${spot.zone.name}`;
    for (const server of [spot.zone.primary, spot.zone.secondary]) {
      if (!server || server.driver === DriverName.FILES) continue;
      const own = server.settings.host && net.isIP(server.settings.host) ? server.settings.host : null;
      const host = own ?? (await knownAddressOf(em, server));
      if (!host) continue;
      const port = own && server.settings.port ? server.settings.port : 53;
      checks.push({ server: net.isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`, fqdn, value });
    }
  }
  const deadline = Date.now() + timeoutMs;
  for (const check of checks) {
    const resolver = new Resolver({ timeout: 2000, tries: 1 });
    resolver.setServers([check.server]);
    for (;;) {
      signal?.throwIfAborted();
      const txt = await resolver.resolveTxt(check.fqdn).catch(() => [] as string[][]);
      if (txt.some((chunks) => chunks.join('') === check.value)) break;
      if (Date.now() > deadline)
        throw new Error(`${check.fqdn} TXT is not served by the name server at ${check.server} yet`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
