import type { EntityManager } from '@mikro-orm/core';
import { Arg, Ctx as Context, Mutation, Resolver } from 'type-graphql';
import { z } from 'zod';
import { unscoped } from '../db/scope';
import { badInput, conflict, parseOptionalId, validate } from '../errors';
import { Access } from '../graphql/access';
import type { Ctx } from '../graphql/context';
import { canonicalIp } from '../ip';
import type { Areas, Core } from '../module';
import { provisioningChange } from '../tasks/provisioning-change';
import { accountForViewer, type Account } from '../modules/accounts';
import { FIX, setupProblem } from '../modules/alerts';
import {
  addHostedDefaults,
  addParkedDefaults,
  addServiceZoneName,
  ensureServiceZone,
  newZone,
  publicAddressOf,
  serviceDomainFor,
  zoneChanged,
  type ZoneDeps,
} from '../modules/dns';
import {
  AddDomainInput,
  checkDomainName,
  checkThirdLevelLabel,
  Domain,
  DomainKind,
  domainsModule,
  type DomainService,
} from '../modules/domains';
import { assertWithinLimit, ResourceKind } from '../modules/plans';
import { quotasModule, type QuotaService } from '../modules/quotas';
import { Reseller } from '../modules/resellers';
import { serversModule, ServerKind, type PlacementService } from '../modules/servers';
import { createSite, WebSite } from '../modules/web';

/**
 * Adding a domain (UAD-3, UAD-4): each way of setting one up writes its rows (domains: the domain;
 * dns: its zone or its records in the service zone; web: its site) and the tasks that put them on
 * the servers, in one transaction, then wakes the worker.
 */

const addSchema = z.object({
  accountId: z.number().int().positive().nullish(),
  kind: z.enum(DomainKind),
  name: z.string().max(300, 'must be at most 300 characters').nullish(),
  targetAddress: z.string().max(64).nullish(),
});

export class AddDomainFlow {
  private readonly domains: DomainService;
  private readonly placement: PlacementService;
  private readonly quotas: QuotaService;
  /** What making zones needs: the task engine, and placement for the name servers. */
  private readonly zones: ZoneDeps;

  constructor(
    private readonly core: Pick<Core, 'tasks'>,
    areas: Areas,
  ) {
    this.domains = areas.get(domainsModule).domains;
    this.placement = areas.get(serversModule).placement;
    this.quotas = areas.get(quotasModule).quotas;
    this.zones = { tasks: core.tasks, placement: this.placement };
  }

  async add(ctx: Ctx, input: unknown): Promise<Domain> {
    const v = validate(addSchema, input);
    const result = await this.inTransaction(ctx, async (em) => {
      const account = await accountForViewer(ctx, em, v.accountId ?? null, { forUpdate: true, inService: true });
      const reseller = await em.findOneOrFail(
        Reseller,
        { id: account.reseller.id },
        unscoped('the company of the account in hand, for its service domain'),
      );
      // Web space without a domain is a site, not a domain; every other kind is a domain, and all but PARKED get a site.
      if (v.kind !== DomainKind.NO_DOMAIN) {
        await assertWithinLimit(
          em,
          account,
          ResourceKind.DOMAIN,
          await em.count(Domain, { account: account.id, kind: { $ne: DomainKind.NO_DOMAIN } }),
        );
        await this.quotas.assertWithinQuota(em, account.reseller.id, ResourceKind.DOMAIN);
      }
      if (v.kind !== DomainKind.PARKED) {
        await assertWithinLimit(em, account, ResourceKind.WEB_SITE, await em.count(WebSite, { account: account.id }));
        await this.quotas.assertWithinQuota(em, account.reseller.id, ResourceKind.WEB_SITE);
      }
      switch (v.kind) {
        case DomainKind.OWN:
        case DomainKind.PARKED:
          return this.addWithZone(em, account, reseller, v.kind, v.name ?? '', v.targetAddress ?? null);
        case DomainKind.THIRD_LEVEL:
          return this.addUnderServiceDomain(em, account, reseller, v.name ?? '');
        case DomainKind.INSTANT:
          return this.addUnderServiceDomain(em, account, reseller, null);
        case DomainKind.NO_DOMAIN:
          return this.addWebSpace(em, account, reseller);
      }
    });
    return result;
  }

  // OWN and PARKED: a zone of their own on two name servers.
  private async addWithZone(
    em: EntityManager,
    account: Account,
    reseller: Reseller,
    kind: DomainKind,
    typed: string,
    target: string | null,
  ): Promise<Domain> {
    const checked = checkDomainName(typed, { registrable: true });
    if (!checked.ok) throw badInput([{ field: 'name', message: checked.message }]);
    const name = checked.ascii;
    const targetIp = target ? canonicalIp(target.trim()) : null;
    if (target && kind === DomainKind.PARKED && !targetIp)
      throw badInput([{ field: 'targetAddress', message: 'must be an IPv4 or IPv6 address' }]);
    await this.domains.assertNameFree(em, name, 'own');
    const svc = await serviceDomainFor(em, reseller);

    const zone = await newZone(em, this.zones, { name, reseller, account });
    const domain = em.create(Domain, { reseller, account, kind, name, zone });
    if (kind === DomainKind.PARKED) {
      addParkedDefaults(em, { zone, account, domain }, targetIp);
      return domain;
    }
    const web = await this.placement.place(em, account, ServerKind.WEB);
    const address = await publicAddressOf(em, web);
    addHostedDefaults(em, { zone, account, domain }, address);
    const serverNames = [name, `www.${name}`];
    if (svc) {
      // An instant-access alias reaches the site before the registrar points the domain here.
      const serviceZone = await ensureServiceZone(em, this.zones, svc);
      const label = await this.domains.freeInstantLabel(em, account, svc.domain);
      domain.instantAlias = `${label}.${svc.domain}`;
      serverNames.push(domain.instantAlias);
      addServiceZoneName(em, { zone: serviceZone.zone, account, domain }, label, address, false);
      if (!serviceZone.created) zoneChanged(em, this.core, serviceZone.zone);
    }
    await createSite(em, this.core, { reseller, account, domain, server: web, directory: name, serverNames });
    return domain;
  }

  // THIRD_LEVEL (label given) and INSTANT (label generated): records in the service zone.
  private async addUnderServiceDomain(
    em: EntityManager,
    account: Account,
    reseller: Reseller,
    typed: string | null,
  ): Promise<Domain> {
    const svc = await serviceDomainFor(em, reseller);
    if (!svc) {
      throw setupProblem({
        key: 'SERVICE_DOMAIN',
        message: `${reseller.name} has no service domain yet, so third-level and instant-access names are not available: set one on Settings → DNS`,
        fixPath: FIX.settings,
        company: { resellerId: reseller.id },
      });
    }
    let label: string;
    if (typed === null) {
      label = await this.domains.freeInstantLabel(em, account, svc.domain);
    } else {
      const checked = checkThirdLevelLabel(
        typed.replace(new RegExp(`\\.${svc.domain.replace(/\./g, '\\.')}\\.?$`, 'i'), ''),
      );
      if (!checked.ok) throw badInput([{ field: 'name', message: checked.message }]);
      label = checked.label;
    }
    const name = `${label}.${svc.domain}`;
    await this.domains.assertNameFree(em, name, null);
    const serviceZone = await ensureServiceZone(em, this.zones, svc);
    const web = await this.placement.place(em, account, ServerKind.WEB);
    const address = await publicAddressOf(em, web);
    const kind = typed === null ? DomainKind.INSTANT : DomainKind.THIRD_LEVEL;
    const domain = em.create(Domain, { reseller, account, kind, name, zone: serviceZone.zone });
    addServiceZoneName(
      em,
      { zone: serviceZone.zone, account, domain },
      label,
      address,
      kind === DomainKind.THIRD_LEVEL,
    );
    if (!serviceZone.created) zoneChanged(em, this.core, serviceZone.zone);
    const serverNames = kind === DomainKind.THIRD_LEVEL ? [name, `www.${name}`] : [name];
    await createSite(em, this.core, { reseller, account, domain, server: web, directory: name, serverNames });
    return domain;
  }

  // NO_DOMAIN: web space only, one per account.
  private async addWebSpace(em: EntityManager, account: Account, reseller: Reseller): Promise<Domain> {
    if (await em.count(Domain, { account: account.id, kind: DomainKind.NO_DOMAIN }))
      throw conflict('The account already has web space without a domain');
    const web = await this.placement.place(em, account, ServerKind.WEB);
    const domain = em.create(Domain, { reseller, account, kind: DomainKind.NO_DOMAIN });
    await createSite(em, this.core, { reseller, account, domain, server: web, directory: 'web', serverNames: [] });
    return domain;
  }

  private inTransaction<T>(ctx: Ctx, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return provisioningChange(ctx, this.core.tasks, work, () =>
      badInput([{ field: 'name', message: 'is already hosted here' }]),
    );
  }
}

@Resolver(() => Domain)
export class AddDomainResolver {
  constructor(private readonly api: { addDomain: AddDomainFlow }) {}

  @Access('user')
  @Mutation(() => Domain, {
    description:
      'Adds a domain in one of the ways of DomainKind; its zone and site are created by tasks (state QUEUED, then ACTIVE). CONFLICT at the account’s limit or when no server has room.',
  })
  addDomain(@Context() ctx: Ctx, @Arg('input', () => AddDomainInput) input: AddDomainInput): Promise<Domain> {
    return this.api.addDomain.add(ctx, { ...input, accountId: parseOptionalId(input.accountId, 'accountId') });
  }
}
