import type { EntityManager } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import type { Identifier, Viewer } from '../../graphql/context';
import { readCookie, type HttpExchange } from '../../http/exchange';
import { ResellerHost, ResellerStatus } from '../resellers';
import { unscoped } from '../../db/scope';
import type { Session } from './session.entity';
import type { SessionSnapshot } from './session-cache';
import { IMPERSONATION_COOKIE, SESSION_COOKIE, type FoundSession, type SessionService } from './sessions.service';
import type { User } from './user.entity';

declare module '../../graphql/context' {
  interface Viewer {
    /** The signed-in user's id (without making their entity). */
    userId: number;
    /** The signed-in user. */
    user: User;
    /** Their session (its active account among it). */
    session: Session;
    /** Whether an admin acts as this user (signed in as them): their session has an impersonator. */
    impersonated: boolean;
    /** The session's user, company and active account as plain objects, when it came from the lookup (`snapshotFor`). */
    snapshot?: SessionSnapshot;
  }
}

/**
 * The viewer's session snapshot, for a field of a query: their user, company and active account
 * without making entities. Null in a mutation, which may have changed them (read the entities
 * then), and for a viewer known otherwise (an API token).
 */
export function snapshotFor(viewer: Viewer, info: GraphQLResolveInfo): SessionSnapshot | null {
  return info.operation.operation === 'query' ? (viewer.snapshot ?? null) : null;
}

/** The viewer a live session makes: its user, with their role and company. */
export function viewerOf(session: Session): Viewer {
  return {
    user: session.user,
    session,
    userId: session.user.id,
    role: session.user.role,
    resellerId: session.user.reseller.id,
    impersonated: !!session.impersonator,
  };
}

/**
 * The viewer of a found session, whose user and session entities are made only when a resolver asks
 * for them: a request that needs only who calls (role, company, ids) maps no entity.
 */
function viewerFound(found: FoundSession): Viewer {
  return {
    userId: found.userId,
    role: found.role,
    resellerId: found.companyId,
    impersonated: found.impersonatorId !== null,
    snapshot: found.snapshot,
    get user() {
      return found.entities()[1];
    },
    get session() {
      return found.entities()[0];
    },
  };
}

/**
 * Who calls, from the session cookie: a cookie naming no live session is cleared. An admin signed
 * in as someone else (the impersonation cookie, beside their own) acts as that user while it lasts.
 * A request without either cookie is not this way's to answer (a bearer request has no cookies).
 */
export function identifyBySession(sessions: SessionService): Identifier {
  return async (em: () => EntityManager, http: HttpExchange): Promise<Viewer | null | undefined> => {
    const as = readCookie(http.cookieHeader, IMPERSONATION_COOKIE);
    if (as) {
      const session = await sessions.resolve(em, as);
      if (
        session &&
        session.impersonatorId !== null &&
        session.company.status !== ResellerStatus.SUSPENDED &&
        (await onOwnHost(em, session, http))
      )
        return viewerFound(session);
      sessions.clearCookie(http, IMPERSONATION_COOKIE);
    }
    const token = readCookie(http.cookieHeader, SESSION_COOKIE);
    if (!as && !token) return undefined;
    const session = token ? await sessions.resolve(em, token) : null;
    if (token && !session) sessions.clearCookie(http);
    if (!session || session.impersonatorId !== null) return null; // an impersonated session is only ever read from its own cookie
    // A suspended reseller's users are signed out while it is: their sessions come back with it.
    if (session.company.status === ResellerStatus.SUSPENDED) return null;
    if (!(await onOwnHost(em, session, http))) return null;
    return viewerFound(session);
  };
}

/**
 * A reseller's people are known only on its own panel host (RES-2): a session cookie carried to
 * another host (an IP address, the master's host) signs no one in there. The browser keeps cookies
 * per host anyway; this holds when someone copies one. The master's people have no such host.
 */
async function onOwnHost(em: () => EntityManager, session: FoundSession, http: HttpExchange): Promise<boolean> {
  const { company } = session;
  if (company.isRoot || company.cpHost === http.hostname) return true;
  // One of its other host names (rare: a query only then).
  return (
    (await em().count(
      ResellerHost,
      { reseller: session.companyId, host: http.hostname },
      unscoped('whether the host a session is used on is one of its company’s, before the viewer is known'),
    )) > 0
  );
}
