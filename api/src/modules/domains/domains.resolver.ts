import { domainToUnicode } from 'node:url';
import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId, parseOptionalId } from '../../errors';
import { perRequest } from '../../graphql/memo';
import { Account } from '../accounts/account.entity';
import { accountOf } from '../accounts/account-for';
import { MAX_RECORDS_PER_DOMAIN, RecordType } from '../dns/enums';
import { ResourceRecord } from '../dns/resource-record.entity';
import { Zone } from '../dns/zone.entity';
import { WebSite } from '../web/web-site.entity';
import { Domain } from './domain.entity';
import { loadParts, OWN_ZONE, stateOf, type DomainParts } from './domain-state';
import { ProvisionState } from '../../tasks/provision-state';
import { AddDomainInput } from './domains.inputs';
import { ListBound } from '../../graphql/list-bound';

/** A domain's zone and site, once per request: its state and the fields beside it read the same rows. */
const partsOf = (ctx: Ctx, domain: Domain): Promise<DomainParts> =>
  perRequest(ctx, `domain-parts:${domain.id}`, () => loadParts(ctx.em, domain));

@Resolver(() => Domain)
export class DomainsResolver {
  @Access('user')
  @ListBound(200)
  @Query(() => [Domain], {
    description: 'Domains of an account you own or manage (default: your active account), oldest first; the first 200.',
  })
  domains(
    @Context() ctx: Ctx,
    @Arg('accountId', () => ID, { nullable: true }) accountId?: string | null,
  ): Promise<Domain[]> {
    return ctx.services.domains.list(ctx, parseOptionalId(accountId, 'accountId'));
  }

  @Access('user')
  @Query(() => Domain, { description: 'One domain you own or manage. NOT_FOUND otherwise.' })
  domain(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Domain> {
    return ctx.services.domains.get(ctx, parseId(id));
  }

  @Access('user')
  @Mutation(() => Domain, {
    description:
      'Adds a domain in one of the ways of DomainKind; its zone and site are created by tasks (state QUEUED, then ACTIVE). CONFLICT at the account’s limit or when no server has room.',
  })
  addDomain(@Context() ctx: Ctx, @Arg('input', () => AddDomainInput) input: AddDomainInput): Promise<Domain> {
    return ctx.services.domains.add(ctx, { ...input, accountId: parseOptionalId(input.accountId, 'accountId') });
  }

  @Access('user')
  @Mutation(() => Domain, {
    description:
      'Queues the domain’s removal: its web site first, then its records and zone (state DELETING; the row goes at the end).',
  })
  deleteDomain(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Domain> {
    return ctx.services.domains.delete(ctx, parseId(id));
  }

  @FieldResolver(() => ProvisionState, {
    description:
      'QUEUED until its zone (or service-zone records) and site are in place, then ACTIVE; FAILED if one of them failed for good; DELETING while they are removed.',
  })
  async state(@Context() ctx: Ctx, @Root() domain: Domain): Promise<ProvisionState> {
    return stateOf(domain, await partsOf(ctx, domain));
  }

  @FieldResolver(() => String, { nullable: true, description: 'The name as people read it (Unicode for IDN).' })
  unicodeName(@Root() domain: Domain): string | null {
    return domain.name ? domainToUnicode(domain.name) || domain.name : null;
  }

  @FieldResolver(() => Account)
  account(@Context() ctx: Ctx, @Root() domain: Domain): Promise<Account> {
    return accountOf(ctx, domain);
  }

  @FieldResolver(() => WebSite, { nullable: true, description: 'Its web site; null for a parked domain.' })
  async site(@Context() ctx: Ctx, @Root() domain: Domain): Promise<WebSite | null> {
    return (await partsOf(ctx, domain)).site;
  }

  @FieldResolver(() => Zone, {
    nullable: true,
    description: 'Its own DNS zone (OWN and PARKED); null for names in the service zone and for web space.',
  })
  async zone(@Context() ctx: Ctx, @Root() domain: Domain): Promise<Zone | null> {
    if (!OWN_ZONE.has(domain.kind)) return null;
    return (await partsOf(ctx, domain)).zone;
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
    return ctx.services.dns.records(ctx, domain);
  }
}
