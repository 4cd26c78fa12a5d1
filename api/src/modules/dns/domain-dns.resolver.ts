import { Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../graphql/context';
import { ListBound } from '../../graphql/list-bound';
import { perRequest } from '../../graphql/memo';
import { unscoped } from '../../db/scope';
import { Domain, OWN_ZONE } from '../domains';
import type { DnsService } from './dns.service';
import { MAX_RECORDS_PER_DOMAIN, RecordType } from './enums';
import { ResourceRecord } from './resource-record.entity';
import { Zone } from './zone.entity';

/**
 * The zone of a domain (its own, or the service zone), once per request: the domain's state (a
 * part dns registers with domains) and its `zone` field read the same row.
 */
export function zoneOfDomain(ctx: Ctx, domain: Domain): Promise<Zone | null> {
  return perRequest(ctx, `domain-zone:${domain.id}`, async () =>
    domain.zone
      ? ctx.em.findOne(
          Zone,
          { id: domain.zone.id },
          unscoped('the domain’s zone may be the service zone, which belongs to no account'),
        )
      : null,
  );
}

/** What dns adds to a domain in the API: its zone, the name servers to set, its records. */
@Resolver(() => Domain)
export class DomainDnsResolver {
  constructor(private readonly api: { dns: DnsService }) {}

  @FieldResolver(() => Zone, {
    nullable: true,
    description: 'Its own DNS zone (OWN and PARKED); null for names in the service zone and for web space.',
  })
  async zone(@Context() ctx: Ctx, @Root() domain: Domain): Promise<Zone | null> {
    if (!OWN_ZONE.has(domain.kind)) return null;
    return zoneOfDomain(ctx, domain);
  }

  @FieldResolver(() => [String], {
    description: 'The name servers to set at the registrar (OWN and PARKED); empty otherwise.',
  })
  async nameServers(@Context() ctx: Ctx, @Root() domain: Domain): Promise<string[]> {
    if (!domain.zone || !OWN_ZONE.has(domain.kind)) return [];
    const ns = await ctx.em.find(
      ResourceRecord,
      { zone: domain.zone.id, name: '@', type: RecordType.NS, managed: true },
      { orderBy: { id: 'asc' } },
    );
    return ns.map((r) => r.value);
  }

  @ListBound(MAX_RECORDS_PER_DOMAIN)
  @FieldResolver(() => [ResourceRecord], {
    description: `Its DNS records, apex first: the whole zone for OWN and PARKED, its own names for names under the service domain (at most ${MAX_RECORDS_PER_DOMAIN}).`,
  })
  records(@Context() ctx: Ctx, @Root() domain: Domain): Promise<ResourceRecord[]> {
    return this.api.dns.records(ctx, domain);
  }
}
