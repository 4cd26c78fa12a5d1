import { defineModule } from '../../module';
import type { Reseller } from '../resellers';
import { IdentityResolver } from './identity.resolver';
import { Session } from './session.entity';
import { User } from './user.entity';

declare module '../../events' {
  interface HelioEvents {
    /** The first-run setup claimed the root company and created the master admin. In its transaction. */
    'company.setUp': { company: Reseller };
  }
}

/** Identity: users' logins and sessions, sign-in, the first-run setup, the viewer and its preferences (UAD-1). */
export const identityModule = defineModule({
  name: 'identity',
  entities: [User, Session],
  resolvers: [IdentityResolver],
});
