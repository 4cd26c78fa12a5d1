import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Config } from '../config';
import type { ScopeParams } from '../db/scope';
import { SCOPE } from '../db/scope';
import type { Logger } from '../logger';
import { Role } from './roles';
import type { Session } from '../modules/identity/session.entity';
import { SESSION_COOKIE } from '../modules/identity/sessions.service';
import { readCookie, type HttpExchange } from '../http/exchange';
import type { User } from '../modules/identity/user.entity';
import type { Services } from '../services';
import { RESOLVERS, type ResolverInstances } from './resolver-instances';

export interface Viewer {
  user: User;
  session: Session;
  role: Role;
  resellerId: number;
}

/** Everything a resolver and service may use for one request. Services take it first. */
export interface Ctx {
  em: EntityManager;
  config: Config;
  services: Services;
  log: Logger;
  /** The HTTP side of the request: caller's host name, address, cookies in and out. */
  http: HttpExchange;
  ip: string;
  viewer: Viewer | null;
  /** The resolver instances of the app this request runs in (for the schema's container, not for areas). */
  readonly [RESOLVERS]: ResolverInstances;
}

/** The rows a viewer may see: the master admin all, a reseller admin its reseller's, an end user its own. */
export function scopeFor(viewer: Viewer): ScopeParams {
  switch (viewer.role) {
    case Role.MASTER_ADMIN:
      return { all: true };
    case Role.RESELLER_ADMIN:
      return { resellerId: viewer.resellerId };
    case Role.END_USER:
      return { resellerId: viewer.resellerId, userId: viewer.user.id };
  }
}

/** Applies the viewer's scope to the request's EntityManager (anonymous requests get none: scoped queries throw). */
export function applyScope(em: EntityManager, viewer: Viewer | null): void {
  if (viewer) em.setFilterParams(SCOPE, scopeFor(viewer));
}

export async function buildContext(
  deps: { orm: MikroORM; config: Config; services: Services; log: Logger; resolvers: ResolverInstances },
  http: HttpExchange,
): Promise<Ctx> {
  const em = deps.orm.em.fork({ clear: true });
  const token = readCookie(http.cookieHeader, SESSION_COOKIE);
  const session = token ? await deps.services.sessions.resolve(em, token) : null;
  if (token && !session) deps.services.sessions.clearCookie(http);
  const viewer: Viewer | null = session
    ? { user: session.user, session, role: session.user.role, resellerId: session.user.reseller.id }
    : null;
  applyScope(em, viewer);
  return {
    em,
    config: deps.config,
    services: deps.services,
    log: deps.log,
    http,
    ip: http.ip,
    viewer,
    [RESOLVERS]: deps.resolvers,
  };
}
