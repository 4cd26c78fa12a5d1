import type { EntityManager } from '@mikro-orm/core';
import type { Identifier, Viewer } from '../../graphql/context';
import { readCookie, type HttpExchange } from '../../http/exchange';
import { ResellerHost, ResellerStatus } from '../resellers';
import { unscoped } from '../../db/scope';
import type { Session } from './session.entity';
import { IMPERSONATION_COOKIE, SESSION_COOKIE, type SessionService } from './sessions.service';
import type { User } from './user.entity';

declare module '../../graphql/context' {
  interface Viewer {
    /** The signed-in user. */
    user: User;
    /** Their session (its active account among it). */
    session: Session;
  }
}

/** The viewer a live session makes: its user, with their role and company. */
export function viewerOf(session: Session): Viewer {
  return { user: session.user, session, role: session.user.role, resellerId: session.user.reseller.id };
}

/**
 * Who calls, from the session cookie: a cookie naming no live session is cleared. An admin signed
 * in as someone else (the impersonation cookie, beside their own) acts as that user while it lasts.
 * A request without either cookie is not this way's to answer (a bearer request has no cookies).
 */
export function identifyBySession(sessions: SessionService): Identifier {
  return async (em: EntityManager, http: HttpExchange): Promise<Viewer | null | undefined> => {
    const as = readCookie(http.cookieHeader, IMPERSONATION_COOKIE);
    if (as) {
      const session = await sessions.resolve(em, as);
      if (
        session?.impersonator &&
        session.user.reseller.status !== ResellerStatus.SUSPENDED &&
        (await onOwnHost(em, session, http))
      )
        return viewerOf(session);
      sessions.clearCookie(http, IMPERSONATION_COOKIE);
    }
    const token = readCookie(http.cookieHeader, SESSION_COOKIE);
    if (!as && !token) return undefined;
    const session = token ? await sessions.resolve(em, token) : null;
    if (token && !session) sessions.clearCookie(http);
    if (session?.impersonator) return null; // an impersonated session is only ever read from its own cookie
    // A suspended reseller's users are signed out while it is: their sessions come back with it.
    if (session?.user.reseller.status === ResellerStatus.SUSPENDED) return null;
    if (session && !(await onOwnHost(em, session, http))) return null;
    return session ? viewerOf(session) : null;
  };
}

/**
 * A reseller's people are known only on its own panel host (RES-2): a session cookie carried to
 * another host (an IP address, the master's host) signs no one in there. The browser keeps cookies
 * per host anyway; this holds when someone copies one. The master's people have no such host.
 */
async function onOwnHost(em: EntityManager, session: Session, http: HttpExchange): Promise<boolean> {
  const company = session.user.reseller;
  if (company.isRoot || company.cpHost === http.hostname) return true;
  // One of its other host names (rare: a query only then).
  return (
    (await em.count(
      ResellerHost,
      { reseller: company.id, host: http.hostname },
      unscoped('whether the host a session is used on is one of its company’s, before the viewer is known'),
    )) > 0
  );
}
