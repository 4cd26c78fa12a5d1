import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context';
import { badInput, conflict, notFound, validate } from '../../errors';
import type { EventBus } from '../../events';
import type { SecretBox } from '../../secrets';
import { Reseller } from '../resellers';
import { refuseWhenImpersonated, type AuthService } from './auth.service';
import { Passkey } from './passkey.entity';
import { PendingSignIn } from './pending-sign-in.entity';
import { RecoveryCode } from './recovery-code.entity';
import { newRecoveryCode, normalizeRecoveryCode, RECOVERY_CODE_COUNT, recoveryCodeHash } from './recovery-codes';
import { newTotpSecret, totpStep, totpUri } from './totp';
import { User } from './user.entity';
import { UserTotp } from './user-totp.entity';

/** The ways a second factor may be given at sign-in. */
export enum SecondFactorMethod {
  TOTP = 'TOTP',
  RECOVERY_CODE = 'RECOVERY_CODE',
  PASSKEY = 'PASSKEY',
}

/** Where a user's second factors stand. */
export interface TwoFactorSummary {
  totp: boolean;
  recoveryCodesLeft: number;
  passkeys: number;
}

/** Proof that the person at the keyboard is the user: their password, or a code of their app (or a recovery code). */
const proofSchema = z
  .object({
    password: z.string().max(200, 'must be at most 200 characters').nullish(),
    code: z.string().trim().max(40, 'must be at most 40 characters').nullish(),
  })
  .refine((v) => (v.password ? 1 : 0) + (v.code ? 1 : 0) === 1, {
    path: ['password'],
    message: 'give your password or a code from your app',
  });

const codeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[0-9]{6}$/, 'must be the six digits your app shows'),
});

/**
 * Two-factor sign-in (UAD beyond): an authenticator app (TOTP) with recovery codes, and the
 * state of a user's second factors. Passkeys are passkeys.service.ts's; the second step of
 * signing in is second-factor.service.ts's. Every row here is the viewer's own: each query names
 * their user id (these tables carry no tenant filter: nobody reads another person's factors).
 */
export class TwoFactorService {
  constructor(
    private readonly secrets: SecretBox,
    private readonly events: EventBus,
    private readonly auth: AuthService,
  ) {}

  /** Tells the audit trail (in `em`'s transaction) that `user`'s sign-in security changed, by whom. */
  securityChanged(em: EntityManager, user: User, byId: number, what: string): Promise<void> {
    return this.events.emit({ em }, 'user.securityChanged', { user, byId, what });
  }

  async summary(em: EntityManager, userId: number): Promise<TwoFactorSummary> {
    const [totp, recoveryCodesLeft, passkeys] = await Promise.all([
      em.count(UserTotp, { user: userId, confirmedAt: { $ne: null } }),
      em.count(RecoveryCode, { user: userId, usedAt: null }),
      em.count(Passkey, { user: userId }),
    ]);
    return { totp: totp > 0, recoveryCodesLeft, passkeys };
  }

  /** The ways `userId` can give a second factor; empty when they have none (their password alone signs them in). */
  async methods(em: EntityManager, userId: number): Promise<SecondFactorMethod[]> {
    const s = await this.summary(em, userId);
    const methods: SecondFactorMethod[] = [];
    if (s.totp) methods.push(SecondFactorMethod.TOTP);
    if (s.passkeys) methods.push(SecondFactorMethod.PASSKEY);
    if (methods.length && s.recoveryCodesLeft) methods.push(SecondFactorMethod.RECOVERY_CODE);
    return methods;
  }

  /**
   * Starts (or starts over) setting up an authenticator app: a new secret, sealed at rest, shown
   * now as an otpauth:// address for the QR code and as text. It signs no one in until confirmed.
   */
  async startTotp(ctx: Ctx): Promise<{ secret: string; uri: string }> {
    refuseWhenImpersonated(ctx, 'their two-factor sign-in');
    const user = ctx.viewer!.user;
    const existing = await ctx.em.findOne(UserTotp, { user: user.id });
    if (existing?.confirmedAt)
      throw conflict('An authenticator app is set up already: turn it off first to set up another');
    const secret = newTotpSecret();
    const company = await ctx.em.findOneOrFail(Reseller, { id: ctx.viewer!.resellerId });
    if (existing) existing.secretSealed = this.secrets.seal(secret);
    else ctx.em.persist(ctx.em.create(UserTotp, { user: user.id, secretSealed: this.secrets.seal(secret) }));
    await ctx.em.flush();
    return { secret, uri: totpUri(secret, company.name, user.login) };
  }

  /**
   * Confirms the app with its current code: from now on it is asked for at sign-in. Answers ten new
   * recovery codes (any older ones stop working), shown this once.
   */
  async confirmTotp(ctx: Ctx, input: unknown): Promise<string[]> {
    refuseWhenImpersonated(ctx, 'their two-factor sign-in');
    const v = validate(codeSchema, input);
    const user = ctx.viewer!.user;
    const totp = await ctx.em.findOne(UserTotp, { user: user.id }, { populate: ['secretSealed'] });
    if (!totp) throw conflict('Start setting up your authenticator app first');
    if (totp.confirmedAt) throw conflict('Your authenticator app is set up already');
    const secret = this.secrets.open(totp.secretSealed);
    let step: number | null = null;
    const ok = await this.auth.attempt(ctx, user, 'totp confirmation', async () => {
      step = await totpStep(secret, v.code);
      return step !== null;
    });
    if (!ok) throw badInput([{ field: 'code', message: 'is not the code your app shows now' }]);
    return ctx.em.transactional(async (em) => {
      await em.nativeUpdate(UserTotp, { id: totp.id }, { confirmedAt: new Date(), lastStep: step });
      await this.securityChanged(em, user, user.id, 'authenticator app set up');
      return this.replaceRecoveryCodes(em, user.id);
    });
  }

  /** New recovery codes for the viewer (the old ones stop working), after their password or a code. */
  async regenerateRecoveryCodes(ctx: Ctx, proof: unknown): Promise<string[]> {
    refuseWhenImpersonated(ctx, 'their two-factor sign-in');
    const user = ctx.viewer!.user;
    if (!(await this.methods(ctx.em, user.id)).length)
      throw conflict('Set up an authenticator app or a passkey first: recovery codes stand in for them');
    await this.prove(ctx, proof);
    return ctx.em.transactional(async (em) => {
      await this.securityChanged(em, user, user.id, 'recovery codes made anew');
      return this.replaceRecoveryCodes(em, user.id);
    });
  }

  /** Turns the authenticator app off, after the password or a code; without passkeys, the recovery codes go too. */
  async disableTotp(ctx: Ctx, proof: unknown): Promise<void> {
    refuseWhenImpersonated(ctx, 'their two-factor sign-in');
    const user = ctx.viewer!.user;
    const totp = await ctx.em.findOne(UserTotp, { user: user.id, confirmedAt: { $ne: null } });
    if (!totp) throw conflict('No authenticator app is set up');
    await this.prove(ctx, proof);
    await ctx.em.transactional(async (em) => {
      await em.nativeDelete(UserTotp, { user: user.id });
      await this.dropRecoveryCodesIfUnneeded(em, user.id);
      await this.securityChanged(em, user, user.id, 'authenticator app turned off');
    });
    ctx.log.info({ userId: user.id }, 'authenticator app turned off');
  }

  /**
   * An admin turns off every second factor of a user they manage (their app, passkeys and recovery
   * codes), for one who lost them: the password alone signs them in again, and they set up anew.
   * The user is looked up in the admin's scope (another company's: NOT_FOUND); their own factors
   * an admin turns off on their Security page, with proof.
   */
  async resetForUser(ctx: Ctx, userId: number): Promise<User> {
    const viewer = ctx.viewer!;
    if (userId === viewer.userId)
      throw conflict('Turn off your own second factors on your Security page (with your password)');
    const user = await ctx.em.findOne(User, { id: userId });
    if (!user) throw notFound('User');
    await ctx.em.transactional(async (em) => {
      await em.nativeDelete(UserTotp, { user: userId });
      await em.nativeDelete(Passkey, { user: userId });
      await em.nativeDelete(RecoveryCode, { user: userId });
      await em.nativeDelete(PendingSignIn, { user: userId });
      await this.securityChanged(em, user, viewer.userId, 'every second factor reset by an admin');
    });
    ctx.log.info({ userId, by: viewer.userId }, 'two-factor sign-in reset by admin');
    return user;
  }

  /** After the last second factor went: recovery codes have nothing left to stand in for. */
  async dropRecoveryCodesIfUnneeded(em: EntityManager, userId: number): Promise<void> {
    const [totp, passkeys] = await Promise.all([
      em.count(UserTotp, { user: userId, confirmedAt: { $ne: null } }),
      em.count(Passkey, { user: userId }),
    ]);
    if (!totp && !passkeys) await em.nativeDelete(RecoveryCode, { user: userId });
  }

  /**
   * Takes a code of the user's app: right (within the ±1 step window) and of a later step than the
   * last one taken, which it becomes, in one conditional update: a code is never taken twice, even
   * by two requests at once.
   */
  async takeTotpCode(em: EntityManager, userId: number, code: string): Promise<boolean> {
    const totp = await em.findOne(
      UserTotp,
      { user: userId, confirmedAt: { $ne: null } },
      { populate: ['secretSealed'] },
    );
    if (!totp) return false;
    const step = await totpStep(this.secrets.open(totp.secretSealed), code);
    if (step === null) return false;
    const taken = await em.nativeUpdate(
      UserTotp,
      { id: totp.id, $or: [{ lastStep: null }, { lastStep: { $lt: step } }] },
      { lastStep: step },
    );
    return taken === 1;
  }

  /** Takes one of the user's unused recovery codes (marks it used, once, in one conditional update). */
  async takeRecoveryCode(em: EntityManager, userId: number, input: string): Promise<boolean> {
    const normalized = normalizeRecoveryCode(input);
    if (!normalized) return false;
    const taken = await em.nativeUpdate(
      RecoveryCode,
      { user: userId, codeHash: recoveryCodeHash(normalized), usedAt: null },
      { usedAt: new Date() },
    );
    return taken === 1;
  }

  /** The viewer's password, or a code of their app or a recovery code; counted like a sign-in when wrong. */
  private async prove(ctx: Ctx, proof: unknown): Promise<void> {
    const v = validate(proofSchema, proof ?? {});
    if (v.password) return this.auth.confirmPassword(ctx, v.password, 'password');
    const user = ctx.viewer!.user;
    const code = v.code!;
    const ok = await this.auth.attempt(ctx, user, 'proof by code', () =>
      /^[0-9]{6}$/.test(code) ? this.takeTotpCode(ctx.em, user.id, code) : this.takeRecoveryCode(ctx.em, user.id, code),
    );
    if (!ok) throw badInput([{ field: 'code', message: 'is not a valid code' }]);
  }

  private async replaceRecoveryCodes(em: EntityManager, userId: number): Promise<string[]> {
    await em.nativeDelete(RecoveryCode, { user: userId });
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    for (const code of codes)
      em.persist(em.create(RecoveryCode, { user: userId, codeHash: recoveryCodeHash(normalizeRecoveryCode(code)!) }));
    await em.flush();
    return codes;
  }
}
