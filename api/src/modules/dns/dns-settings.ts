import type { Ctx } from '../../graphql/context';
import { badInput, conflict } from '../../errors';
import { Domain, checkDomainName, isAtOrUnder } from '../domains';
import { Reseller } from '../resellers';
import { ServerKind, LogicalServer } from '../servers';
import type { DnsSettings } from './dns.inputs';
import { nameServerOf } from './name-servers';
import { serviceDomainFor } from './service-zone';
import { Zone } from './zone.entity';
import { unscoped } from '../../db/scope';

/** The viewer's company's DNS settings (DNS-1): the master admin's are the root reseller's. */
export async function dnsSettings(ctx: Ctx): Promise<DnsSettings> {
  const reseller = await ctx.em.findOneOrFail(
    Reseller,
    { id: ctx.viewer!.resellerId },
    unscoped('the viewer’s own company, read whatever their role'),
  );
  const svc = await serviceDomainFor(ctx.em, reseller);
  const servers = await ctx.em.find(LogicalServer, { kind: ServerKind.DNS, enabled: true }, { orderBy: { id: 'asc' } });
  return {
    serviceDomain: reseller.serviceDomain,
    nameServers: servers.map((s) => nameServerOf(s, svc)),
  };
}

/**
 * Sets the service domain. It may change only while its zone does not exist yet (no third-level or
 * instant names were made under it); it must not be, or hold, a customer's domain.
 */
export async function setServiceDomain(ctx: Ctx, typed: string): Promise<DnsSettings> {
  const checked = checkDomainName(typed, { registrable: false });
  if (!checked.ok) throw badInput([{ field: 'serviceDomain', message: checked.message }]);
  const name = checked.ascii;
  await ctx.em.transactional(async (em) => {
    const reseller = await em.findOneOrFail(
      Reseller,
      { id: ctx.viewer!.resellerId },
      unscoped('the viewer’s own company, read whatever their role'),
    );
    if (reseller.serviceDomain === name) return;
    if (
      reseller.serviceDomain &&
      (await em.count(
        Zone,
        { name: reseller.serviceDomain },
        unscoped('the service zone belongs to no account: whether one exists for this name'),
      ))
    ) {
      throw conflict(
        `The zone of ${reseller.serviceDomain} is in use (names were made under it); the service domain cannot change now`,
      );
    }
    const others = await em.find(
      Reseller,
      { serviceDomain: { $ne: null }, id: { $ne: reseller.id } },
      unscoped('service domains must not collide across companies: every other company’s service domain'),
    );
    const clash = others.find((r) => isAtOrUnder(name, r.serviceDomain!) || isAtOrUnder(r.serviceDomain!, name));
    if (clash)
      throw badInput([
        { field: 'serviceDomain', message: `collides with another company’s service domain ${clash.serviceDomain}` },
      ]);
    const hosted = await em.find(
      Domain,
      { name: { $ne: null } },
      { ...unscoped('a service domain must not cover a name any tenant hosts'), fields: ['name'] },
    );
    const taken = hosted.find((d) => isAtOrUnder(d.name!, name) || isAtOrUnder(name, d.name!));
    if (taken) throw badInput([{ field: 'serviceDomain', message: `collides with the hosted domain ${taken.name}` }]);
    reseller.serviceDomain = name;
  });
  return dnsSettings(ctx);
}
