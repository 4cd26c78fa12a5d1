import { defineModule } from '../../module';
import * as postgresql from './migrations/postgresql';
import * as sqlite from './migrations/sqlite';
import { Reseller } from './reseller.entity';
import { ResellerHost } from './reseller-host.entity';
import { ResellersResolver } from './resellers.resolver';
import { ResellerService } from './resellers.service';

/** Resellers: the hosting companies (tenants), the master admin's own business being the root one. */
export const resellersModule = defineModule({
  name: 'resellers',
  entities: [Reseller, ResellerHost],
  migrations: { sqlite, postgresql },
  services: () => ({ resellers: new ResellerService() }),
  resolvers: [ResellersResolver],
});

export { Reseller } from './reseller.entity';
export { ResellerHost } from './reseller-host.entity';
export { ResellerStatus } from './enums';
export { hostNameSchema, nameSchema } from './validation';
