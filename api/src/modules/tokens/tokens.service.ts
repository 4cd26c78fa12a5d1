import crypto from 'node:crypto';
import { z } from 'zod';
import type { Ctx } from '../../graphql/context';
import { conflict, notFound, validate } from '../../errors';
import { audit } from '../audit';
import { isAdminRole, User } from '../identity';
import { Reseller } from '../resellers';
import { ApiToken } from './api-token.entity';
import { parseAllowEntry } from './ip-allow';
import { ApiScopeAccess, ApiScopeGroup, decodeScopes, encodeScopes, type ScopeGrant } from './scopes';
import type { TokenSettings } from './settings';
import { ApiTokenStatus } from './tokens.inputs';

/** A token's text: `helio_`, 12 characters that find it, 43 of secret (256 random bits), base64url. */
export const TOKEN_PREFIX = 'helio_';
const TOKEN_PATTERN = /^helio_([A-Za-z0-9_-]{12})([A-Za-z0-9_-]{43})$/;
/** Tokens that still work, per user: enough for many scripts, not a table a user can fill. */
const MAX_LIVE_TOKENS = 50;
const DEFAULT_DAYS = 90;
const DAY_MS = 86_400_000;

export const secretDigest = (secret: string): string => crypto.createHash('sha256').update(secret).digest('hex');

/** The lookup and secret parts of a token's text, or null when it is not one. */
export function splitToken(text: string): { lookup: string; secret: string } | null {
  const match = TOKEN_PATTERN.exec(text);
  return match ? { lookup: match[1]!, secret: match[2]! } : null;
}

export function statusOf(token: ApiToken, now = Date.now()): ApiTokenStatus {
  if (token.revokedAt) return ApiTokenStatus.REVOKED;
  return token.expiresAt.getTime() <= now ? ApiTokenStatus.EXPIRED : ApiTokenStatus.ACTIVE;
}

export const scopesOf = (token: ApiToken): ScopeGrant[] => decodeScopes(token.scopes);
export const allowedIpsOf = (token: ApiToken): string[] => (token.allowedIps ? token.allowedIps.split('\n') : []);

function createSchema(maxDays: number) {
  return z.object({
    name: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(100, 'must be at most 100 characters')
      .refine((v) => !/[\p{Cc}]/u.test(v), 'must not contain control characters'),
    scopes: z
      .array(z.object({ group: z.nativeEnum(ApiScopeGroup), access: z.nativeEnum(ApiScopeAccess) }))
      .min(1, 'must give the token at least one group')
      .superRefine((scopes, check) => {
        const seen = new Set<string>();
        scopes.forEach((s, i) => {
          if (seen.has(s.group)) check.addIssue({ code: 'custom', path: [i, 'group'], message: 'is given twice' });
          seen.add(s.group);
        });
      }),
    expiresInDays: z
      .number()
      .int('must be a whole number of days')
      .min(1, 'must be at least 1 day')
      .max(maxDays, `must be at most ${maxDays} days`)
      .nullish(),
    allowedIps: z
      .array(z.string().max(100, 'must be at most 100 characters'))
      .max(50, 'must list at most 50 addresses or ranges')
      .nullish()
      .transform((list, check) =>
        (list ?? []).map((text, i) => {
          const parsed = parseAllowEntry(text);
          if ('error' in parsed) {
            check.addIssue({ code: 'custom', path: [i], message: parsed.error });
            return '';
          }
          return parsed.entry;
        }),
      ),
  });
}

/** API tokens (API-1): created by their owner in a browser session, listed, revoked; found by a request's bearer secret. */
export class TokenService {
  constructor(private readonly settings: TokenSettings) {}

  /** The viewer's own tokens, newest first (revoked and expired ones too). */
  own(ctx: Ctx): Promise<ApiToken[]> {
    return ctx.em.find(ApiToken, { user: ctx.viewer!.userId }, { orderBy: { id: 'desc' }, limit: 200 });
  }

  /** Every token of the admin's company's users (or one user's), newest first. */
  company(ctx: Ctx, userId: number | null): Promise<ApiToken[]> {
    const viewer = ctx.viewer!;
    return ctx.em.find(
      ApiToken,
      { reseller: viewer.resellerId, ...(userId === null ? {} : { user: userId }) },
      { orderBy: { id: 'desc' }, limit: 500, populate: ['user'] },
    );
  }

  /** A new token of the viewer's, with its secret (shown this once). */
  async create(ctx: Ctx, input: unknown): Promise<{ token: ApiToken; secret: string }> {
    const viewer = ctx.viewer!;
    const v = validate(createSchema(this.settings.maxDays), input);
    const days = v.expiresInDays ?? Math.min(DEFAULT_DAYS, this.settings.maxDays);
    const lookup = crypto.randomBytes(9).toString('base64url');
    const secret = crypto.randomBytes(32).toString('base64url');
    const token = await ctx.em.transactional(async (em) => {
      const live = await em.count(ApiToken, {
        user: viewer.userId,
        revokedAt: null,
        expiresAt: { $gt: new Date() },
      });
      if (live >= MAX_LIVE_TOKENS)
        throw conflict(`You have ${MAX_LIVE_TOKENS} tokens that still work: revoke one before creating another`);
      const created = em.create(ApiToken, {
        reseller: em.getReference(Reseller, viewer.resellerId),
        user: em.getReference(User, viewer.userId),
        name: v.name,
        lookup,
        secretHash: secretDigest(secret),
        scopes: encodeScopes(v.scopes),
        allowedIps: [...new Set(v.allowedIps)].join('\n'),
        expiresAt: new Date(Date.now() + days * DAY_MS),
      });
      audit(em, {
        resellerId: viewer.resellerId,
        actorId: viewer.userId,
        action: 'apiToken.created',
        detail: `API token "${v.name}" (${encodeScopes(v.scopes)}), expiring in ${days} days`,
      });
      await em.flush();
      return created;
    });
    return { token, secret: `${TOKEN_PREFIX}${lookup}${secret}` };
  }

  /**
   * Revokes a token: the viewer's own, or as an admin one of their company's users' (the master's:
   * anyone's). Any other is NOT_FOUND, as is an unknown one. Revoking twice keeps the first time.
   */
  async revoke(ctx: Ctx, id: number): Promise<ApiToken> {
    const viewer = ctx.viewer!;
    return ctx.em.transactional(async (em) => {
      const token = await em.findOne(ApiToken, { id }, { populate: ['user'] });
      if (!token || (!isAdminRole(viewer.role) && token.user.id !== viewer.userId)) throw notFound('API token');
      if (!token.revokedAt) {
        token.revokedAt = new Date();
        audit(em, {
          resellerId: token.reseller.id,
          actorId: viewer.userId,
          action: 'apiToken.revoked',
          detail: `API token "${token.name}" of ${token.user.login}`,
        });
        await em.flush();
      }
      return token;
    });
  }
}
