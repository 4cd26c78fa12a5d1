import type { EntityManager } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { unscoped } from '../../db/scope';
import { appError } from '../../errors';
import type { Ctx } from '../../graphql/context';
import { audit } from '../audit';
import { Reseller } from '../resellers';
import { IpAddress, IpKind } from '../servers';
import type { WebSite } from '../web';
import { SslPolicy } from './ssl-policy.entity';

@ObjectType({ description: 'The company’s rules for its customers’ certificates.' })
export class SslPolicyView {
  @Field(() => Boolean, {
    description:
      'A site’s certificate needs its account to hold a dedicated IP address (as H-Sphere required before SNI); off: certificates share addresses by SNI.',
  })
  requireDedicatedIp!: boolean;
}

/** The viewer's company's policy (the defaults when it never set one). */
export async function policyOf(em: EntityManager, resellerId: number): Promise<SslPolicyView> {
  const row = await em.findOne(SslPolicy, { reseller: resellerId });
  return { requireDedicatedIp: row?.requireDedicatedIp ?? false };
}

export async function setPolicy(ctx: Ctx, requireDedicatedIp: boolean): Promise<SslPolicyView> {
  const resellerId = ctx.viewer!.resellerId;
  const row =
    (await ctx.em.findOne(SslPolicy, { reseller: resellerId })) ??
    ctx.em.create(SslPolicy, { reseller: ctx.em.getReference(Reseller, resellerId) });
  row.requireDedicatedIp = requireDedicatedIp;
  audit(ctx.em, {
    resellerId,
    actorId: ctx.viewer!.userId,
    action: 'ssl.policy',
    detail: `Certificates ${requireDedicatedIp ? 'need' : 'no longer need'} a dedicated IP address`,
  });
  await ctx.em.flush();
  return { requireDedicatedIp };
}

/** CONFLICT when the site's company requires a dedicated IP for certificates and its account holds none. */
export async function assertAddressAllowsCertificate(em: EntityManager, site: WebSite): Promise<void> {
  if (!(await policyOf(em, site.reseller.id)).requireDedicatedIp) return;
  const held = await em.count(
    IpAddress,
    { account: site.account.id, kind: IpKind.DEDICATED },
    unscoped('the dedicated addresses the site’s own account holds'),
  );
  if (held > 0) return;
  throw appError(
    'CONFLICT',
    'Your hosting company requires a dedicated IP address for an SSL certificate; ask for one first',
    { reason: 'DEDICATED_IP_REQUIRED' },
  );
}
