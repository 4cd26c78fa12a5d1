import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { z } from 'zod';
import type { Ctx } from '../../graphql/context';
import { appError, badInput, conflict, DomainError, validate } from '../../errors';
import { rowsChanged } from '../../db/row-changes';
import { unscoped } from '../../db/scope';
import { panelUrl } from '../../http/panel-url';
import type { Core } from '../../module';
import { Reseller } from '../resellers';
import { refuseIfSuspended, refuseWhenImpersonated, resellerForHost, type AuthService } from './auth.service';
import { ImpersonationTicket } from './impersonation-ticket.entity';
import { MailedToken, MailedTokenPurpose } from './mailed-token.entity';
import { hashPassword } from './password';
import { SessionService } from './sessions.service';
import type { SignupThrottle } from './throttle';
import { User } from './user.entity';
import { emailSchema, passwordSchema } from './validation';

/** How long a password reset link works: short, as it opens the account. */
export const RESET_TTL_MS = 60 * 60 * 1000;
/** How long an address verification link works. */
export const VERIFY_TTL_MS = 48 * 60 * 60 * 1000;
/** At most this many logins get a reset link for one e-mail address typed in (several logins may share one). */
const MAX_LOGINS_PER_ADDRESS = 5;

const requestSchema = z.object({
  login: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'must not be empty')
    .max(254, 'must be at most 254 characters')
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters'),
});
// A token is 43 base64url characters; anything else is looked up as nothing, never as bad input of its own.
const tokenSchema = z.string().max(200, 'must be at most 200 characters');
const resetSchema = z.object({ token: tokenSchema, newPassword: passwordSchema });
const changeEmailSchema = z.object({
  email: emailSchema,
  currentPassword: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
});

/** The one answer for a reset link that is wrong, used, superseded, expired or for another company's panel. */
const invalidLink = (field = 'token') =>
  badInput([{ field, message: 'this link is invalid, already used or expired: ask for a new one' }]);

/** The throttles of recovery: each one of the existing per-hour counters (SignupThrottle), under its own keys. */
export interface RecoveryThrottles {
  /** Reset requests per client address (refused with 429: it says nothing about any account). */
  requestsPerIp: SignupThrottle;
  /** Reset mails per user (past it, no mail: the answer stays the same, so it tells nothing either). */
  mailsPerUser: SignupThrottle;
  /** Verification mails asked for again per user. */
  resendsPerUser: SignupThrottle;
}

/** True when the throttle still had an attempt for `key`; false (and nothing thrown) when spent. */
async function tryTake(throttle: SignupThrottle, key: string): Promise<boolean> {
  try {
    await throttle.take(key);
    return true;
  } catch (err) {
    if (err instanceof DomainError && err.code === 'TOO_MANY_REQUESTS') return false;
    throw err;
  }
}

/** The same 429 as the throttle's, worded for what was asked. */
async function take(throttle: SignupThrottle, key: string, message: string): Promise<void> {
  try {
    await throttle.take(key);
  } catch (err) {
    if (err instanceof DomainError && err.code === 'TOO_MANY_REQUESTS')
      throw appError(
        'TOO_MANY_REQUESTS',
        `${message}; try again in ${String(err.extensions.retryAfterSeconds)} seconds`,
        {
          retryAfterSeconds: err.extensions.retryAfterSeconds,
        },
      );
    throw err;
  }
}

/**
 * Password recovery and e-mail verification (issue 20). Links are mailed on the company's own
 * panel host (configuration, never the request's Host); the mail itself is the notifications
 * area's, which hears 'user.passwordResetRequested' and 'user.emailVerificationRequested' in the
 * transaction that made the token.
 */
export class RecoveryService {
  constructor(
    private readonly core: Pick<Core, 'events' | 'config'>,
    private readonly sessions: SessionService,
    private readonly auth: Pick<AuthService, 'confirmPassword'>,
    private readonly throttles: RecoveryThrottles,
  ) {}

  /**
   * "Forgot password": by login, or by e-mail address (every login of this company with it, a few at
   * most). Always the same answer, whether anyone matched, so it tells nobody which logins or
   * addresses exist; a disabled login, or one past its mails for the hour, is simply not mailed.
   * The link goes to the address on file whether or not it was verified (as WHMCS and cPanel do):
   * it is the only address the panel has for them, and a link to it helps nobody else.
   */
  async requestPasswordReset(ctx: Ctx, input: unknown): Promise<void> {
    const v = validate(requestSchema, input);
    const company = await resellerForHost(ctx);
    refuseIfSuspended(company);
    await take(this.throttles.requestsPerIp, `reset-ip:${ctx.ip}`, 'Too many password reset requests from here');
    const byEmail = v.login.includes('@');
    const users = await ctx.em.find(
      User,
      byEmail ? { reseller: company.id, email: v.login } : { reseller: company.id, login: v.login },
      {
        orderBy: { id: 'asc' },
        limit: MAX_LOGINS_PER_ADDRESS,
        ...unscoped('a reset is asked for signed out: the logins of this host’s company with that name or address'),
      },
    );
    let mailed = 0;
    for (const user of users) {
      if (user.disabledAt) continue;
      if (!(await tryTake(this.throttles.mailsPerUser, `reset-user:${user.id}`))) continue;
      await ctx.em.transactional(async (em) => {
        const { link, expiresAt } = await this.issue(
          em,
          user,
          company,
          MailedTokenPurpose.PASSWORD_RESET,
          user.email,
          '/reset-password',
          RESET_TTL_MS,
        );
        await this.core.events.emit({ em }, 'user.passwordResetRequested', { user, company, link, expiresAt });
      });
      mailed++;
    }
    // Which login asked is logged; never the token, and the answer does not depend on it.
    ctx.log.info(
      { resellerId: company.id, byEmail, matched: users.length, mailed, ip: ctx.ip },
      'password reset requested',
    );
  }

  /**
   * Sets a new password with a mailed link: the link is used up, every session of the user (an
   * admin's impersonation too) and every impersonation link not yet used are ended, the user is
   * mailed about it ('user.passwordChanged') and it is in the audit trail ('user.passwordReset').
   * Nobody is signed in: the user signs in with the new password. On a suspended company's host, or
   * for a disabled login, refused as a sign-in would be.
   */
  async resetPassword(ctx: Ctx, input: unknown): Promise<User> {
    const v = validate(resetSchema, input);
    const company = await resellerForHost(ctx);
    refuseIfSuspended(company);
    const found = await this.live(ctx.em, v.token, MailedTokenPurpose.PASSWORD_RESET, company);
    if (!found) throw invalidLink();
    if (found.user.disabledAt) throw appError('FORBIDDEN', 'This login is disabled: ask your company’s admin');
    const passwordHash = await hashPassword(v.newPassword);
    const at = new Date();
    const userId = found.user.id;
    await ctx.em.transactional(async (em) => {
      // Claimed by deleting it: of two uses at once, one deletes the row and the other finds none.
      if ((await em.nativeDelete(MailedToken, { id: found.id })) !== 1) throw invalidLink();
      await em.nativeDelete(MailedToken, { user: userId, purpose: MailedTokenPurpose.PASSWORD_RESET });
      const user = await em.findOneOrFail(
        User,
        { id: userId },
        unscoped('a reset link is used signed out: its own user, found by the link'),
      );
      user.passwordHash = passwordHash;
      user.passwordChangedAt = at;
      // The link reached the address it was sent to: that proves the address, as a verification link would.
      if (!user.emailVerifiedAt && user.email === found.email) user.emailVerifiedAt = at;
      await em.flush();
      await this.sessions.revokeAll(em, userId);
      await em.nativeDelete(ImpersonationTicket, { target: userId });
      await this.core.events.emit({ em }, 'user.passwordChanged', { user, at });
      await this.core.events.emit({ em }, 'user.passwordReset', { user, at, ip: ctx.ip });
    });
    // A cookie this browser still holds names a session that no longer exists.
    this.sessions.clearCookie(ctx.http);
    ctx.log.info({ userId, ip: ctx.ip }, 'password reset');
    return found.user;
  }

  /**
   * Mails `user` a link that verifies their current address, in `em`'s transaction (the signup's,
   * an address change's); earlier verification links of theirs stop working.
   */
  async mailVerification(em: EntityManager, user: User): Promise<void> {
    const company = await em.findOneOrFail(
      Reseller,
      { id: user.reseller.id },
      unscoped('the user’s own company, whose panel the verification link opens'),
    );
    const { link, expiresAt } = await this.issue(
      em,
      user,
      company,
      MailedTokenPurpose.EMAIL_VERIFICATION,
      user.email,
      '/verify-email',
      VERIFY_TTL_MS,
    );
    await this.core.events.emit({ em }, 'user.emailVerificationRequested', {
      user,
      company,
      email: user.email,
      link,
      expiresAt,
    });
  }

  /**
   * Marks the address a verification link was sent to as verified, if it is still the user's. Works
   * signed out too (the mail may be read on another device); only on the user's company's panel.
   */
  async verifyEmail(ctx: Ctx, token: unknown): Promise<User> {
    const v = validate(z.object({ token: tokenSchema }), { token });
    const company = await resellerForHost(ctx);
    const found = await this.live(ctx.em, v.token, MailedTokenPurpose.EMAIL_VERIFICATION, company);
    if (!found || found.user.email !== found.email) throw invalidLink();
    const at = new Date();
    await ctx.em.transactional(async (em) => {
      if ((await em.nativeDelete(MailedToken, { id: found.id })) !== 1) throw invalidLink();
      await em.nativeDelete(MailedToken, { user: found.user.id, purpose: MailedTokenPurpose.EMAIL_VERIFICATION });
      await em.nativeUpdate(
        User,
        { id: found.user.id },
        { emailVerifiedAt: at },
        unscoped('a verification link is used signed out: its own user'),
      );
      await rowsChanged(em, [{ entity: 'User', id: found.user.id }]); // cached sessions answer the user's columns
    });
    found.user.emailVerifiedAt = at;
    ctx.log.info({ userId: found.user.id }, 'e-mail address verified');
    return found.user;
  }

  /** Mails the viewer a new verification link (a few times an hour); CONFLICT when the address is verified already. */
  async resendVerification(ctx: Ctx): Promise<void> {
    const viewer = ctx.viewer!;
    const user = await ctx.em.findOneOrFail(User, { id: viewer.userId });
    if (user.emailVerifiedAt) throw conflict(`${user.email} is verified already`);
    await take(this.throttles.resendsPerUser, `verify-user:${user.id}`, 'Too many verification mails asked for');
    await ctx.em.transactional((em) => this.mailVerification(em, user));
  }

  /**
   * Changes the viewer's own e-mail address, after their password: the new address is unverified
   * until the link mailed to it is used. Not in an admin's session as the user.
   */
  async changeEmail(ctx: Ctx, input: unknown): Promise<User> {
    refuseWhenImpersonated(ctx, 'their e-mail address');
    const v = validate(changeEmailSchema, input);
    await this.auth.confirmPassword(ctx, v.currentPassword, 'currentPassword');
    const viewer = ctx.viewer!;
    const user = await ctx.em.findOneOrFail(User, { id: viewer.userId });
    if (user.email === v.email) throw badInput([{ field: 'email', message: 'is your address already' }]);
    await ctx.em.transactional(async (em) => {
      const changed = await em.findOneOrFail(User, { id: user.id });
      changed.email = v.email;
      changed.emailVerifiedAt = null;
      await em.flush();
      await this.mailVerification(em, changed);
    });
    ctx.log.info({ userId: user.id }, 'e-mail address changed');
    return ctx.em.findOneOrFail(User, { id: user.id }, { refresh: true });
  }

  /** A new link for `user`: its earlier ones of the same purpose (and any expired ones) are deleted. */
  private async issue(
    em: EntityManager,
    user: User,
    company: Reseller,
    purpose: MailedTokenPurpose,
    email: string,
    path: string,
    ttlMs: number,
  ): Promise<{ link: string; expiresAt: Date }> {
    if (user.id === undefined) await em.flush(); // a user the signup is creating in this transaction
    const now = new Date();
    await em.nativeDelete(MailedToken, {
      $or: [{ user: user.id, purpose }, { expiresAt: { $lte: now } }],
    });
    const token = crypto.randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + ttlMs);
    em.create(MailedToken, {
      id: SessionService.digest(token),
      user: em.getReference(User, user.id),
      purpose,
      email,
      expiresAt,
      createdAt: now,
    });
    await em.flush();
    return { link: panelUrl(this.core.config, company, `${path}?token=${token}`), expiresAt };
  }

  /** The unexpired link `token` names, of `purpose`, for a user of `company`; else null. */
  private async live(
    em: EntityManager,
    token: string,
    purpose: MailedTokenPurpose,
    company: Reseller,
  ): Promise<(MailedToken & { user: User }) | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const found = await em.findOne(
      MailedToken,
      { id: SessionService.digest(token), purpose },
      {
        populate: ['user'],
        ...unscoped('a mailed link is used signed out: its row and its user, by the token’s hash'),
      },
    );
    if (!found || found.expiresAt.getTime() <= Date.now() || found.user.reseller.id !== company.id) return null;
    return found as MailedToken & { user: User };
  }
}
