import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context';
import type { Core } from '../../module';
import { badInput, conflict, notFound } from '../../errors';
import { ProvisionState } from '../../tasks/provision-state';
import { provisioningChange } from '../../tasks/provisioning-change';
import { Domain, DomainKind } from '../domains';
import { recordData } from './record-data';
import { MAX_RECORDS_PER_DOMAIN, RecordType } from './enums';
import { ResourceRecord } from './resource-record.entity';
import type { Zone } from './zone.entity';
import { lockZone, zoneChanged } from './zone-changes';
import { parseZoneFile, type ImportLine } from '../../drivers/dns/zone/import';
import type { RecordData, RecordInputLike } from '../../drivers/dns/zone/types';
import { checkConflicts, normalizeRecord } from '../../drivers/dns/zone/validate';
import { unscoped } from '../../db/scope';

export interface ImportOutcome {
  added: ResourceRecord[];
  skipped: ImportLine[];
  rejected: ImportLine[];
}

/**
 * Records of a domain (DNS-4): for an own or parked domain, its zone; for a name under the service
 * domain, the records at and below that name in the service zone. Every change checks the record
 * (drivers/dns/zone/validate.ts) and its neighbours (CNAME rules, duplicates), raises the zone's serial and
 * queues its reload, in one transaction.
 */
export class DnsService {
  constructor(private readonly core: Pick<Core, 'tasks'>) {}

  /** The domain's records, apex first. */
  async records(ctx: Ctx, domain: Domain): Promise<ResourceRecord[]> {
    if (!domain.zone) return [];
    const where =
      domain.kind === DomainKind.OWN || domain.kind === DomainKind.PARKED
        ? { zone: domain.zone.id }
        : { zone: domain.zone.id, domain: domain.id };
    const found = await ctx.em.find(ResourceRecord, where, { orderBy: { name: 'asc', type: 'asc', id: 'asc' } });
    return found.sort((a, b) => (a.name === '@' ? -1 : b.name === '@' ? 1 : 0));
  }

  async add(ctx: Ctx, domainId: number, input: RecordInputLike): Promise<ResourceRecord> {
    return this.change(ctx, domainId, async (em, domain, zone, existing) => {
      const data = normalizeRecord(zone.name, domain.name!, input);
      assertNoConflicts(zone, existing.map(recordData), data);
      if (recordsOf(domain, existing) >= MAX_RECORDS_PER_DOMAIN)
        throw conflict(`A domain holds at most ${MAX_RECORDS_PER_DOMAIN} DNS records; delete one first`);
      return em.create(ResourceRecord, {
        ...data,
        type: data.type as RecordType,
        reseller: domain.reseller,
        account: domain.account,
        zone,
        domain,
      });
    });
  }

  async update(ctx: Ctx, id: number, input: RecordInputLike): Promise<ResourceRecord> {
    const record = await this.editable(ctx, id);
    return this.change(ctx, record.domain!.id, async (_em, domain, zone, existing) => {
      const data = normalizeRecord(zone.name, domain.name!, input);
      const index = existing.findIndex((r) => r.id === record.id);
      assertNoConflicts(zone, existing.map(recordData), data, index);
      Object.assign(record, { ...data, type: data.type as RecordType });
      return record;
    });
  }

  async delete(ctx: Ctx, id: number): Promise<boolean> {
    const record = await this.editable(ctx, id);
    await this.change(ctx, record.domain!.id, async (em) => {
      em.remove(record);
      return record;
    });
    return true;
  }

  /** Takes the records of a pasted BIND zone file that are valid and fit the zone; reports the lines it left out. */
  async import(ctx: Ctx, domainId: number, text: string): Promise<ImportOutcome> {
    if (text.length > 1_000_000) throw badInput([{ field: 'text', message: 'must be at most 1,000,000 characters' }]);
    let outcome: ImportOutcome = { added: [], skipped: [], rejected: [] };
    await this.change(ctx, domainId, async (em, domain, zone, existing) => {
      if (domain.kind !== DomainKind.OWN && domain.kind !== DomainKind.PARKED)
        throw conflict('Only a domain with its own zone can import a zone file');
      const parsed = parseZoneFile(zone.name, text);
      const have = existing.map(recordData);
      const rejected = [...parsed.rejected];
      const added: ResourceRecord[] = [];
      const room = MAX_RECORDS_PER_DOMAIN - recordsOf(domain, existing);
      parsed.records.forEach((data, i) => {
        const problems = checkConflicts(zone.name, have, data);
        if (!problems.length && added.length >= room)
          problems.push({ field: 'text', message: `a domain holds at most ${MAX_RECORDS_PER_DOMAIN} DNS records` });
        if (problems.length) {
          rejected.push({
            line: parsed.lines[i] ?? 0,
            text: describe(zone, data),
            reason: problems.map((p) => p.message).join('; '),
          });
          return;
        }
        have.push(data);
        added.push(
          em.create(ResourceRecord, {
            ...data,
            type: data.type as RecordType,
            reseller: domain.reseller,
            account: domain.account,
            zone,
            domain,
          }),
        );
      });
      outcome = { added, skipped: parsed.skipped, rejected: rejected.sort((a, b) => a.line - b.line) };
      return added.length ? added : null;
    });
    return outcome;
  }

  /** A record the viewer may change: visible to them, not one of the panel's own. */
  private async editable(ctx: Ctx, id: number): Promise<ResourceRecord> {
    const record = await ctx.em.findOne(ResourceRecord, { id });
    if (!record) throw notFound('DNS record');
    if (record.managed) throw conflict('This record is kept by the panel (name servers); it cannot be changed');
    if (!record.domain) throw notFound('DNS record');
    return record;
  }

  /**
   * Runs one change of a domain's records in a transaction with the zone row locked; when `work`
   * returns something, the serial goes up and the zone is queued for reload.
   */
  private async change<T>(
    ctx: Ctx,
    domainId: number,
    work: (em: EntityManager, domain: Domain, zone: Zone, existing: ResourceRecord[]) => Promise<T | null>,
  ): Promise<T> {
    const result = await provisioningChange(
      ctx,
      this.core.tasks,
      async (em) => {
        const domain = await em.findOne(Domain, { id: domainId });
        if (!domain) throw notFound('Domain');
        if (!domain.zone || !domain.name) throw conflict('This domain has no DNS records (web space without a domain)');
        if (domain.state === ProvisionState.DELETING) throw conflict(`${domain.name} is being deleted`);
        const zone = await lockZone(em, domain.zone.id);
        if (!zone) throw notFound('Zone');
        if (zone.state === ProvisionState.DELETING) throw conflict(`The zone of ${domain.name} is being deleted`);
        // Conflicts are judged against every record at the zone, whoever's (the service zone is shared).
        const existing = await em.find(
          ResourceRecord,
          { zone: zone.id },
          {
            ...unscoped(
              'conflicts are judged against every record at the zone, whoever’s (the service zone is shared)',
            ),
            orderBy: { id: 'asc' },
          },
        );
        const changed = await work(em, domain, zone, existing);
        if (changed !== null) zoneChanged(em, this.core, zone);
        return changed;
      },
      () => conflict('The record changed meanwhile; try again'),
    );
    return result as T;
  }
}

/** Records a domain shows: the whole zone for its own zone, its own names in the shared service zone. */
function recordsOf(domain: Domain, zoneRecords: ResourceRecord[]): number {
  const wholeZone = domain.kind === DomainKind.OWN || domain.kind === DomainKind.PARKED;
  return wholeZone ? zoneRecords.length : zoneRecords.filter((r) => r.domain?.id === domain.id).length;
}

function assertNoConflicts(zone: Zone, existing: RecordData[], data: RecordData, replacing?: number): void {
  const problems = checkConflicts(zone.name, existing, data, replacing === -1 ? undefined : replacing);
  if (problems.length) throw badInput(problems);
}

function describe(zone: Zone, r: RecordData): string {
  return `${r.name === '@' ? zone.name : `${r.name}.${zone.name}`} ${r.type} ${r.value}`;
}
