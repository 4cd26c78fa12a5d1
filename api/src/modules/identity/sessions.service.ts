import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../config';
import { setCookie, type HttpExchange } from '../../http/exchange';
import { Session, type SessionAccount } from './session.entity';
import { User } from './user.entity';
import { Reseller } from '../resellers';
import { joinedSelect, loadJoined, type JoinStep } from '../../db/joined';

export const SESSION_COOKIE = 'helio_session';
const TOUCH_EVERY_MS = 60_000;

// Runs on every signed-in request: session, user and reseller in one statement (see db/joined.ts).
const LOOKUP: JoinStep[] = [
  { entity: Session, alias: 's' },
  { entity: User, alias: 'u', on: 'u.id = s.user_id' },
  { entity: Reseller, alias: 'r', on: 'r.id = u.reseller_id' },
];

const digest = (token: string): string => crypto.createHash('sha256').update(token).digest('hex');

/** Server-side sessions: an HttpOnly, SameSite=Strict cookie holds a random token; the row holds its hash. */
export class SessionService {
  private lookupSql: string | undefined;

  constructor(private readonly config: Config) {}

  /** Finds the live session for a cookie token (with its user and reseller, one query), sliding its idle expiry; expired ones are deleted. */
  async resolve(em: EntityManager, token: string): Promise<Session | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const rows = await loadJoined(em, LOOKUP, (this.lookupSql ??= joinedSelect(em, LOOKUP, 's.id = ?')), [
      digest(token),
    ]);
    if (!rows) return null;
    const session = rows[0] as Session;
    const now = Date.now();
    if (session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() + this.config.session.idleMs <= now) {
      await em.nativeDelete(Session, { id: session.id });
      return null;
    }
    if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: new Date(now) });
      session.lastSeenAt = new Date(now);
    }
    return session;
  }

  /** Starts a new session (a fresh token every login: no session fixation) and sets the cookie. */
  async start(
    em: EntityManager,
    http: HttpExchange,
    user: User,
    activeAccount: SessionAccount | null,
  ): Promise<Session> {
    const token = crypto.randomBytes(32).toString('base64url');
    const session = em.create(Session, {
      id: digest(token),
      user,
      activeAccount,
      expiresAt: new Date(Date.now() + this.config.session.ttlMs),
      ip: http.ip.slice(0, 64),
      userAgent: http.userAgent?.slice(0, 255) ?? null,
    });
    em.persist(session);
    setCookie(http, SESSION_COOKIE, token, { secure: this.config.cookieSecure, maxAgeMs: this.config.session.ttlMs });
    return session;
  }

  async end(em: EntityManager, http: HttpExchange, session: Session): Promise<void> {
    await em.nativeDelete(Session, { id: session.id });
    this.clearCookie(http);
  }

  clearCookie(http: HttpExchange): void {
    setCookie(http, SESSION_COOKIE, '', { secure: this.config.cookieSecure, maxAgeMs: 0 });
  }

  /** Revokes every session of a user except, optionally, the one in use. */
  async revokeAll(em: EntityManager, userId: number, keep?: Session): Promise<number> {
    return em.nativeDelete(Session, keep ? { user: userId, id: { $ne: keep.id } } : { user: userId });
  }

  /** Ends the session a stale cookie still names (rotation at login). */
  async revokeToken(em: EntityManager, token: string | undefined): Promise<void> {
    if (token) await em.nativeDelete(Session, { id: digest(token) });
  }
}
