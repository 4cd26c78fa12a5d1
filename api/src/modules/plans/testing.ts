import type { MikroORM } from '@mikro-orm/core';
import { systemEm } from '../../db/scope';
import { Account } from '../accounts/account.entity';
import { ResourceKind } from './enums';
import { DEFAULT_LIMITS } from './limits';
import { Plan } from './plan.entity';
import { PlanResource } from './plan-resource.entity';

let plans = 0;

/**
 * Test and bench set-up: puts an account on a new price-less plan of its company whose limits are
 * the defaults overridden by `limits`. (Plans are made through the API where the plan is the subject.)
 */
export async function putOnPlan(
  orm: MikroORM,
  accountId: number | string,
  limits: Partial<Record<ResourceKind, number | null>>,
): Promise<Plan> {
  const em = systemEm(orm, 'test set-up: puts an account on a plan directly');
  const account = await em.findOneOrFail(Account, { id: Number(accountId) });
  const plan = em.create(Plan, { reseller: account.reseller, name: `Limits ${++plans} ${Date.now()}` });
  const all = { ...DEFAULT_LIMITS, ...limits };
  for (const kind of Object.values(ResourceKind)) em.create(PlanResource, { plan, kind, maxUnits: all[kind] });
  account.plan = plan;
  await em.flush();
  return plan;
}
