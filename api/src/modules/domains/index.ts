import { unscoped } from '../../db/scope';
import { defineModule } from '../../module';
import type { Services } from '../../services';
import { ResourceKind } from '../plans';
import { Domain } from './domain.entity';
import { DomainsResolver } from './domains.resolver';
import { DomainKind } from './enums';

/** Domains of an account, in the ways one can be set up (UAD-3, UAD-4). */
export const domainsModule = defineModule<Services>({
  name: 'domains',
  entities: [Domain],
  resolvers: [DomainsResolver],
  wire(services) {
    // Web space without a domain is not a domain the plan counts.
    services.plans.countUsageWith(ResourceKind.DOMAIN, (em, account) =>
      em.count(
        Domain,
        { account, kind: { $ne: DomainKind.NO_DOMAIN } },
        unscoped('counting an account’s domains for its plan limits, whoever the viewer is'),
      ),
    );
  },
});
