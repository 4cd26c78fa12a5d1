import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../config';
import { setCookie, type HttpExchange } from '../../http/exchange';
import { Session, type SessionAccount } from './session.entity';
import { User } from './user.entity';
import { Reseller } from '../resellers';
import { joinedSelect, mapJoined, readJoined, type JoinStep } from '../../db/joined';
import { rowShape, type RowShape } from '../../db/plain-rows';
import type { CachedSession, SessionCache, SessionRow, SessionSnapshot } from './session-cache';

export const SESSION_COOKIE = 'helio_session';
/** An admin's session as another user (impersonation.service.ts), beside their own session cookie on the same host. */
export const IMPERSONATION_COOKIE = 'helio_as';
/** How long an impersonated session lasts at most. */
const IMPERSONATION_TTL_MS = 2 * 60 * 60 * 1000;
const TOUCH_EVERY_MS = 60_000;

// Runs on every signed-in request: session, user and reseller in one statement (see db/joined.ts).
const LOOKUP: JoinStep[] = [
  { entity: Session, alias: 's' },
  { entity: User, alias: 'u', on: 'u.id = s.user_id' },
  { entity: Reseller, alias: 'r', on: 'r.id = u.reseller_id' },
];

/** A live session as the lookup found it: plain values to decide who calls, and its entities, made in the request's EntityManager when first asked for. */
export interface FoundSession extends CachedSession {
  entities(): [Session, User];
}

const digest = (token: string): string => crypto.createHash('sha256').update(token).digest('hex');

/**
 * Server-side sessions: an HttpOnly, SameSite=Strict cookie holds a random token; the row holds its
 * hash. Live sessions are cached per process (session-cache.ts); every ending goes through here.
 */
export class SessionService {
  private lookupSql: string | undefined;
  private shapes: { session: RowShape<Session>; user: RowShape<User>; company: RowShape<Reseller> } | undefined;

  constructor(
    private readonly config: Config,
    readonly cache: SessionCache,
  ) {}

  /**
   * Finds the live session for a cookie token (with its user and reseller: from the cache, else one
   * query), sliding its idle expiry; expired ones are deleted. A cached session is re-read when it
   * looks expired or due to be touched: another process may have touched it since it was cached.
   * The request's EntityManager is asked for (`em`) only when the database is read or the session's
   * entities are (FoundSession.entities): a request that needs neither, forks none and maps nothing.
   */
  async resolve(em: () => EntityManager, token: string): Promise<FoundSession | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const id = digest(token);
    const now = Date.now();
    const cached = this.cache.get(id);
    if (cached && !this.dueForDatabase(cached, now)) {
      let entities: [Session, User] | undefined;
      return { ...cached, entities: () => (entities ??= this.map(em(), cached.row)) };
    }
    const stamp = this.cache.stamp();
    const request = em();
    const row = await readJoined(request, (this.lookupSql ??= joinedSelect(request, LOOKUP, 's.id = ?')), [id]);
    if (!row) return null;
    const entities = this.map(request, row);
    const [session, user] = entities;
    const company = user.reseller;
    const entry: CachedSession = {
      row,
      userId: user.id,
      role: user.role,
      impersonatorId: session.impersonator?.id ?? null,
      companyId: company.id,
      company: { status: company.status, isRoot: company.isRoot, cpHost: company.cpHost },
      snapshot: this.snapshot(request, row),
      lastSeenAt: session.lastSeenAt.getTime(),
      expiresAt: session.expiresAt.getTime(),
    };
    if (this.expired(entry, now)) {
      await request.nativeDelete(Session, { id });
      await this.cache.forget(request, { sessions: [id] });
      return null;
    }
    if (now - entry.lastSeenAt > TOUCH_EVERY_MS) {
      await request.nativeUpdate(Session, { id }, { lastSeenAt: new Date(now) });
      session.lastSeenAt = new Date(now);
      this.cache.drop(id); // cached again, touched, from the next request's read
    } else {
      this.cache.put(id, entry, stamp);
    }
    return { ...entry, entities: () => entities };
  }

  private snapshot(em: EntityManager, row: SessionRow): SessionSnapshot {
    this.shapes ??= {
      session: rowShape(em, Session, 's'),
      user: rowShape(em, User, 'u'),
      company: rowShape(em, Reseller, 'r'),
    };
    const session = this.shapes.session.read(row);
    return Object.freeze({
      user: Object.freeze(this.shapes.user.read(row)),
      company: Object.freeze(this.shapes.company.read(row)),
      activeAccountId: session.activeAccount?.id ?? null,
    });
  }

  private expired(s: CachedSession, now: number): boolean {
    return s.expiresAt <= now || s.lastSeenAt + this.config.session.idleMs <= now;
  }

  private dueForDatabase(s: CachedSession, now: number): boolean {
    return this.expired(s, now) || now - s.lastSeenAt > TOUCH_EVERY_MS;
  }

  /** Entities of this request from a row (a copy: nothing the request changes reaches the cache). */
  private map(em: EntityManager, row: SessionRow): [Session, User] {
    return mapJoined(em, LOOKUP, structuredClone(row)) as [Session, User];
  }

  /** Starts a new session (a fresh token every login: no session fixation) and sets the cookie. */
  async start(
    em: EntityManager,
    http: HttpExchange,
    user: User,
    activeAccount: SessionAccount | null,
    as?: { impersonator: User; returnUrl: string },
  ): Promise<Session> {
    const token = crypto.randomBytes(32).toString('base64url');
    const ttlMs = as ? Math.min(IMPERSONATION_TTL_MS, this.config.session.ttlMs) : this.config.session.ttlMs;
    const session = em.create(Session, {
      id: digest(token),
      user,
      activeAccount,
      expiresAt: new Date(Date.now() + ttlMs),
      ip: http.ip.slice(0, 64),
      userAgent: http.userAgent?.slice(0, 255) ?? null,
      impersonator: as?.impersonator ?? null,
      returnUrl: as?.returnUrl ?? null,
    });
    em.persist(session);
    setCookie(http, as ? IMPERSONATION_COOKIE : SESSION_COOKIE, token, {
      secure: this.config.cookieSecure,
      maxAgeMs: ttlMs,
    });
    return session;
  }

  async end(em: EntityManager, http: HttpExchange, session: Session): Promise<void> {
    await em.nativeDelete(Session, { id: session.id });
    await this.cache.forget(em, { sessions: [session.id] });
    this.clearCookie(http, session.impersonator ? IMPERSONATION_COOKIE : SESSION_COOKIE);
  }

  clearCookie(http: HttpExchange, name = SESSION_COOKIE): void {
    setCookie(http, name, '', { secure: this.config.cookieSecure, maxAgeMs: 0 });
  }

  /** The hash under which a random token is stored (sessions, impersonation tickets). */
  static digest(token: string): string {
    return digest(token);
  }

  /** Revokes every session of a user except, optionally, the one in use. */
  async revokeAll(em: EntityManager, userId: number, keep?: Session): Promise<number> {
    const n = await em.nativeDelete(Session, keep ? { user: userId, id: { $ne: keep.id } } : { user: userId });
    await this.cache.forget(em, { users: [userId] });
    return n;
  }

  /** Ends the session a stale cookie still names (rotation at login). */
  async revokeToken(em: EntityManager, token: string | undefined): Promise<void> {
    if (!token) return;
    const id = digest(token);
    if ((await em.nativeDelete(Session, { id })) > 0) await this.cache.forget(em, { sessions: [id] });
  }

  /** Stops the cache's broadcast (the process stops). */
  close(): Promise<void> {
    return this.cache.close();
  }
}
