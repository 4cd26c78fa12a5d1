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
  /**
   * What the viewer acts through when it is not the panel (a browser session), in words, e.g.
   * `API token "deploy"`: the audit trail records it beside every action (viaOf).
   */
  via?: string;
}

/**
 * Finds who is calling from the request; null when nobody is signed in. `em` answers the request's
 * EntityManager: asked for only when the database is read (a cached session reads none).
 */
export type Identify = (em: () => EntityManager, http: HttpExchange) => Promise<Viewer | null>;

/**
 * One way of telling who calls, contributed by an area (its manifest's `identify`): the identity
 * area's session cookie, the tokens area's bearer token. It answers the viewer, null when the
 * request carries its kind of credential but names nobody, or undefined when the request carries
 * none of its kind (the next way is asked). It may throw (a refused credential, too many requests).
 */
export type Identifier = (em: () => EntityManager, http: HttpExchange) => Promise<Viewer | null | undefined>;

/** The ways of identifying, asked in order until one answers; nobody when none does. */
export function identifyByFirst(ways: readonly Identifier[]): Identify {
  return async (em, http) => {
    for (const way of ways) {
      const viewer = await way(em, http);
      if (viewer !== undefined) return viewer;
    }
    return null;
  };
}

/** Where `via` is kept: the EntityManager's logger context, which every fork of it (a transaction) inherits. */
const VIA = 'via';

/** What the request of this EntityManager (or its transaction) acts through besides the panel, e.g. `API token "deploy"`; null in the panel. */
export function viaOf(em: EntityManager): string | null {
  const via = em.getLoggerContext()[VIA];
  return typeof via === 'string' ? via : null;
}

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
      return { resellerId: viewer.resellerId, userId: viewer.userId };
  }
}

/** Applies the viewer's scope to the request's EntityManager (anonymous requests get none: scoped queries throw). */
export function applyScope(em: EntityManager, viewer: Viewer | null): void {
  if (viewer) em.setFilterParams(SCOPE, scopeFor(viewer));
}

/** Where a request's context keeps how to fork its EntityManager (an own property: Apollo copies a context per operation). */
const FORK = Symbol('forkRequestEm');

/**
 * A request's context. Its EntityManager is forked when first used, so a request answered from
 * the caches (a signed-in `{ __typename }`, a cached session) makes none; `em` is a getter of the
 * class, not of the object, because Apollo copies the object's own properties into a new one of
 * the same prototype for each operation (a getter there would be called, forking, by the copy).
 */
class RequestContext {
  declare readonly [FORK]: () => EntityManager;

  get em(): EntityManager {
    return this[FORK]();
  }
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
  let em: EntityManager | undefined;
  let viewer: Viewer | null = null;
  let identified = false;
  // Once the viewer is known, the EntityManager is scoped to them; one forked while identifying is scoped then.
  const scope = (forked: EntityManager) => {
    applyScope(forked, viewer);
    if (viewer?.via) forked.setLoggerContext({ ...forked.getLoggerContext(), [VIA]: viewer.via });
  };
  const fork = (): EntityManager => {
    if (em) return em;
    em = deps.orm.em.fork({ clear: true });
    if (identified) scope(em);
    return em;
  };
  viewer = await deps.identify(fork, http);
  identified = true;
  if (em) scope(em);
  return Object.assign(new RequestContext(), {
    [FORK]: fork,
    config: deps.config,
    log: deps.log,
    http,
    ip: http.ip,
    viewer,
    [RESOLVERS]: deps.resolvers,
  }) as Ctx;
}
