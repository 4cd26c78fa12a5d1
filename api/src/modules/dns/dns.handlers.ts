import { linkedDnsDriver } from '../../remote/linked-drivers';
import type { ServerLinks } from '../servers';
import type { Core } from '../../module';
import { ProvisionState } from '../../tasks/provision-state';
import type { TaskHandler, TaskJob } from '../../tasks/types';
import { Domain, domainPartReady } from '../domains';
import { DnsTask, type RemoveZonePayload, type ZonePayload } from './dns.tasks';
import { nameServerOf } from './name-servers';
import { recordData } from './record-data';
import { ResourceRecord } from './resource-record.entity';
import { serviceDomainFor } from './service-zone';
import { Zone } from './zone.entity';
import { zoneListFor } from './zone-list';
import { queueZoneTask } from './zone-changes';
import { renderZone } from '../../drivers/dns/zone/render';

/*
 * DNS task handlers. Each reads the zone's rows when it runs and applies what they say now, so a
 * rerun after a crash, or a task that waited while more changes came, ends in the same place.
 */

const payload = <T>(job: TaskJob): T => job.task.payload as T;

/** The DNS driver of the task's server, through the link to its machine. */
async function driver(job: TaskJob, links: ServerLinks) {
  if (!job.server) throw new Error(`task ${job.task.id} has no server`);
  return linkedDnsDriver(await links.forLogical(job.em, job.server), job.server, { signal: job.signal });
}

/** The zone file text of a zone as its rows say now. */
export async function zoneText(job: Pick<TaskJob, 'em'>, zone: Zone): Promise<string> {
  const records = await job.em.find(ResourceRecord, { zone: zone.id }, { orderBy: { id: 'asc' } });
  const svc = await serviceDomainFor(job.em, zone.reseller);
  const soa = {
    zone: zone.name,
    primaryNs: nameServerOf(zone.primary, svc),
    hostmaster: `hostmaster.${zone.name}`,
    serial: zone.serial,
  };
  return renderZone(soa, records.map(recordData));
}

const putZone = (core: Pick<Core, 'tasks'>, links: ServerLinks): TaskHandler => ({
  kind: DnsTask.putZone,
  async run(job) {
    const zone = await job.em.findOne(Zone, { id: payload<ZonePayload>(job).zoneId }, { populate: ['primary'] });
    if (!zone || zone.state === ProvisionState.DELETING) return;
    const onPrimary = zone.primary.id === job.server?.id;
    // A server the zone is moving away from, which was its primary, gets the same text until it drops the zone.
    if (!onPrimary && !(zone.leavingPrimary && zone.leaving?.id === job.server?.id)) return;
    const text = await zoneText(job, zone);
    await (
      await driver(job, links)
    ).apply({ zones: await zoneListFor(job.em, job.server!), write: [{ name: zone.name, text }] });
    if (!onPrimary) return;
    if (zone.leavingPrimary && zone.leaving) queueZoneTask(job.em, core, zone, DnsTask.putZone, zone.leaving);
    if (zone.state !== ProvisionState.ACTIVE) {
      zone.state = ProvisionState.ACTIVE;
      // Only now: a secondary set up before its primary serves the zone waits long for its first transfer.
      if (zone.secondary) queueZoneTask(job.em, core, zone, DnsTask.putSecondary, zone.secondary);
      // Its domain may now be whole (domains announces it once this commits).
      for (const domain of await job.em.find(Domain, { zone: zone.id })) domainPartReady(job.em, core, domain);
    }
  },
  async failed(job) {
    const zone = await job.em.findOne(Zone, { id: payload<ZonePayload>(job).zoneId });
    if (zone?.state !== ProvisionState.QUEUED) return; // a live zone keeps serving its last good file
    zone.state = ProvisionState.FAILED;
  },
});

const putSecondary = (links: ServerLinks): TaskHandler => ({
  kind: DnsTask.putSecondary,
  async run(job) {
    const zone = await job.em.findOne(Zone, { id: payload<ZonePayload>(job).zoneId });
    if (!zone || zone.state === ProvisionState.DELETING) return;
    const leavingSecondary = !zone.leavingPrimary && zone.leaving?.id === job.server?.id;
    if (zone.secondary?.id !== job.server?.id && !leavingSecondary) return;
    await (await driver(job, links)).apply({ zones: await zoneListFor(job.em, job.server!) });
  },
});

/**
 * After a move, on the primary: it writes the zone (its NS records and peers name the new server),
 * then the secondary lists it again and the server it is leaving gets the new text (or list).
 */
const moveZone = (core: Pick<Core, 'tasks'>, links: ServerLinks): TaskHandler => ({
  kind: DnsTask.moveZone,
  async run(job) {
    const zone = await job.em.findOne(Zone, { id: payload<ZonePayload>(job).zoneId }, { populate: ['primary'] });
    if (!zone || zone.state === ProvisionState.DELETING || zone.primary.id !== job.server?.id) return;
    const text = await zoneText(job, zone);
    await (
      await driver(job, links)
    ).apply({ zones: await zoneListFor(job.em, job.server), write: [{ name: zone.name, text }] });
    if (zone.secondary) queueZoneTask(job.em, core, zone, DnsTask.putSecondary, zone.secondary);
    if (zone.leaving)
      queueZoneTask(job.em, core, zone, zone.leavingPrimary ? DnsTask.putZone : DnsTask.putSecondary, zone.leaving);
  },
});

/**
 * The grace time of a move is over: this server stops serving the zone, unless it serves it again
 * (moved back) or is still the leaving one of a later move; then the primary drops it from its peers.
 */
const dropLeaving = (core: Pick<Core, 'tasks'>, links: ServerLinks): TaskHandler => ({
  kind: DnsTask.dropLeaving,
  async run(job) {
    const p = payload<ZonePayload>(job);
    const zone = await job.em.findOne(Zone, { id: p.zoneId });
    const server = job.server!;
    if (zone?.leaving?.id === server.id) {
      // Left again by a later move since this drop was queued: that move's drop comes when its grace ends.
      if (zone.leavingUntil && zone.leavingUntil.getTime() > Date.now()) return;
      zone.leaving = null;
      zone.leavingPrimary = false;
      zone.leavingUntil = null;
      await job.em.flush(); // the zone lists below read the rows
    }
    const zones = await zoneListFor(job.em, server);
    const listed = zones.some((z) => z.name === p.name);
    await (await driver(job, links)).apply({ zones, remove: listed ? [] : [p.name] });
    // The primary stops notifying this server (a secondary copy was among its peers).
    if (zone && zone.state === ProvisionState.ACTIVE && zone.primary.id !== server.id && !listed)
      queueZoneTask(job.em, core, zone, DnsTask.putZone, zone.primary);
  },
});

const removeZone = (core: Pick<Core, 'tasks'>, links: ServerLinks): TaskHandler => ({
  kind: DnsTask.removeZone,
  async run(job) {
    const p = payload<RemoveZonePayload>(job);
    const zone = await job.em.findOne(Zone, { id: p.zoneId });
    if (zone && zone.state !== ProvisionState.DELETING) return; // not being deleted (any more)
    await (await driver(job, links)).apply({ zones: await zoneListFor(job.em, job.server!), remove: [p.name] });
    if (p.next != null) {
      core.tasks.enqueue(job.em, {
        kind: DnsTask.removeZone,
        payload: { ...p, next: null },
        server: job.em.getReference('LogicalServer', p.next) as never,
        account: zone?.account ?? null,
        reseller: zone?.reseller ?? null,
        subject: `zone ${p.name}`,
      });
      return;
    }
    if (!zone) return;
    // A server the zone was moving away from drops it now too, not when the move's grace time ends.
    if (zone.leaving) queueZoneTask(job.em, core, zone, DnsTask.dropLeaving, zone.leaving);
    await job.em.nativeDelete(ResourceRecord, { zone: zone.id });
    job.em.remove(await job.em.find(Domain, { zone: zone.id, state: ProvisionState.DELETING }));
    job.em.remove(zone);
  },
});

/** The DNS task handlers; those that chain a next task enqueue it on `core.tasks`. */
export function dnsHandlers(core: Pick<Core, 'tasks'>, links: ServerLinks): TaskHandler[] {
  return [
    putZone(core, links),
    putSecondary(links),
    moveZone(core, links),
    dropLeaving(core, links),
    removeZone(core, links),
  ];
}
