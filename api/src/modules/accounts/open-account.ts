import type { EntityManager, RequiredEntityData } from '@mikro-orm/core';
import { unscoped } from '../../db/scope';
import { badInput, notFound } from '../../errors';
import type { Core } from '../../module';
import { audit } from '../audit';
import type { User } from '../identity';
import { Plan, PlanPeriod } from '../plans';
import type { Reseller } from '../resellers';
import { Account, AccountStatus } from './account.entity';

/** Who the account's invoices are made out to, as the customer gave it (the billing area keeps it). */
export interface AccountHolder {
  name: string;
  company: string | null;
  address: string;
  city: string;
  postalCode: string;
  country: string;
  email: string;
  phone: string | null;
}

declare module '../../events' {
  interface HelioEvents {
    /**
     * An account was opened under a plan (its row is written; status MODERATION when it waits for
     * approval, else ACTIVE). In its transaction: billing keeps the holder and, unless it waits,
     * starts its first period with its first invoice.
     */
    'account.opened': { account: Account; holder: AccountHolder | null; now: Date };
    /**
     * A new account row was written, on a plan or not, before 'account.opened' when it has one. In
     * its transaction: the quotas area refuses it beyond its reseller's quota.
     */
    'account.created': { account: Account };
  }
}

export interface OpenAccountSpec {
  reseller: Reseller;
  owner: User;
  name: string;
  plan: Plan;
  periodMonths: number;
  /** Who its invoices are made out to; null: nobody yet (an admin opening it, an owner without one). */
  profile: AccountHolder | null;
  now: Date;
  /** Customers opening an account on a moderated plan wait for approval; an admin opening one for them does not. */
  byAdmin?: boolean;
}

/**
 * The plan and period a customer chose, if the company sells that plan for that period (signup-enabled
 * unless `anyPlan`). A reseller plan goes only to a reseller's subscription (`forReseller`), and an end
 * user's plan never does: BAD_USER_INPUT on planId otherwise.
 */
export async function chosenPlan(
  em: EntityManager,
  resellerId: number,
  planId: number,
  periodMonths: number,
  anyPlan = false,
  forReseller = false,
): Promise<Plan> {
  const plan = await em.findOne(
    Plan,
    { id: planId, reseller: resellerId, ...(anyPlan ? {} : { signupEnabled: true }) },
    unscoped('the public signup page has no viewer: the plan is looked up in the company the request’s host names'),
  );
  if (!plan) throw notFound('Plan');
  if (plan.forResellers && !forReseller)
    throw badInput([{ field: 'planId', message: 'is a reseller plan: it cannot be given to an end user’s account' }]);
  if (!plan.forResellers && forReseller)
    throw badInput([{ field: 'planId', message: 'is not a reseller plan: choose a plan made for resellers' }]);
  const period = await em.findOne(
    PlanPeriod,
    { plan: plan.id, months: periodMonths },
    unscoped('the public signup page has no viewer: the period of the chosen plan'),
  );
  if (!period) throw badInput([{ field: 'periodMonths', message: `is not a billing period of plan ${plan.name}` }]);
  return plan;
}

/**
 * A new account under a plan, in the caller's transaction, announced as 'account.opened': its
 * first invoice (setup fees and the first period) is issued at once by the billing area; a
 * moderated plan puts the account in the moderation queue instead, and its billing starts when an
 * admin approves it (no charge for time spent waiting).
 */
export async function openAccount(
  em: EntityManager,
  core: Pick<Core, 'events'>,
  spec: OpenAccountSpec,
): Promise<Account> {
  const moderated = spec.plan.moderated && !spec.byAdmin;
  const account = await createAccount(em, core, {
    reseller: spec.reseller,
    owner: spec.owner,
    name: spec.name,
    plan: spec.plan,
    periodMonths: spec.periodMonths,
    status: moderated ? AccountStatus.MODERATION : AccountStatus.ACTIVE,
  });
  await core.events.emit({ em }, 'account.opened', { account, holder: spec.profile, now: spec.now });
  audit(em, {
    resellerId: spec.reseller.id,
    accountId: account.id,
    actorId: spec.owner.id,
    action: 'account.opened',
    detail: `Account ${account.id} opened on plan ${spec.plan.name}, ${spec.periodMonths} month(s)${moderated ? '; waiting for moderation' : ''}`,
  });
  return account;
}

/**
 * Writes a new account row (on a plan or not) in the caller's transaction and announces it as
 * 'account.created', so its reseller's quota is checked however the account came to be.
 */
export async function createAccount(
  em: EntityManager,
  core: Pick<Core, 'events'>,
  fields: RequiredEntityData<Account>,
): Promise<Account> {
  const account = em.create(Account, fields);
  await em.flush();
  await core.events.emit({ em }, 'account.created', { account });
  return account;
}
