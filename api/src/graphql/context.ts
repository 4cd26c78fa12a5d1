import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Config } from '../config';
import type { ScopeParams } from '../db/scope';
import { SCOPE } from '../db/scope';
import type { Logger } from '../logger';
import { Role } from './roles';
import type { HttpExchange } from '../http/exchange';
import { RESOLVERS, type ResolverInstances } from './resolver-instances';

/**
 * Who is calling: their role and their company. The identity area adds their user and session
 * (declaration merging in modules/identity/index.ts), so the core names no area.
 */
export interface Viewer {
  role: Role;
  resellerId: number;
}

/** Finds who is calling from the request (the identity area's session cookie); null when nobody is signed in. */
export type Identify = (em: EntityManager, http: HttpExchange) => Promise<Viewer | null>;

/** Everything a resolver and service may use for one request. Services take it first. */
export interface Ctx {
  em: EntityManager;
  config: Config;
  log: Logger;
  /** The HTTP side of the request: caller's host name, address, cookies in and out. */
  http: HttpExchange;
  ip: string;
  viewer: Viewer | null;
  /** The resolver instances of the app this request runs in (for the schema's container, not for areas). */
  readonly [RESOLVERS]: ResolverInstances;
}

/**
 * The rows a viewer may see: the master admin all, a reseller admin and a support staff login their
 * company's (the master's staff only the root company's, never its resellers'), an end user its own.
 */
export function scopeFor(viewer: Viewer): ScopeParams {
  switch (viewer.role) {
    case Role.MASTER_ADMIN:
      return { all: true };
    case Role.RESELLER_ADMIN:
    case Role.SUPPORT_STAFF:
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
  deps: {
    orm: MikroORM;
    config: Config;
    log: Logger;
    resolvers: ResolverInstances;
    identify: Identify;
  },
  http: HttpExchange,
): Promise<Ctx> {
  const em = deps.orm.em.fork({ clear: true });
  const viewer = await deps.identify(em, http);
  applyScope(em, viewer);
  return {
    em,
    config: deps.config,
    log: deps.log,
    http,
    ip: http.ip,
    viewer,
    [RESOLVERS]: deps.resolvers,
  };
}
