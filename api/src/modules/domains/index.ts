import { unscoped } from '../../db/scope';
import { defineModule } from '../../module';
import { plansModule, ResourceKind } from '../plans';
import { quotasModule } from '../quotas';
import { Domain } from './domain.entity';
import { DomainsResolver } from './domains.resolver';
import { DomainService } from './domains.service';
import { DomainKind } from './enums';

/** Domains of an account, in the ways one can be set up (UAD-3, UAD-4). */
export const domainsModule = defineModule({
  name: 'domains',
  entities: [Domain],
  services(_core, areas) {
    // Web space without a domain is not a domain the plan counts.
    areas
      .get(plansModule)
      .plans.countUsageWith(ResourceKind.DOMAIN, (em, account) =>
        em.count(
          Domain,
          { account, kind: { $ne: DomainKind.NO_DOMAIN } },
          unscoped('counting an account’s domains for its plan limits, whoever the viewer is'),
        ),
      );
    areas
      .get(quotasModule)
      .quotas.countWith(ResourceKind.DOMAIN, (em, reseller) =>
        em.count(
          Domain,
          { reseller, kind: { $ne: DomainKind.NO_DOMAIN } },
          unscoped('counting a reseller’s domains for its quota, whoever the viewer is'),
        ),
      );
    return { domains: new DomainService() };
  },
  resolvers: [DomainsResolver],
});

export { Domain } from './domain.entity';
export { OWN_ZONE, type DomainPart } from './domain-state';
export { checkDomainName, checkThirdLevelLabel } from './domain-names';
export { AddDomainInput } from './domains.inputs';
export type { DomainService } from './domains.service';
export { DomainKind } from './enums';

export { isAtOrUnder } from './domain-names';
