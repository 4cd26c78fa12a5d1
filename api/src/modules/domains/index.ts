import { unscoped } from '../../db/scope';
import { defineModule } from '../../module';
import { plansModule, ResourceKind } from '../plans';
import { quotasModule } from '../quotas';
import { announceActiveHandler } from './domain-active';
import { Domain } from './domain.entity';
import { DomainsResolver } from './domains.resolver';
import { DomainService } from './domains.service';
import { DomainKind } from './enums';

declare module '../../events' {
  interface HelioEvents {
    /**
     * Every part of a domain (its zone or service-zone records, its site) is in place: its state
     * reads ACTIVE. In the transaction of a check run after the last part's task committed (see
     * domain-active.ts); may come twice for one domain.
     */
    'domain.active': { domain: Domain };
  }
}

/** Domains of an account, in the ways one can be set up (UAD-3, UAD-4). */
export const domainsModule = defineModule<{ domains: DomainService }>({
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
  taskHandlers: (api, core) => [announceActiveHandler(core, api.domains)],
});

export { Domain } from './domain.entity';
export { OWN_ZONE, type DomainPart } from './domain-state';
export { checkDomainName, checkThirdLevelLabel } from './domain-names';
export { AddDomainInput } from './domains.inputs';
export type { DomainService } from './domains.service';
export { domainPartReady } from './domain-active';
export { DomainKind } from './enums';

export { isAtOrUnder } from './domain-names';
