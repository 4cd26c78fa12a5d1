import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../../graphql/context';
import { readCookie, type HttpExchange } from '../../http/exchange';
import { ResellerStatus } from '../resellers';
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
 */
export function identifyBySession(sessions: SessionService) {
  return async (em: EntityManager, http: HttpExchange): Promise<Viewer | null> => {
    const as = readCookie(http.cookieHeader, IMPERSONATION_COOKIE);
    if (as) {
      const session = await sessions.resolve(em, as);
      if (
        session?.impersonator &&
        session.user.reseller.status !== ResellerStatus.SUSPENDED &&
        onOwnHost(session, http)
      )
        return viewerOf(session);
      sessions.clearCookie(http, IMPERSONATION_COOKIE);
    }
    const token = readCookie(http.cookieHeader, SESSION_COOKIE);
    const session = token ? await sessions.resolve(em, token) : null;
    if (token && !session) sessions.clearCookie(http);
    if (session?.impersonator) return null; // an impersonated session is only ever read from its own cookie
    // A suspended reseller's users are signed out while it is: their sessions come back with it.
    if (session?.user.reseller.status === ResellerStatus.SUSPENDED) return null;
    if (session && !onOwnHost(session, http)) return null;
    return session ? viewerOf(session) : null;
  };
}

/**
 * A reseller's people are known only on its own panel host (RES-2): a session cookie carried to
 * another host (an IP address, the master's host) signs no one in there. The browser keeps cookies
 * per host anyway; this holds when someone copies one. The master's people have no such host.
 */
function onOwnHost(session: Session, http: HttpExchange): boolean {
  const company = session.user.reseller;
  return company.isRoot || company.cpHost === http.hostname;
}
