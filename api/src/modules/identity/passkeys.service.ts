import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/core';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { isoBase64URL } from '@simplewebauthn/server/helpers';
import type { Config } from '../../config';
import type { Ctx } from '../../graphql/context';
import { panelUrl } from '../../http/panel-url';
import { badInput, conflict, notFound, parseId, validate } from '../../errors';
import { Reseller } from '../resellers';
import { refuseWhenImpersonated } from './auth.service';
import { Passkey } from './passkey.entity';
import { PasskeyRegistration } from './passkey-registration.entity';
import type { TwoFactorService } from './two-factor.service';

/** How long the browser has to answer a WebAuthn challenge. */
export const CHALLENGE_TTL_MS = 5 * 60_000;
/** Passkeys one user may register. */
export const MAX_PASSKEYS = 20;

const finishSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(64, 'must be at most 64 characters')
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters'),
  response: z.string().min(2, 'must be the browser’s answer').max(20_000, 'must be at most 20000 characters'),
});

/** The WebAuthn relying party a company's people meet: its panel's host name and origin, from configuration only. */
export interface RelyingParty {
  id: string;
  origin: string;
  name: string;
}

/**
 * The relying party of `company`'s panel: its own panel host for a reseller (its cpHost), else
 * PUBLIC_URL's; never the request's Host header, which the caller writes.
 */
export function relyingPartyOf(config: Config, company: Reseller): RelyingParty {
  const url = new URL(panelUrl(config, company, '/'));
  return { id: url.hostname, origin: url.origin, name: company.name };
}

/** A JSON text from the browser, or null when it is not an object. */
function parseJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const transportsOf = (p: Passkey): AuthenticatorTransportFuture[] =>
  p.transports ? (p.transports.split(',') as AuthenticatorTransportFuture[]) : [];

/**
 * Passkeys (WebAuthn, through @simplewebauthn/server) as a second factor: registered from the
 * Security page, listed and removed there, and asked for at sign-in. Challenges are kept on the
 * server, used once and for minutes only. Like the app's codes, every row is the viewer's own:
 * queries name their user id, and another user's passkey is NOT_FOUND.
 */
export class PasskeyService {
  constructor(
    private readonly config: Config,
    private readonly twoFactor: TwoFactorService,
  ) {}

  list(em: EntityManager, userId: number): Promise<Passkey[]> {
    return em.find(Passkey, { user: userId }, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: MAX_PASSKEYS });
  }

  /** The options for the browser's navigator.credentials.create(), as JSON; the challenge is kept for finishRegistration. */
  async startRegistration(ctx: Ctx): Promise<string> {
    refuseWhenImpersonated(ctx, 'their passkeys');
    const user = ctx.viewer!.user;
    const existing = await this.list(ctx.em, user.id);
    if (existing.length >= MAX_PASSKEYS) throw conflict(`You have ${MAX_PASSKEYS} passkeys: remove one first`);
    const rp = relyingPartyOf(this.config, await ctx.em.findOneOrFail(Reseller, { id: ctx.viewer!.resellerId }));
    const options = await generateRegistrationOptions({
      rpName: rp.name,
      rpID: rp.id,
      userName: user.login,
      userDisplayName: user.login,
      // The user handle is the numeric id: no e-mail address or name on the authenticator.
      userID: new TextEncoder().encode(`helio-user-${user.id}`),
      attestationType: 'none',
      excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: transportsOf(p) })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
      timeout: CHALLENGE_TTL_MS,
    });
    const expiresAt = new Date(Date.now() + CHALLENGE_TTL_MS);
    await ctx.em.nativeDelete(PasskeyRegistration, { expiresAt: { $lt: new Date() } }); // abandoned ones
    await ctx.em.upsert(PasskeyRegistration, { user: user.id, challenge: options.challenge, expiresAt });
    return JSON.stringify(options);
  }

  /** Checks the browser's answer against the kept challenge (taken: used once) and stores the new passkey. */
  async finishRegistration(ctx: Ctx, input: unknown): Promise<Passkey> {
    refuseWhenImpersonated(ctx, 'their passkeys');
    const v = validate(finishSchema, input);
    const user = ctx.viewer!.user;
    const response = parseJson(v.response);
    if (!response) throw badInput([{ field: 'response', message: 'is not a WebAuthn registration answer (JSON)' }]);
    const pending = await ctx.em.findOne(PasskeyRegistration, { user: user.id });
    const taken = pending
      ? await ctx.em.nativeDelete(PasskeyRegistration, { user: user.id, challenge: pending.challenge })
      : 0;
    if (!pending || taken !== 1 || pending.expiresAt.getTime() <= Date.now())
      throw conflict('The passkey registration expired or was not started: add the passkey again');
    const rp = relyingPartyOf(this.config, await ctx.em.findOneOrFail(Reseller, { id: ctx.viewer!.resellerId }));
    let info;
    try {
      const result = await verifyRegistrationResponse({
        response: response as unknown as RegistrationResponseJSON,
        expectedChallenge: pending.challenge,
        expectedOrigin: rp.origin,
        expectedRPID: rp.id,
        requireUserVerification: false,
      });
      info = result.verified ? result.registrationInfo : null;
    } catch (err) {
      ctx.log.info({ userId: user.id, err: (err as Error).message }, 'passkey registration refused');
      info = null;
    }
    if (!info) throw badInput([{ field: 'response', message: 'is not a valid passkey for this panel' }]);
    const credentialId = info.credential.id;
    if (await ctx.em.count(Passkey, { credentialId })) throw conflict('This passkey is registered already');
    const passkey = await ctx.em.transactional(async (em) => {
      const added = em.create(Passkey, {
        user: user.id,
        name: v.name,
        credentialId,
        publicKey: isoBase64URL.fromBuffer(info.credential.publicKey),
        counter: info.credential.counter,
        transports: (info.credential.transports ?? []).join(',').slice(0, 200),
      });
      await em.persist(added).flush();
      await this.twoFactor.securityChanged(em, user, user.id, `passkey "${v.name}" added`);
      return added;
    });
    ctx.log.info({ userId: user.id, passkeyId: passkey.id }, 'passkey added');
    return passkey;
  }

  /** Removes one of the viewer's passkeys (another's: NOT_FOUND); without any factor left, the recovery codes go too. */
  async remove(ctx: Ctx, id: string): Promise<void> {
    refuseWhenImpersonated(ctx, 'their passkeys');
    const userId = ctx.viewer!.userId;
    await ctx.em.transactional(async (em) => {
      const removed = await em.nativeDelete(Passkey, { id: parseId(id), user: userId });
      if (removed !== 1) throw notFound('Passkey');
      await this.twoFactor.dropRecoveryCodesIfUnneeded(em, userId);
      await this.twoFactor.securityChanged(em, ctx.viewer!.user, userId, 'a passkey removed');
    });
    ctx.log.info({ userId, passkeyId: id }, 'passkey removed');
  }

  /** The options for navigator.credentials.get() at sign-in, naming the user's passkeys; and their challenge, to keep. */
  async assertionOptions(
    em: EntityManager,
    userId: number,
    rp: RelyingParty,
  ): Promise<{ json: string; challenge: string }> {
    const passkeys = await this.list(em, userId);
    const options = await generateAuthenticationOptions({
      rpID: rp.id,
      allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: transportsOf(p) })),
      userVerification: 'preferred',
      timeout: CHALLENGE_TTL_MS,
    });
    return { json: JSON.stringify(options), challenge: options.challenge };
  }

  /**
   * Whether `responseText` is an assertion of `challenge` by one of the user's own passkeys (a
   * passkey of someone else is no proof); its counter and last use are kept.
   */
  async verifyAssertion(
    em: EntityManager,
    userId: number,
    rp: RelyingParty,
    challenge: string,
    responseText: string,
  ): Promise<boolean> {
    const response = parseJson(responseText);
    const credentialId = typeof response?.id === 'string' ? response.id : null;
    if (!response || !credentialId || credentialId.length > 1400) return false;
    const passkey = await em.findOne(Passkey, { user: userId, credentialId });
    if (!passkey) return false;
    try {
      const result = await verifyAuthenticationResponse({
        response: response as unknown as AuthenticationResponseJSON,
        expectedChallenge: challenge,
        expectedOrigin: rp.origin,
        expectedRPID: rp.id,
        credential: {
          id: passkey.credentialId,
          publicKey: isoBase64URL.toBuffer(passkey.publicKey),
          counter: passkey.counter,
          transports: transportsOf(passkey),
        },
        requireUserVerification: false,
      });
      if (!result.verified) return false;
      await em.nativeUpdate(
        Passkey,
        { id: passkey.id },
        { counter: result.authenticationInfo.newCounter, lastUsedAt: new Date() },
      );
      return true;
    } catch {
      return false;
    }
  }
}
