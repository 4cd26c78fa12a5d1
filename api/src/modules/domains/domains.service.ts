import { assertWithinLimit } from '../plans/limits';
import { ResourceKind } from '../plans/enums';
import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { z } from 'zod';
import type { Ctx } from '../../graphql/context';
import { badInput, conflict, notFound, validate } from '../../errors';
import { ProvisionState } from '../../tasks/provision-state';
import { provisioningChange } from '../../tasks/provisioning-change';
import type { Account } from '../accounts/account.entity';
import { accountForViewer } from '../accounts/account-for';
import { FIX, setupProblem } from '../alerts';
import { publicAddressOf } from '../dns/name-servers';
import { ensureServiceZone, serviceDomainFor } from '../dns/service-zone';
import { newZone, zoneChanged } from '../dns/zone-changes';
import { Reseller } from '../resellers/reseller.entity';
import { ServerKind } from '../servers/enums';
import { canonicalIp } from '../servers/servers.validation';
import { WebSite } from '../web/web-site.entity';
import { queuePutSite, queueRemoveSite } from '../web/web-site-tasks';
import { addHostedDefaults, addParkedDefaults, addServiceZoneName } from './default-records';
import { Domain } from './domain.entity';
import { continueRemoval } from './domain-removal';
import { checkDomainName, checkThirdLevelLabel, isAtOrUnder } from './domain-names';
import { DomainKind } from './enums';
import { unscoped } from '../../db/scope';

const addSchema = z.object({
  accountId: z.number().int().positive().nullish(),
  kind: z.enum(DomainKind),
  name: z.string().max(300, 'must be at most 300 characters').nullish(),
  targetAddress: z.string().max(64).nullish(),
});

/**
 * Domains of accounts (UAD-3, UAD-4): each way of setting one up writes its rows (domain, zone or
 * service-zone records, web site) and the tasks that put them on the servers, in one transaction.
 */
export class DomainService {
  async list(ctx: Ctx, accountId: number | null): Promise<Domain[]> {
    const account = await accountForViewer(ctx, ctx.em, accountId);
    return ctx.em.find(Domain, { account: account.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  async get(ctx: Ctx, id: number): Promise<Domain> {
    const domain = await ctx.em.findOne(Domain, { id });
    if (!domain) throw notFound('Domain');
    return domain;
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
      }
      if (v.kind !== DomainKind.PARKED) {
        await assertWithinLimit(em, account, ResourceKind.WEB_SITE, await em.count(WebSite, { account: account.id }));
      }
      switch (v.kind) {
        case DomainKind.OWN:
        case DomainKind.PARKED:
          return this.addWithZone(ctx, em, account, reseller, v.kind, v.name ?? '', v.targetAddress ?? null);
        case DomainKind.THIRD_LEVEL:
          return this.addUnderServiceDomain(ctx, em, account, reseller, v.name ?? '');
        case DomainKind.INSTANT:
          return this.addUnderServiceDomain(ctx, em, account, reseller, null);
        case DomainKind.NO_DOMAIN:
          return this.addWebSpace(ctx, em, account, reseller);
      }
    });
    return result;
  }

  /** Queues the domain's removal: its site first (never a vhost without its domain), then its records or zone. */
  async delete(ctx: Ctx, id: number): Promise<Domain> {
    return this.inTransaction(ctx, async (em) => {
      const domain = await em.findOne(Domain, { id });
      if (!domain) throw notFound('Domain');
      if (domain.state === ProvisionState.DELETING)
        throw conflict(`${domain.name ?? 'The web space'} is already being deleted`);
      domain.state = ProvisionState.DELETING;
      const site = await em.findOne(WebSite, { domain: domain.id }, { populate: ['server'] });
      if (site) queueRemoveSite(em, ctx.services, site);
      else await continueRemoval(em, ctx.services, domain);
      return domain;
    });
  }

  // OWN and PARKED: a zone of their own on two name servers.
  private async addWithZone(
    ctx: Ctx,
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
    await this.assertNameFree(em, name, 'own');
    const svc = await serviceDomainFor(em, reseller);

    const zone = await newZone(em, ctx.services, { name, reseller, account });
    const domain = em.create(Domain, { reseller, account, kind, name, zone });
    if (kind === DomainKind.PARKED) {
      addParkedDefaults(em, { zone, account, domain }, targetIp);
      return domain;
    }
    const web = await ctx.services.placement.place(em, account, ServerKind.WEB);
    const address = await publicAddressOf(em, web);
    addHostedDefaults(em, { zone, account, domain }, address);
    const serverNames = [name, `www.${name}`];
    if (svc) {
      // An instant-access alias reaches the site before the registrar points the domain here.
      const serviceZone = await ensureServiceZone(em, ctx.services, svc);
      const label = await this.freeInstantLabel(em, account, svc.domain);
      domain.instantAlias = `${label}.${svc.domain}`;
      serverNames.push(domain.instantAlias);
      addServiceZoneName(em, { zone: serviceZone.zone, account, domain }, label, address, false);
      if (!serviceZone.created) zoneChanged(em, ctx.services, serviceZone.zone);
    }
    await this.createSite(ctx, em, account, reseller, domain, web, name, serverNames);
    return domain;
  }

  // THIRD_LEVEL (label given) and INSTANT (label generated): records in the service zone.
  private async addUnderServiceDomain(
    ctx: Ctx,
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
      label = await this.freeInstantLabel(em, account, svc.domain);
    } else {
      const checked = checkThirdLevelLabel(
        typed.replace(new RegExp(`\\.${svc.domain.replace(/\./g, '\\.')}\\.?$`, 'i'), ''),
      );
      if (!checked.ok) throw badInput([{ field: 'name', message: checked.message }]);
      label = checked.label;
    }
    const name = `${label}.${svc.domain}`;
    await this.assertNameFree(em, name, null);
    const serviceZone = await ensureServiceZone(em, ctx.services, svc);
    const web = await ctx.services.placement.place(em, account, ServerKind.WEB);
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
    if (!serviceZone.created) zoneChanged(em, ctx.services, serviceZone.zone);
    const serverNames = kind === DomainKind.THIRD_LEVEL ? [name, `www.${name}`] : [name];
    await this.createSite(ctx, em, account, reseller, domain, web, name, serverNames);
    return domain;
  }

  // NO_DOMAIN: web space only, one per account.
  private async addWebSpace(ctx: Ctx, em: EntityManager, account: Account, reseller: Reseller): Promise<Domain> {
    if (await em.count(Domain, { account: account.id, kind: DomainKind.NO_DOMAIN }))
      throw conflict('The account already has web space without a domain');
    const web = await ctx.services.placement.place(em, account, ServerKind.WEB);
    const domain = em.create(Domain, { reseller, account, kind: DomainKind.NO_DOMAIN });
    await this.createSite(ctx, em, account, reseller, domain, web, 'web', []);
    return domain;
  }

  private async createSite(
    ctx: Ctx,
    em: EntityManager,
    account: Account,
    reseller: Reseller,
    domain: Domain,
    server: WebSite['server'],
    directory: string,
    serverNames: string[],
  ): Promise<void> {
    const site = em.create(WebSite, { reseller, account, domain, server, directory, serverNames });
    await em.flush();
    queuePutSite(em, ctx.services, site);
  }

  /**
   * A name nobody uses, across every tenant (a name resolves one way for the whole Internet). An
   * own zone (`own`) must also stay clear of every service domain and the names under it.
   */
  private async assertNameFree(em: EntityManager, name: string, zone: 'own' | null): Promise<void> {
    const taken = await em.findOne(
      Domain,
      { $or: [{ name }, { instantAlias: name }] },
      unscoped('a domain name is free only if no tenant uses it (a name resolves one way for the whole Internet)'),
    );
    if (taken)
      throw badInput([
        {
          field: 'name',
          message:
            taken.state === ProvisionState.DELETING
              ? `${name} is being deleted; try again when it is gone`
              : `${name} is already hosted here`,
        },
      ]);
    if (zone !== 'own') return;
    for (const r of await em.find(
      Reseller,
      { serviceDomain: { $ne: null } },
      unscoped('an own zone must stay clear of every company’s service domain'),
    )) {
      if (isAtOrUnder(name, r.serviceDomain!) || isAtOrUnder(r.serviceDomain!, name)) {
        throw badInput([
          { field: 'name', message: `${name} collides with the provider’s service domain ${r.serviceDomain}` },
        ]);
      }
    }
  }

  /** a<account>-<5 random characters>: short, and tells support whose site it is. */
  private async freeInstantLabel(em: EntityManager, account: Account, serviceDomain: string): Promise<string> {
    for (let i = 0; i < 10; i++) {
      const label = `a${account.id}-${crypto.randomBytes(4).toString('hex').slice(0, 5)}`;
      const name = `${label}.${serviceDomain}`;
      if (
        !(await em.count(
          Domain,
          { $or: [{ name }, { instantAlias: name }] },
          unscoped('an instant-access name must be free across every tenant'),
        ))
      )
        return label;
    }
    throw new Error('could not find a free instant-access name');
  }

  private inTransaction<T>(ctx: Ctx, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return provisioningChange(ctx, ctx.services.tasks, work, () => badInput([{ field: 'name', message: 'is already hosted here' }]));
  }
}
