import { defineModule } from '../../module';
import { IdentityResolver } from './identity.resolver';
import { Session } from './session.entity';
import { User } from './user.entity';

/** Identity: users' logins and sessions, sign-in, the first-run setup, the viewer and its preferences (UAD-1). */
export const identityModule = defineModule({ name: 'identity', entities: [User, Session], resolvers: [IdentityResolver] });
