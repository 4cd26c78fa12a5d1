import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context';
import { audit } from '../audit';
import { WebhookPolicy } from './webhook-policy.entity';

/** Whether the master lets webhooks reach private, loopback and link-local addresses (off when never set). */
export async function allowsPrivateTargets(em: EntityManager): Promise<boolean> {
  const row = await em.findOne(WebhookPolicy, { id: 1 });
  return row?.allowPrivateTargets ?? false;
}

/** The master sets the policy (one row for the whole panel). */
export async function setPolicy(ctx: Ctx, allowPrivateTargets: boolean): Promise<boolean> {
  await ctx.em.transactional(async (tx) => {
    const row = (await tx.findOne(WebhookPolicy, { id: 1 })) ?? tx.create(WebhookPolicy, { id: 1 });
    row.allowPrivateTargets = allowPrivateTargets;
    audit(tx, {
      resellerId: ctx.viewer!.resellerId,
      actorId: ctx.viewer!.userId,
      action: 'webhooks.policy',
      detail: `Webhooks ${allowPrivateTargets ? 'may' : 'may no longer'} target private, loopback and link-local addresses`,
    });
  });
  ctx.log.info({ allowPrivateTargets, by: ctx.viewer!.userId }, 'webhook policy changed');
  return allowPrivateTargets;
}
