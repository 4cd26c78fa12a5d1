import { defineModule } from '../../module';
import { Domain } from './domain.entity';
import { DomainsResolver } from './domains.resolver';

/** Domains of an account, in the ways one can be set up (UAD-3, UAD-4). */
export const domainsModule = defineModule({ name: 'domains', entities: [Domain], resolvers: [DomainsResolver] });
