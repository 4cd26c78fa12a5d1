import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId } from '../../errors';
import { DnsRecordInput, DnsSettings, ZoneImportResult } from './dns.inputs';
import { dnsSettings, setServiceDomain } from './dns-settings';
import type { DnsService } from './dns.service';
import { ResourceRecord } from './resource-record.entity';
import { Zone } from './zone.entity';
import { HOST_TARGET_TYPES } from '../../drivers/dns/zone/types';
import { unscoped } from '../../db/scope';

@Resolver(() => ResourceRecord)
export class DnsRecordsResolver {
  constructor(private readonly api: { dns: DnsService }) {}

  @Access('user')
  @Mutation(() => ResourceRecord, {
    description:
      'Adds a record to a domain (its zone, or its names in the service zone); the zone’s serial goes up and it is reloaded. BAD_USER_INPUT names each wrong field.',
  })
  addDnsRecord(
    @Context() ctx: Ctx,
    @Arg('domainId', () => ID) domainId: string,
    @Arg('input', () => DnsRecordInput) input: DnsRecordInput,
  ): Promise<ResourceRecord> {
    return this.api.dns.add(ctx, parseId(domainId, 'domainId'), input);
  }

  @Access('user')
  @Mutation(() => ResourceRecord, {
    description: 'Replaces a record. Records the panel manages (managed: true) cannot be changed.',
  })
  updateDnsRecord(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => DnsRecordInput) input: DnsRecordInput,
  ): Promise<ResourceRecord> {
    return this.api.dns.update(ctx, parseId(id), input);
  }

  @Access('user')
  @Mutation(() => Boolean, { description: 'Deletes a record. Records the panel manages cannot be deleted.' })
  deleteDnsRecord(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<boolean> {
    return this.api.dns.delete(ctx, parseId(id));
  }

  @Access('user')
  @Mutation(() => ZoneImportResult, {
    description:
      'Adds the records of a pasted BIND zone file to an own or parked domain; lines it cannot take are reported, not fatal.',
  })
  importZoneFile(
    @Context() ctx: Ctx,
    @Arg('domainId', () => ID) domainId: string,
    @Arg('text', () => String) text: string,
  ): Promise<ZoneImportResult> {
    return this.api.dns.import(ctx, parseId(domainId, 'domainId'), text);
  }

  @FieldResolver(() => String, { description: 'The record’s full name, e.g. www.example.com.' })
  async fqdn(@Context() ctx: Ctx, @Root() record: ResourceRecord): Promise<string> {
    const zone = await ctx.em.findOneOrFail(
      Zone,
      { id: record.zone.id },
      unscoped('the zone of a record the viewer may see; it may be the service zone, which belongs to no account'),
    );
    return record.name === '@' ? zone.name : `${record.name}.${zone.name}`;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'CNAME, MX, NS, SRV: the host the record points at as a full name with its final dot, as the zone serves it (e.g. "mx0.example.com."); null for other types.',
  })
  target(@Root() record: ResourceRecord): string | null {
    return (HOST_TARGET_TYPES as readonly string[]).includes(record.type) ? `${record.value}.` : null;
  }
}

@Resolver(() => DnsSettings)
export class DnsSettingsResolver {
  @Access('admin')
  @Query(() => DnsSettings, { description: 'Your company’s service domain and the name servers zones are served by.' })
  dnsSettings(@Context() ctx: Ctx): Promise<DnsSettings> {
    return dnsSettings(ctx);
  }

  @Access('admin')
  @Mutation(() => DnsSettings, {
    description: 'Sets your company’s service domain (DNS-1). It can change only until names have been made under it.',
  })
  setServiceDomain(
    @Context() ctx: Ctx,
    @Arg('serviceDomain', () => String) serviceDomain: string,
  ): Promise<DnsSettings> {
    return setServiceDomain(ctx, serviceDomain);
  }
}
