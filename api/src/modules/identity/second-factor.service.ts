import crypto from 'node:crypto';
import { z } from 'zod';
import type { Config } from '../../config';
import type { Ctx } from '../../graphql/context';
import { appError, badInput, validate } from '../../errors';
import { readCookie, setCookie } from '../../http/exchange';
import { unscoped } from '../../db/scope';
import { ResellerStatus } from '../resellers';
import { resellerForHost, type AuthService, type SecondFactorGate } from './auth.service';
import { PendingSignIn } from './pending-sign-in.entity';
import { relyingPartyOf, type PasskeyService } from './passkeys.service';
import { SessionService } from './sessions.service';
import type { TwoFactorService } from './two-factor.service';
import type { User } from './user.entity';

/** The cookie that carries a pending sign-in's token between the password and the second factor. */
export const PENDING_SIGN_IN_COOKIE = 'helio_2fa';
/** How long the second factor may take after the password. */
export const PENDING_SIGN_IN_TTL_MS = 5 * 60_000;
/** Wrong second factors one pending sign-in takes before it is dropped (the password is asked again). */
export const PENDING_SIGN_IN_MAX_FAILURES = 5;

/** extensions.reason when the pending sign-in is gone (expired, used, too many wrong codes, another browser). */
export const SIGN_IN_EXPIRED = 'SIGN_IN_EXPIRED';

const verifySchema = z
  .object({
    code: z.string().trim().max(20, 'must be at most 20 characters').nullish(),
    recoveryCode: z.string().trim().max(40, 'must be at most 40 characters').nullish(),
    passkey: z.string().max(20_000, 'must be at most 20000 characters').nullish(),
  })
  .refine((v) => [v.code, v.recoveryCode, v.passkey].filter(Boolean).length === 1, {
    path: ['code'],
    message: 'give one of: the code of your app, a recovery code, or your passkey',
  });

const expired = () =>
  appError('UNAUTHENTICATED', 'Your sign-in has expired: sign in with your password again', {
    reason: SIGN_IN_EXPIRED,
  });

/**
 * The second step of signing in: after the right password a user with a second factor gets a
 * pending sign-in (an HttpOnly cookie, minutes long, no session), and gives a code of their app,
 * a recovery code or a passkey to turn it into a session. Wrong ones count toward the sign-in
 * throttle of their login, and a few of them drop the pending sign-in.
 */
export class SecondFactorService implements SecondFactorGate {
  constructor(
    private readonly config: Config,
    private readonly auth: AuthService,
    private readonly twoFactor: TwoFactorService,
    private readonly passkeys: PasskeyService,
  ) {}

  /** Called by login with the right password: for a user with a second factor, a pending sign-in; else null. */
  async begin(ctx: Ctx, user: User): Promise<string[] | null> {
    const methods = await this.twoFactor.methods(ctx.em, user.id);
    if (!methods.length) return null;
    const token = crypto.randomBytes(32).toString('base64url');
    // An earlier pending sign-in of this browser is replaced (its cookie is overwritten below), and
    // those nobody finished are swept on the way (there are few: each lives five minutes).
    await this.drop(ctx, { clearCookie: false });
    await ctx.em.nativeDelete(PendingSignIn, { expiresAt: { $lt: new Date() } });
    ctx.em.persist(
      ctx.em.create(PendingSignIn, {
        id: SessionService.digest(token),
        user,
        expiresAt: new Date(Date.now() + PENDING_SIGN_IN_TTL_MS),
      }),
    );
    await ctx.em.flush();
    setCookie(ctx.http, PENDING_SIGN_IN_COOKIE, token, {
      secure: this.config.cookieSecure,
      maxAgeMs: PENDING_SIGN_IN_TTL_MS,
    });
    return methods;
  }

  /** The options for navigator.credentials.get() for this browser's pending sign-in (a new challenge each time). */
  async passkeyOptions(ctx: Ctx): Promise<string> {
    const pending = await this.pending(ctx);
    const rp = relyingPartyOf(this.config, pending.user.reseller);
    const { json, challenge } = await this.passkeys.assertionOptions(ctx.em, pending.user.id, rp);
    await ctx.em.nativeUpdate(PendingSignIn, { id: pending.id }, { challenge });
    return json;
  }

  /** Turns this browser's pending sign-in into a session, given a right second factor. */
  async verify(ctx: Ctx, input: unknown): Promise<void> {
    const v = validate(verifySchema, input);
    const pending = await this.pending(ctx);
    const user = pending.user;
    const field = v.code ? 'code' : v.recoveryCode ? 'recoveryCode' : 'passkey';
    const ok = await this.auth.attempt(ctx, user, field, async () => {
      if (v.code) return this.twoFactor.takeTotpCode(ctx.em, user.id, v.code);
      if (v.recoveryCode) return this.twoFactor.takeRecoveryCode(ctx.em, user.id, v.recoveryCode);
      // The challenge is taken whatever the answer: each assertion is checked against a fresh one.
      const challenge = pending.challenge;
      if (!challenge) return false;
      const took = await ctx.em.nativeUpdate(PendingSignIn, { id: pending.id, challenge }, { challenge: null });
      if (took !== 1) return false;
      const rp = relyingPartyOf(this.config, user.reseller);
      return this.passkeys.verifyAssertion(ctx.em, user.id, rp, challenge, v.passkey!);
    });
    if (!ok) {
      const failures = pending.failures + 1;
      if (failures >= PENDING_SIGN_IN_MAX_FAILURES) {
        await this.drop(ctx);
        throw appError('UNAUTHENTICATED', 'Too many wrong codes: sign in with your password again', {
          reason: SIGN_IN_EXPIRED,
        });
      }
      await ctx.em.nativeUpdate(PendingSignIn, { id: pending.id }, { failures });
      throw badInput([
        {
          field,
          message: field === 'passkey' ? 'was not accepted: try again' : 'is not a valid code',
        },
      ]);
    }
    // Used once: of two requests with the same pending sign-in, one signs in.
    if ((await ctx.em.nativeDelete(PendingSignIn, { id: pending.id })) !== 1) throw expired();
    this.clearCookie(ctx);
    await this.auth.signIn(ctx, user);
    ctx.log.info({ userId: user.id, ip: ctx.ip, with: field }, 'login (second factor)');
  }

  /**
   * This browser's live pending sign-in, on the panel of the user's own company, whose user may
   * still sign in; else UNAUTHENTICATED (and the cookie is cleared).
   */
  private async pending(ctx: Ctx): Promise<PendingSignIn> {
    const token = readCookie(ctx.http.cookieHeader, PENDING_SIGN_IN_COOKIE);
    const pending =
      token && /^[A-Za-z0-9_-]{43}$/.test(token)
        ? await ctx.em.findOne(
            PendingSignIn,
            { id: SessionService.digest(token) },
            {
              populate: ['user', 'user.reseller'],
              ...unscoped('a pending sign-in is looked up before the viewer is known; its token is the credential'),
            },
          )
        : null;
    const here = pending ? await resellerForHost(ctx) : null;
    const usable =
      pending &&
      pending.expiresAt.getTime() > Date.now() &&
      !pending.user.disabledAt &&
      pending.user.reseller.status !== ResellerStatus.SUSPENDED &&
      here?.id === pending.user.reseller.id;
    if (!usable) {
      if (pending) await ctx.em.nativeDelete(PendingSignIn, { id: pending.id });
      if (token) this.clearCookie(ctx);
      throw expired();
    }
    return pending;
  }

  private async drop(ctx: Ctx, opts = { clearCookie: true }): Promise<void> {
    const token = readCookie(ctx.http.cookieHeader, PENDING_SIGN_IN_COOKIE);
    if (token) await ctx.em.nativeDelete(PendingSignIn, { id: SessionService.digest(token) });
    if (opts.clearCookie) this.clearCookie(ctx);
  }

  private clearCookie(ctx: Ctx): void {
    setCookie(ctx.http, PENDING_SIGN_IN_COOKIE, '', { secure: this.config.cookieSecure, maxAgeMs: 0 });
  }
}
