/**
 * Moving an account's zones from one name server to another of the same group (SRV beyond). A zone
 * lives on two servers; the new one takes the old one's place (as primary or secondary) and its NS
 * record. Nothing is copied by hand: the primary renders the zone from its rows, secondaries
 * transfer it. The old server keeps serving the zone in its old role (a primary gets the same
 * text as the new primary; a secondary transfers from the primary) for
 * DNS_MOVE_GRACE_SECONDS (resolvers follow cached NS records and the registrar's delegation until
 * the customer updates it), then drops it.
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { systemEm } from '../../db/scope';
import { conflict, notFound } from '../../errors';
import type { Ctx } from '../../graphql/context';
import type { Core } from '../../module';
import { ProvisionState } from '../../tasks/provision-state';
import { Account } from '../accounts';
import { LogicalServer, moveTarget, ServerKind } from '../servers';
import { DnsTask } from './dns.tasks';
import { RecordType } from './enums';
import { assertCanServeZones, nameServerOf } from './name-servers';
import { ResourceRecord } from './resource-record.entity';
import { serviceDomainFor } from './service-zone';
import { dnsSettingsOf } from './settings';
import { queueZoneTask, zoneChanged } from './zone-changes';
import { Zone } from './zone.entity';

@ObjectType({ description: 'A move of an account’s zones from one name server to another, as queued.' })
export class ZoneMove {
  @Field(() => ID)
  accountId!: number;

  @Field(() => String, { description: 'The server the zones leave (it serves them until the grace time ends).' })
  from!: string;

  @Field(() => String, { description: 'The server that takes its place.' })
  to!: string;

  @Field(() => Int, { description: 'Zones moved.' })
  zones!: number;

  @Field(() => String, { description: 'The name server the customer now sets at the registrar instead of `was`.' })
  nameServer!: string;

  @Field(() => String, { description: 'The name server it replaces in the zones’ NS records.' })
  was!: string;

  @Field(() => Date, { description: 'When the old server stops serving the zones.' })
  until!: Date;
}

export class ZoneMoves {
  constructor(private readonly core: Pick<Core, 'tasks' | 'config'>) {}

  /** Queues the move of `accountId`'s zones on DNS server `fromId` to `toId` (master admin). */
  async move(ctx: Ctx, accountId: number, fromId: number, toId: number): Promise<ZoneMove> {
    const em = systemEm(ctx.em, 'the master admin moves any company’s account between servers');
    const until = new Date(Date.now() + dnsSettingsOf.of(this.core.config).moveGraceMs);
    const result = await em.transactional(async (tx) => {
      const account = await tx.findOne(Account, { id: accountId });
      if (!account) throw notFound('Account');
      const from = await tx.findOne(LogicalServer, { id: fromId });
      if (!from) throw notFound('Logical server');
      if (from.kind !== ServerKind.DNS) throw conflict(`${from.name} is a ${from.kind} server, not DNS`);
      const to = await moveTarget(tx, { from, toId, kind: ServerKind.DNS, what: 'the zones' });
      await assertCanServeZones(tx, to);
      const zones = await tx.find(
        Zone,
        { account: accountId, $or: [{ primary: from.id }, { secondary: from.id }] },
        { populate: ['primary', 'secondary', 'leaving'], orderBy: { name: 'asc' } },
      );
      if (!zones.length) throw conflict(`account ${accountId} has no zones on ${from.name}; nothing to move`);
      for (const zone of zones) {
        if (zone.state !== ProvisionState.ACTIVE)
          throw conflict(`zone ${zone.name} is ${zone.state.toLowerCase()}; move the account once it is active`);
        if (zone.primary.id === to.id || zone.secondary?.id === to.id)
          throw conflict(`${to.name} serves zone ${zone.name} already; choose a server that does not`);
      }
      let was = '';
      let nameServer = '';
      for (const zone of zones) {
        const svc = await serviceDomainFor(tx, zone.reseller);
        [was, nameServer] = [nameServerOf(from, svc), nameServerOf(to, svc)];
        for (const ns of await tx.find(ResourceRecord, {
          zone: zone.id,
          name: '@',
          type: RecordType.NS,
          managed: true,
          value: was,
        }))
          ns.value = nameServer;
        // A server still leaving from an earlier move stops now: one leaving copy at a time.
        if (zone.leaving && zone.leaving.id !== to.id)
          queueZoneTask(tx, this.core, zone, DnsTask.dropLeaving, zone.leaving);
        zone.leavingPrimary = zone.primary.id === from.id; // it keeps its role while it leaves
        if (zone.leavingPrimary) zone.primary = to;
        else zone.secondary = to;
        zone.leaving = from;
        zone.leavingUntil = until;
        zoneChanged(tx, this.core, zone, DnsTask.moveZone); // a new serial; the primary writes it, then the copies
        queueZoneTask(tx, this.core, zone, DnsTask.dropLeaving, from, until);
      }
      return { accountId, from: from.name, to: to.name, zones: zones.length, nameServer, was, until };
    });
    this.core.tasks.notify();
    ctx.log.info({ ...result, by: ctx.viewer?.userId }, 'account’s zones moving');
    return result;
  }
}
