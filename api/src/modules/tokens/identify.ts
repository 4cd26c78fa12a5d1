import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { unscoped } from '../../db/scope';
import type { Identifier, Viewer } from '../../graphql/context';
import type { HttpExchange } from '../../http/exchange';
import { retrySeconds, type RateLimits } from '../../rate-limit';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { Session, type User } from '../identity';
import { ResellerStatus } from '../resellers';
import { ApiToken } from './api-token.entity';
import { clientAddress, ipAllowed } from './ip-allow';
import type { ScopeGrant } from './scopes';
import type { TokenSettings } from './settings';
import { allowedIpsOf, scopesOf, secretDigest, splitToken } from './tokens.service';

declare module '../../graphql/context' {
  interface Viewer {
    /** The API token the request acts through (absent in a browser session): its scopes narrow the owner's rights. */
    apiToken?: { id: number; name: string; scopes: ScopeGrant[] };
  }
}

/** Its last use is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

/**
 * The one answer to every refused token, whatever the reason (unknown, wrong secret, revoked,
 * expired, another address, its owner disabled or their company suspended): a caller learns nothing
 * about which. HTTP 401 with RFC 6750's challenge.
 */
function refused(): GraphQLError {
  return new GraphQLError('The API token is not valid', {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: new Map([['www-authenticate', 'Bearer error="invalid_token"']]) },
    },
  });
}

function tooMany(res: RateLimiterRes, what: string): GraphQLError {
  const seconds = retrySeconds(res.msBeforeNext);
  return new GraphQLError(`Too many API requests ${what}; try again in ${seconds} seconds`, {
    extensions: {
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: seconds,
      http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
    },
  });
}

async function consume(limiter: RateLimiterAbstract, key: string, what: string): Promise<void> {
  try {
    await limiter.consume(key, 1);
  } catch (err) {
    if (err instanceof RateLimiterRes) throw tooMany(err, what);
    throw err;
  }
}

/** What the identifier needs from the accounts area: the account a token's requests work on by default. */
export type FirstAccount = (em: EntityManager, user: User) => Promise<{ id: number } | null>;

/**
 * Who calls, from `Authorization: Bearer <token>`: the token's owner, with their role and company,
 * narrowed by the token's scopes (checked at the GraphQL edge, scope-check.ts). A request without
 * a bearer credential is not this way's (undefined). Every bearer request counts against its client
 * address, and a valid one against its token (API_REQUESTS_PER_*_PER_MINUTE).
 */
export function identifyByToken(deps: {
  settings: TokenSettings;
  limits: RateLimits;
  firstAccount: FirstAccount;
}): Identifier {
  const perIp = deps.limits.limiter({ keyPrefix: 'api-ip', points: deps.settings.perIpPerMinute, duration: 60 });
  const perToken = deps.limits.limiter({
    keyPrefix: 'api-token',
    points: deps.settings.perTokenPerMinute,
    duration: 60,
  });
  return async (requestEm: () => EntityManager, http: HttpExchange): Promise<Viewer | null | undefined> => {
    if (http.bearer === undefined) return undefined;
    const em = requestEm();
    await consume(perIp, clientAddress(http.ip) ?? http.ip, 'from this address');
    const parts = splitToken(http.bearer);
    if (!parts) throw refused();
    const token = await em.findOne(
      ApiToken,
      { lookup: parts.lookup },
      {
        populate: ['secretHash', 'user', 'user.reseller'],
        ...unscoped('a bearer token is found before its owner (the viewer) is known'),
      },
    );
    const now = Date.now();
    if (
      !token ||
      !crypto.timingSafeEqual(Buffer.from(token.secretHash, 'hex'), Buffer.from(secretDigest(parts.secret), 'hex')) ||
      token.revokedAt ||
      token.expiresAt.getTime() <= now ||
      !ipAllowed(allowedIpsOf(token), http.ip) ||
      token.user.disabledAt ||
      token.user.reseller.status === ResellerStatus.SUSPENDED
    )
      throw refused();
    await consume(perToken, String(token.id), 'with this token');
    if (!token.lastUsedAt || now - token.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
      const ip = http.ip.slice(0, 64);
      await em.nativeUpdate(
        ApiToken,
        { id: token.id },
        { lastUsedAt: new Date(now), lastUsedIp: ip },
        unscoped('a bearer token records its use before its owner (the viewer) is known'),
      );
    }
    const user = token.user;
    // The token's requests work on its owner's first account unless they name another, as a new session does.
    const session = Object.assign(new Session(), {
      id: '',
      user,
      activeAccount: await deps.firstAccount(em, user),
      expiresAt: token.expiresAt,
      impersonator: null,
      returnUrl: null,
    });
    return {
      user,
      session,
      userId: user.id,
      impersonated: false,
      role: user.role,
      resellerId: user.reseller.id,
      via: `API token "${token.name}"`,
      apiToken: { id: token.id, name: token.name, scopes: scopesOf(token) },
    };
  };
}
