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
import { SessionCache } from './session-cache';
import { StaffResolver } from './staff.resolver';
import { StaffService } from './staff.service';
import { MailedToken } from './mailed-token.entity';
import { RecoveryResolver } from './recovery.resolver';
import { RecoveryService } from './recovery.service';
import { scheduleExpiredSweep } from './expired-sweep';
import { LoginThrottle, SignupThrottle } from './throttle';
import { Session } from './session.entity';
import { User } from './user.entity';
import { CompanySecurity } from './company-security.entity';
import { Passkey } from './passkey.entity';
import { PasskeyRegistration } from './passkey-registration.entity';
import { PasskeyService } from './passkeys.service';
import { PendingSignIn } from './pending-sign-in.entity';
import { RecoveryCode } from './recovery-code.entity';
import { SecondFactorService } from './second-factor.service';
import { twoFactorPolicyPlugin } from './two-factor.policy';
import {
  CompanySecurityResolver,
  TwoFactorResolver,
  TwoFactorStateResolver,
  UserTwoFactorResolver,
} from './two-factor.resolver';
import { TwoFactorService } from './two-factor.service';
import { UserTotp } from './user-totp.entity';

declare module '../../events' {
  interface HelioEvents {
    /** The first-run setup claimed the root company and created the master admin. In its transaction. */
    'company.setUp': { company: Reseller };
    /** A user's password was changed, by them or by an admin (their sessions are signed out). In its transaction. */
    'user.passwordChanged': { user: User; at: Date };
    /** A password reset link was made for a user (the notifications area mails `link`). In its transaction. */
    'user.passwordResetRequested': { user: User; company: Reseller; link: string; expiresAt: Date };
    /** A password was set with a reset link (its sessions are signed out; the audit trail keeps it). In its transaction. */
    'user.passwordReset': { user: User; at: Date; ip: string };
    /**
     * A login's sign-in security changed: a second factor set up or turned off, recovery codes made
     * anew, an admin's reset, the company's rule for its admins (the audit trail keeps it). In its transaction.
     */
    'user.securityChanged': { user: User; byId: number; what: string };
    /** A link to verify `email` was made for a user (the notifications area mails it). In its transaction. */
    'user.emailVerificationRequested': { user: User; company: Reseller; email: string; link: string; expiresAt: Date };
  }
}

interface IdentityApi {
  sessions: SessionService;
  auth: AuthService;
  preferences: PreferencesService;
  staff: StaffService;
  twoFactor: TwoFactorService;
  passkeys: PasskeyService;
  secondFactor: SecondFactorService;
  recovery: RecoveryService;
}

/**
 * Identity: users' logins and sessions, sign-in, the first-run setup, the viewer and its preferences
 * (UAD-1), each company's support staff logins (SUP-1), and two-factor sign-in (authenticator
 * apps, recovery codes, passkeys; a company's policy for its admins).
 */
export const identityModule = defineModule<IdentityApi>({
  name: 'identity',
  entities: [
    User,
    Session,
    ImpersonationTicket,
    UserTotp,
    RecoveryCode,
    Passkey,
    PasskeyRegistration,
    PendingSignIn,
    CompanySecurity,
    MailedToken,
  ],
  migrations: { sqlite, postgresql },
  services: (core) => {
    const sessions = new SessionService(core.config, new SessionCache(core.config, core.limits.prefix));
    const auth = new AuthService(core, sessions, new LoginThrottle(core.config.throttle, core.limits));
    const twoFactor = new TwoFactorService(core.secrets, core.events, auth);
    const passkeys = new PasskeyService(core.config, twoFactor);
    const secondFactor = new SecondFactorService(core.config, auth, twoFactor, passkeys);
    auth.askSecondFactorWith(secondFactor);
    return {
      sessions,
      auth,
      preferences: new PreferencesService(),
      staff: new StaffService(sessions),
      // Per hour: reset requests per address, reset mails per login, verification mails asked for again per login.
      recovery: new RecoveryService(core, sessions, auth, {
        requestsPerIp: new SignupThrottle(10, core.limits),
        mailsPerUser: new SignupThrottle(3, core.limits),
        resendsPerUser: new SignupThrottle(3, core.limits),
      }),
      twoFactor,
      passkeys,
      secondFactor,
    };
  },
  resolvers: [
    IdentityResolver,
    ResellerAdminsResolver,
    StaffResolver,
    TwoFactorResolver,
    TwoFactorStateResolver,
    UserTwoFactorResolver,
    CompanySecurityResolver,
    RecoveryResolver,
  ],
  graphqlPlugins: [twoFactorPolicyPlugin],
  schedule: (_api, core) => scheduleExpiredSweep(core.tasks),
  identify: (api) => identifyBySession(api.sessions),
  close: (api) => api.sessions.close(),
});

export { isAdminRole, isSupportDesk, Role, SUPPORT_DESK_ROLES } from './enums';
export { User } from './user.entity';
export { Session } from './session.entity';
export { ViewerType } from './viewer.type';
export { Branding } from './identity.inputs';
export {
  AuthService,
  SECOND_FACTOR_REQUIRED,
  companyForHostName,
  refuseIfSuspended,
  refuseWhenImpersonated,
  resellerForHost,
} from './auth.service';
export { SessionService } from './sessions.service';
export { RecoveryService } from './recovery.service';
export { hashPassword } from './password';
export { emailSchema, loginSchema, nameSchema, passwordSchema } from './validation';

export { identifyBySession, snapshotFor, viewerOf } from './request-viewer';
export { ImpersonationTicket } from './impersonation-ticket.entity';
export { SignupThrottle } from './throttle';
export { TWO_FACTOR_ENROLMENT_REQUIRED } from './two-factor.policy';
export { SIGN_IN_EXPIRED } from './second-factor.service';
