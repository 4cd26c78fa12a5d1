import { defineModule } from '../../module';
import { ImpersonationTicket } from './impersonation-ticket.entity';
import * as postgresql from './migrations/postgresql';
import * as sqlite from './migrations/sqlite';
import type { Reseller } from '../resellers';
import { AuthService } from './auth.service';
import { identifyBySession } from './request-viewer';
import { IdentityResolver, ResellerAdminsResolver } from './identity.resolver';
import { PreferencesService } from './preferences.service';
import { SessionService } from './sessions.service';
import { StaffResolver } from './staff.resolver';
import { StaffService } from './staff.service';
import { LoginThrottle } from './throttle';
import { Session } from './session.entity';
import { User } from './user.entity';

declare module '../../events' {
  interface HelioEvents {
    /** The first-run setup claimed the root company and created the master admin. In its transaction. */
    'company.setUp': { company: Reseller };
    /** A user's password was changed, by them or by an admin (their sessions are signed out). In its transaction. */
    'user.passwordChanged': { user: User; at: Date };
  }
}

interface IdentityApi {
  sessions: SessionService;
  auth: AuthService;
  preferences: PreferencesService;
  staff: StaffService;
}

/**
 * Identity: users' logins and sessions, sign-in, the first-run setup, the viewer and its preferences
 * (UAD-1), and each company's support staff logins (SUP-1).
 */
export const identityModule = defineModule<IdentityApi>({
  name: 'identity',
  entities: [User, Session, ImpersonationTicket],
  migrations: { sqlite, postgresql },
  services: (core) => {
    const sessions = new SessionService(core.config);
    return {
      sessions,
      auth: new AuthService(core, sessions, new LoginThrottle(core.config.throttle, core.limits)),
      preferences: new PreferencesService(),
      staff: new StaffService(sessions),
    };
  },
  resolvers: [IdentityResolver, ResellerAdminsResolver, StaffResolver],
  identify: (api) => identifyBySession(api.sessions),
});

export { isAdminRole, isSupportDesk, Role, SUPPORT_DESK_ROLES } from './enums';
export { User } from './user.entity';
export { Session } from './session.entity';
export { ViewerType } from './viewer.type';
export { Branding } from './identity.inputs';
export {
  AuthService,
  companyForHostName,
  refuseIfSuspended,
  refuseWhenImpersonated,
  resellerForHost,
} from './auth.service';
export { SessionService } from './sessions.service';
export { hashPassword } from './password';
export { emailSchema, loginSchema, nameSchema, passwordSchema } from './validation';

export { identifyBySession, viewerOf } from './request-viewer';
export { ImpersonationTicket } from './impersonation-ticket.entity';
export { SignupThrottle } from './throttle';
