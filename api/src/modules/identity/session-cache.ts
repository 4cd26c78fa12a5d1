import type { EntityManager } from '@mikro-orm/core';
import { openBroadcast, type Broadcast, type BroadcastReceiver } from '../../broadcast';
import type { Config } from '../../config';
import { watchRows, type RowChange } from '../../db/row-changes';
import { whenCommitted } from '../../events';
import type { Role } from '../../graphql/roles';
import type { Reseller, ResellerStatus } from '../resellers';
import type { User } from './user.entity';

/** A session as the lookup reads it: the driver's row of session, user and company columns (plain data, never an entity). */
export type SessionRow = Record<string, unknown>;

/** What a cached session answers besides its row: whom it belongs to, and its times, to decide without mapping it. */
export interface CachedSession {
  row: SessionRow;
  userId: number;
  role: Role;
  impersonatorId: number | null;
  companyId: number;
  /** The company's, to decide on which host and whether its people are signed in (request-viewer.ts). */
  company: { status: ResellerStatus; isRoot: boolean; cpHost: string | null };
  /** The row as plain, frozen objects shaped like the entities, for queries that need no entity (SessionSnapshot). */
  snapshot: SessionSnapshot;
  lastSeenAt: number;
  expiresAt: number;
}

/**
 * A session's user, company and active account as they were when the request began, as plain
 * objects shaped like the entities (db/plain-rows.ts), shared by the requests of one process and
 * frozen. Read by queries only (`snapshotFor`): a mutation may change what they show.
 */
export interface SessionSnapshot {
  user: Readonly<User>;
  company: Readonly<Reseller>;
  activeAccountId: number | null;
}

/** What every process forgets: these sessions, every session of these users (or acting as them), of these companies' users. */
export interface Forget {
  sessions?: string[];
  users?: number[];
  companies?: number[];
}

/** Sessions kept per process at most (the oldest go first). */
const MAX_ENTRIES = 10_000;

/** The rows whose change changes what a cached session answers (entity names, as MikroORM reports them). */
const WATCHED = { Session: 'sessions', User: 'users', Reseller: 'companies' } as const;

/**
 * The session lookup's cache, in each process: a signed-in request is answered without reading
 * the database. It is correct with several processes because every change that alters what a cached
 * session answers — the session ended or its active account switched, its user changed (password,
 * role, disabled, deleted), its company changed (suspended, deleted) — is sent, once committed, to
 * every process through the broadcast, and the change's request returns only after each process has
 * applied it (broadcast.ts says how). Flushed changes of those rows are seen by the ORM's flush
 * (db/row-changes.ts); native statements announce themselves (SessionService, the reseller
 * lifecycle).
 *
 * A fill races a change: a process reads the row, another commits and broadcasts, then the first
 * stores what it read. So every change (and every lost subscription) moves `generation` on, and a
 * row is stored only if none did since its read began.
 */
export class SessionCache implements BroadcastReceiver<Forget> {
  private readonly entries = new Map<string, CachedSession>();
  private generation = 0;
  private readonly broadcast: Broadcast<Forget>;
  private readonly database: string;
  private readonly unwatch: () => void;

  constructor(config: Pick<Config, 'redisUrl' | 'database'>, prefix: string) {
    this.database = databaseOf(config);
    this.broadcast = openBroadcast(config.redisUrl, prefix, 'sessions', this);
    this.unwatch = watchRows(Object.keys(WATCHED), (em, changes) => this.changed(em, changes));
  }

  /** The cached session of this id, when this process is current with every other's changes. */
  get(id: string): CachedSession | undefined {
    return this.broadcast.current ? this.entries.get(id) : undefined;
  }

  /** Taken before reading a session from the database, and given to `put` with what was read. */
  stamp(): number {
    return this.generation;
  }

  put(id: string, entry: CachedSession, stamp: number): void {
    if (stamp !== this.generation || !this.broadcast.current) return;
    if (this.entries.size >= MAX_ENTRIES && !this.entries.has(id)) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(id, entry);
  }

  /** Drops a session from this process only (its row changed in a way others re-read anyway: lastSeenAt). */
  drop(id: string): void {
    this.entries.delete(id);
    this.generation++;
  }

  /** Makes every process forget `what` once `em`'s transaction has committed (at once outside one); resolves when they have. */
  forget(em: EntityManager, what: Forget): Promise<void> {
    return whenCommitted(em, () => this.broadcast.send(what));
  }

  apply(what: Forget): void {
    this.generation++;
    for (const id of what.sessions ?? []) this.entries.delete(id);
    const users = new Set(what.users ?? []);
    const companies = new Set(what.companies ?? []);
    if (users.size === 0 && companies.size === 0) return;
    for (const [id, e] of this.entries) {
      if (
        users.has(e.userId) ||
        (e.impersonatorId !== null && users.has(e.impersonatorId)) ||
        companies.has(e.companyId)
      )
        this.entries.delete(id);
    }
  }

  reset(): void {
    this.generation++;
    this.entries.clear();
  }

  async close(): Promise<void> {
    this.unwatch();
    this.reset();
    await this.broadcast.close();
  }

  private async changed(em: EntityManager, changes: RowChange[]): Promise<void> {
    if (databaseOfEm(em) !== this.database) return; // another database's process in this one (tests)
    const what: Required<Forget> = { sessions: [], users: [], companies: [] };
    for (const c of changes) {
      const kind = WATCHED[c.entity as keyof typeof WATCHED];
      if (kind === 'sessions') what.sessions.push(String(c.id));
      else what[kind].push(Number(c.id));
    }
    await this.forget(em, what);
  }
}

function databaseOf(config: Pick<Config, 'database'>): string {
  return config.database.dialect === 'postgresql' ? config.database.url : config.database.file;
}

/** The same name for an EntityManager's database (db/orm.ts gives PostgreSQL its URL, SQLite its file). */
function databaseOfEm(em: EntityManager): string {
  return em.config.get('clientUrl') || em.config.get('dbName')!;
}
