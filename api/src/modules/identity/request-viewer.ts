import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../../graphql/context';
import { readCookie, type HttpExchange } from '../../http/exchange';
import type { Session } from './session.entity';
import { SESSION_COOKIE, type SessionService } from './sessions.service';
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

/** Who calls, from the session cookie: a cookie naming no live session is cleared. */
export function identifyBySession(sessions: SessionService) {
  return async (em: EntityManager, http: HttpExchange): Promise<Viewer | null> => {
    const token = readCookie(http.cookieHeader, SESSION_COOKIE);
    const session = token ? await sessions.resolve(em, token) : null;
    if (token && !session) sessions.clearCookie(http);
    return session ? viewerOf(session) : null;
  };
}
