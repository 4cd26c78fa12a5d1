import { LockMode, type EntityManager } from '@mikro-orm/core';
import { isPostgres } from '../../db/raw-sql';
import type { Core } from '../../module';
import { ProvisionState } from '../../tasks/provision-state';
import type { Account } from '../accounts';
import type { Reseller } from '../resellers';
import type { LogicalServer, PlacementService } from '../servers';
import { DnsTask } from './dns.tasks';
import { RecordType } from './enums';
import { nameServerOf } from './name-servers';
import { ResourceRecord } from './resource-record.entity';
import { serviceDomainFor } from './service-zone';
import { Zone } from './zone.entity';
import { chooseNameServers } from './zone-placement';
import { nextSerial } from '../../drivers/dns/zone/render';
import { unscoped } from '../../db/scope';

/** What making a new zone needs: the task engine, and placement to choose its name servers. */
export interface ZoneDeps extends Pick<Core, 'tasks'> {
  placement: Pick<PlacementService, 'usableServers'>;
}

/**
 * A new zone on two name servers with its apex NS records, and the task that puts it on the
 * primary (which then queues the secondary's). Default records are the caller's to add.
 */
export async function newZone(
  em: EntityManager,
  deps: ZoneDeps,
  spec: { name: string; reseller: Reseller; account: Account | null },
): Promise<Zone> {
  const { primary, secondary } = await chooseNameServers(em, deps.placement);
  const zone = em.create(Zone, { ...spec, primary, secondary, serial: nextSerial(0, new Date()) });
  const svc = await serviceDomainFor(em, spec.reseller);
  for (const server of [primary, secondary]) {
    if (!server) continue;
    em.create(ResourceRecord, {
      reseller: spec.reseller,
      account: spec.account,
      zone,
      name: '@',
      type: RecordType.NS,
      ttl: 3600,
      value: nameServerOf(server, svc),
      managed: true,
    });
  }
  await em.flush();
  // The secondary is set up by the primary's handler once the primary serves the zone, so its first transfer succeeds.
  deps.tasks.enqueue(em, {
    kind: DnsTask.putZone,
    payload: { zoneId: zone.id, name: zone.name },
    server: primary,
    account: spec.account,
    reseller: spec.reseller,
    subject: `zone ${zone.name}`,
  });
  return zone;
}

/**
 * The zone row, locked on PostgreSQL for the rest of the caller's transaction, so concurrent
 * changes raise the serial one after the other. Unfiltered: the caller reached it through a domain
 * the viewer may see, and the service zone belongs to no account.
 */
export function lockZone(em: EntityManager, id: number): Promise<Zone | null> {
  const lock = em.isInTransaction() && isPostgres(em) ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {};
  return em.findOne(
    Zone,
    { id },
    {
      ...lock,
      populate: ['primary'],
      ...unscoped(
        'the caller reached the zone through a domain the viewer may see, and the service zone belongs to no account',
      ),
    },
  );
}

/** Queues a task of `kind` for the zone on `server` (its primary, a secondary, or one it is leaving), in `em`'s transaction. */
export function queueZoneTask(
  em: EntityManager,
  core: Pick<Core, 'tasks'>,
  zone: Zone,
  kind: string,
  server: LogicalServer,
  runAfter?: Date,
): void {
  core.tasks.enqueue(em, {
    kind,
    payload: { zoneId: zone.id, name: zone.name },
    server,
    account: zone.account,
    reseller: zone.reseller,
    subject: `zone ${zone.name}`,
    ...(runAfter ? { runAfter } : {}),
  });
}

/**
 * After its records changed: a new serial (the secondary sees it and transfers), and a task that
 * renders the zone again on its primary (`kind`: putZone, or moveZone after a move). The task
 * renders whatever the rows say when it runs, so several quick changes may share one reload.
 */
export function zoneChanged(
  em: EntityManager,
  core: Pick<Core, 'tasks'>,
  zone: Zone,
  kind: string = DnsTask.putZone,
): void {
  const now = new Date();
  zone.serial = nextSerial(zone.serial, now);
  zone.changedAt = now;
  queueZoneTask(em, core, zone, kind, zone.primary);
}

/** Starts removing a zone: from its primary first, then its secondary (the handler chains them); rows go at the end. */
export function removeZone(em: EntityManager, core: Pick<Core, 'tasks'>, zone: Zone): void {
  zone.state = ProvisionState.DELETING;
  core.tasks.enqueue(em, {
    kind: DnsTask.removeZone,
    payload: { zoneId: zone.id, name: zone.name, next: zone.secondary?.id ?? null },
    server: zone.primary,
    account: zone.account,
    reseller: zone.reseller,
    subject: `zone ${zone.name}`,
  });
}
