import { unscoped } from '../../db/scope';
import { defineModule } from '../../module';
import { Account } from '../accounts';
import { ResourceKind } from '../plans';
import * as postgresql from './migrations/postgresql';
import * as sqlite from './migrations/sqlite';
import { ResellerSubscription } from './reseller-subscription.entity';
import { ResellerQuotasResolver } from './quotas.resolver';
import { QuotaService } from './quotas.service';

/**
 * Reseller quotas (Heliosphere issue 17, H-Sphere's reseller plans): a reseller's subscription in
 * the master's company, its reseller plan's quotas over all its customers, and the rules that keep
 * them (quotas.service.ts). Areas that own a counted resource register a reseller counter and call
 * `assertWithinQuota` where they create one; accounts are checked here, as they are created.
 */
export const quotasModule = defineModule<{ quotas: QuotaService }>({
  name: 'quotas',
  entities: [ResellerSubscription],
  migrations: { sqlite, postgresql },
  services: () => ({ quotas: new QuotaService() }),
  resolvers: [ResellerQuotasResolver],
  events(bus, { quotas }) {
    // Every new account of a reseller: one more account, and what its plan promises.
    bus.onInTransaction('account.created', async ({ account }, { em }) => {
      const resellerId = account.reseller.id;
      await quotas.assertWithinQuota(em, resellerId, ResourceKind.ACCOUNT, { including: true });
      const limits = await quotas.accountLimits(em, account.plan);
      const granted = Object.values(ResourceKind).filter((k) => limits[k] === null || limits[k] > 0);
      await quotas.assertPromisesFit(em, resellerId, granted);
    });
    // A plan in use promises more to each account on it.
    bus.onInTransaction('plan.limitsRaised', async ({ plan, raised }, { em }) => {
      if (plan.forResellers) return;
      const inUse = await em.count(Account, { plan: plan.id }, unscoped('any account on the plan, whoever’s scope'));
      if (inUse) await quotas.assertPromisesFit(em, plan.reseller.id, raised);
    });
  },
});

export { QuotaService, type ResellerUsageCounter } from './quotas.service';
export { ResellerQuota } from './quotas.types';
export { ResellerSubscription } from './reseller-subscription.entity';
