import type { EntityManager } from '@mikro-orm/core';

/**
 * What plans must know of the accounts on them. Accounts are a higher area (an account points at
 * its plan), so the accounts area answers these questions for plans: it registers an
 * implementation with `PlanService.lookAtAccountsWith` when it is built.
 */
export interface PlanAccounts {
  /** The ids of the plans of the accounts `em`'s scope shows (an end user's own accounts). */
  plansInUse(em: EntityManager): Promise<number[]>;
  /** One account on the plan, whoever's scope, billed for a period length not in `months`; null if none. */
  billedOutside(em: EntityManager, planId: number, months: readonly number[]): Promise<BilledAccount | null>;
  /** How many accounts are on the plan, whoever's scope. */
  countOn(em: EntityManager, planId: number): Promise<number>;
}

export interface BilledAccount {
  id: number;
  periodMonths: number | null;
}

/** Before the accounts area registers: there are no accounts. */
export const NO_ACCOUNTS: PlanAccounts = {
  plansInUse: () => Promise.resolve([]),
  billedOutside: () => Promise.resolve(null),
  countOn: () => Promise.resolve(0),
};
