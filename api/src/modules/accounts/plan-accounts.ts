import { unscoped } from '../../db/scope';
import type { PlanAccounts } from '../plans';
import { Account } from './account.entity';

/** How plans look at the accounts on them (registered with the plans area: it cannot read this area's table). */
export const planAccounts: PlanAccounts = {
  async plansInUse(em) {
    return (await em.find(Account, { plan: { $ne: null } })).map((a) => a.plan!.id);
  },

  async billedOutside(em, planId, months) {
    const [stranded] = await em.find(
      Account,
      { plan: planId, periodMonths: { $nin: [...months] } },
      {
        fields: ['id', 'periodMonths'],
        orderBy: { id: 'asc' },
        limit: 1,
        ...unscoped('every account billed on the plan counts, whoever’s scope'),
      },
    );
    return stranded ? { id: stranded.id, periodMonths: stranded.periodMonths } : null;
  },

  countOn(em, planId) {
    return em.count(Account, { plan: planId }, unscoped('every account on the plan counts, whoever’s scope'));
  },
};
