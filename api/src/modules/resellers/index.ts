import { defineModule } from '../../module';
import { Reseller } from './reseller.entity';
import { ResellersResolver } from './resellers.resolver';
import { ResellerService } from './resellers.service';

/** Resellers: the hosting companies (tenants), the master admin's own business being the root one. */
export const resellersModule = defineModule({
  name: 'resellers',
  entities: [Reseller],
  services: () => ({ resellers: new ResellerService() }),
  resolvers: [ResellersResolver],
});

export { Reseller } from './reseller.entity';
export { hostNameSchema, nameSchema } from './validation';
