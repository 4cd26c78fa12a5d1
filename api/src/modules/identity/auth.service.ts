import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context';
import { applyScope } from '../../graphql/context';
import { appError, badInput, conflict, validate } from '../../errors';
import { rowsChanged } from '../../db/row-changes';
import { unscoped } from '../../db/scope';
import type { Core } from '../../module';
import { Reseller, ResellerHost, ResellerStatus } from '../resellers';
import { Role } from './enums';
import { hashPassword, verifyPassword } from './password';
import { readCookie } from '../../http/exchange';
import type { SessionAccount } from './session.entity';
import { viewerOf } from './request-viewer';
import { SESSION_COOKIE, type SessionService } from './sessions.service';
import { User } from './user.entity';
import { emailSchema, loginSchema, nameSchema, passwordSchema } from './validation';
import type { LoginThrottle } from './throttle';

/** extensions.reason of the UNAUTHENTICATED answer to a right password whose user has a second factor. */
export const SECOND_FACTOR_REQUIRED = 'SECOND_FACTOR_REQUIRED';

const setupSchema = z.object({
  companyName: nameSchema(100),
  login: loginSchema,
  email: emailSchema,
  password: passwordSchema,
});

const loginInput = z.object({
  login: z.string().trim().toLowerCase().min(1, 'must not be empty').max(64, 'must be at most 64 characters'),
  password: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
});

const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, 'must not be empty').max(200), newPassword: passwordSchema })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ['newPassword'],
    message: 'must differ from the current password',
  });

/** FORBIDDEN in a session an admin holds as this user (impersonation): the user's own security is theirs alone. */
export function refuseWhenImpersonated(ctx: Ctx, what: string): void {
  if (ctx.viewer?.session.impersonator)
    throw appError('FORBIDDEN', `Signed in as ${ctx.viewer.user.login} by an admin, you cannot change ${what}`);
}

/** FORBIDDEN on a suspended company's host: nobody signs in or signs up there meanwhile. */
export function refuseIfSuspended(reseller: Reseller): void {
  if (reseller.status === ResellerStatus.SUSPENDED)
    throw appError(
      'FORBIDDEN',
      `The service of ${reseller.name} is suspended; nobody can sign in or sign up here for now`,
    );
}

/** The reseller whose panel a host name serves (RES-1); the root reseller for any other host. */
export function resellerForHost(ctx: Ctx): Promise<Reseller> {
  return companyForHostName(ctx.em, ctx.http.hostname);
}

/**
 * The company whose panel answers on `hostname`: the reseller whose panel host it is, else the
 * master's company (its host, an IP address, anything else). A reseller's panel is thus never
 * reached by IP (RES-2).
 */
export async function companyForHostName(em: EntityManager, hostname: string): Promise<Reseller> {
  const opts = unscoped('the company a host name serves is found before anyone signs in');
  const byHost = hostname ? await em.findOne(Reseller, { cpHost: hostname }, opts) : null;
  if (byHost) return byHost;
  const alias = hostname
    ? await em.findOne(ResellerHost, { host: hostname }, { ...opts, populate: ['reseller'] })
    : null;
  return alias?.reseller ?? em.findOneOrFail(Reseller, { isRoot: true }, opts);
}

/**
 * The account a new session starts on (the user's first), or null. The accounts area, above this
 * one, registers it (`AuthService.startSessionsOn`); without it a session starts on none.
 */
export type ActiveAccountPicker = (em: EntityManager, user: User) => Promise<SessionAccount | null>;

/**
 * What a sign-in with the right password asks of the second factor (two-factor.service.ts): when
 * the user has one, it starts a pending sign-in and answers the ways they may give it; else null.
 */
export interface SecondFactorGate {
  begin(ctx: Ctx, user: User): Promise<string[] | null>;
}

export class AuthService {
  private pickActiveAccount: ActiveAccountPicker = () => Promise.resolve(null);
  private secondFactor: SecondFactorGate | null = null;

  constructor(
    private readonly core: Pick<Core, 'events'>,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
  ) {}

  /** Sets how a new session picks its active account (registered once by the accounts area). */
  startSessionsOn(picker: ActiveAccountPicker): void {
    this.pickActiveAccount = picker;
  }

  /** Sets the second step of signing in (the two-factor service, once). */
  askSecondFactorWith(gate: SecondFactorGate): void {
    this.secondFactor = gate;
  }

  async needsSetup(ctx: Ctx): Promise<boolean> {
    const root = await ctx.em.findOneOrFail(
      Reseller,
      { isRoot: true },
      unscoped('whether setup is done is asked before anyone signs in'),
    );
    return root.setupCompletedAt === null;
  }

  /** First run: claims the root reseller (once, atomically) and creates the master admin, signed in. */
  async setup(ctx: Ctx, input: unknown): Promise<User> {
    const v = validate(setupSchema, input);
    const passwordHash = await hashPassword(v.password);
    const adminId = await ctx.em.transactional(async (em) => {
      const claimed = await em.nativeUpdate(
        Reseller,
        { isRoot: true, setupCompletedAt: null },
        { setupCompletedAt: new Date(), name: v.companyName },
        unscoped('first-run setup claims the root company before any user exists'),
      );
      if (claimed !== 1) throw conflict('Setup is already complete; sign in instead');
      const root = await em.findOneOrFail(
        Reseller,
        { isRoot: true },
        { ...unscoped('first-run setup re-reads the root company it just claimed'), refresh: true },
      );
      await rowsChanged(em, [{ entity: 'Reseller', id: root.id }]); // what cached sessions answer of it (none yet)
      const admin = em.create(User, {
        reseller: root,
        login: v.login,
        email: v.email,
        passwordHash,
        role: Role.MASTER_ADMIN,
      });
      await this.core.events.emit({ em }, 'company.setUp', { company: root });
      await em.flush();
      return admin.id;
    });
    const user = await ctx.em.findOneOrFail(
      User,
      { id: adminId },
      { populate: ['reseller'], ...unscoped('first-run setup signs in the master admin it just created') },
    );
    await this.signIn(ctx, user);
    return user;
  }

  async login(ctx: Ctx, input: unknown): Promise<User> {
    const v = validate(loginInput, input);
    const reseller = await resellerForHost(ctx);
    refuseIfSuspended(reseller);
    const key = `${reseller.id}:${v.login}`;
    await this.throttle.check(key, ctx.ip);
    const user = await ctx.em.findOne(
      User,
      { reseller, login: v.login },
      { populate: ['passwordHash', 'reseller'], ...unscoped('login looks up the user before the viewer is known') },
    );
    const ok = await verifyPassword(user?.passwordHash, v.password);
    if (!user || !ok) {
      await this.throttle.failed(key, ctx.ip);
      ctx.log.info({ login: v.login, resellerId: reseller.id, ip: ctx.ip }, 'login failed');
      throw appError('UNAUTHENTICATED', 'Wrong login or password');
    }
    // With a second factor the password alone proves little: this address's failures are forgiven
    // only once the factor is given too (attempt()), and no session starts before.
    const methods = user.disabledAt ? null : await this.secondFactor?.begin(ctx, user);
    if (methods) {
      ctx.log.info({ userId: user.id, ip: ctx.ip }, 'login: password accepted, second factor awaited');
      throw appError('UNAUTHENTICATED', 'Give your second factor to finish signing in', {
        reason: SECOND_FACTOR_REQUIRED,
        methods,
      });
    }
    await this.throttle.succeeded(key, ctx.ip);
    if (user.disabledAt) throw appError('FORBIDDEN', 'This login is disabled: ask your company’s admin');
    await this.signIn(ctx, user);
    ctx.log.info({ userId: user.id, ip: ctx.ip }, 'login');
    return user;
  }

  /** Rotates: the session a previous cookie named is ended, a new one started; the first account becomes active. */
  async signIn(ctx: Ctx, user: User): Promise<void> {
    await this.sessions.revokeToken(ctx.em, readCookie(ctx.http.cookieHeader, SESSION_COOKIE));
    const first = await this.pickActiveAccount(ctx.em, user);
    const session = await this.sessions.start(ctx.em, ctx.http, user, first);
    await ctx.em.flush();
    ctx.viewer = viewerOf(session);
    applyScope(ctx.em, ctx.viewer);
  }

  /**
   * One guess at something only the user knows or holds (a second factor's code), counted like a
   * password: refused while their login or this address is throttled, a wrong one counts as a
   * failed sign-in, a right one clears this address's count. Answers whether it was right.
   */
  async attempt(ctx: Ctx, user: User, what: string, check: () => Promise<boolean>): Promise<boolean> {
    const key = `${user.reseller.id}:${user.login}`;
    await this.throttle.check(key, ctx.ip);
    if (await check()) {
      await this.throttle.succeeded(key, ctx.ip);
      return true;
    }
    await this.throttle.failed(key, ctx.ip);
    ctx.log.info({ userId: user.id, ip: ctx.ip, what }, 'second factor refused');
    return false;
  }

  async logout(ctx: Ctx): Promise<void> {
    if (ctx.viewer) await this.sessions.end(ctx.em, ctx.http, ctx.viewer.session);
    ctx.viewer = null;
  }

  /**
   * Asks the viewer for their own password again before something sensitive (a private key leaving
   * the panel). A wrong one is a field error on `field` and counts toward the sign-in throttle of
   * their login, so this cannot guess a password faster than signing in; in an admin's session as
   * the user it is refused (the admin does not know it, and must not try).
   */
  async confirmPassword(ctx: Ctx, password: unknown, field: string): Promise<void> {
    const viewer = ctx.viewer!;
    if (viewer.session.impersonator)
      throw appError('FORBIDDEN', `Signed in as ${viewer.user.login} by an admin, you cannot give their password`);
    const v = validate(z.object({ [field]: loginInput.shape.password }), { [field]: password });
    const key = `${viewer.resellerId}:${viewer.user.login}`;
    await this.throttle.check(key, ctx.ip);
    const user = await ctx.em.findOneOrFail(User, { id: viewer.userId }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(user.passwordHash, v[field] as string))) {
      await this.throttle.failed(key, ctx.ip);
      ctx.log.info({ userId: user.id, ip: ctx.ip }, 'password confirmation failed');
      throw badInput([{ field, message: 'is not your password' }]);
    }
    await this.throttle.succeeded(key, ctx.ip);
  }

  /** Changes the viewer's own password and mails them about it; every other session of theirs is signed out. */
  async changePassword(ctx: Ctx, input: unknown): Promise<void> {
    const viewer = ctx.viewer!;
    refuseWhenImpersonated(ctx, 'their password');
    const v = validate(changePasswordSchema, input);
    const user = await ctx.em.findOneOrFail(User, { id: viewer.userId }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(user.passwordHash, v.currentPassword))) {
      throw appError('BAD_USER_INPUT', 'currentPassword: is not your current password', {
        fields: [{ field: 'currentPassword', message: 'is not your current password' }],
      });
    }
    const passwordHash = await hashPassword(v.newPassword);
    const at = new Date();
    // The change and the mail that tells the user of it commit together ('user.passwordChanged').
    await ctx.em.transactional(async (em) => {
      const changed = await em.findOneOrFail(User, { id: user.id });
      changed.passwordHash = passwordHash;
      changed.passwordChangedAt = at;
      await em.flush();
      await this.core.events.emit({ em }, 'user.passwordChanged', { user: changed, at });
    });
    await this.sessions.revokeAll(ctx.em, user.id, viewer.session);
  }
}
