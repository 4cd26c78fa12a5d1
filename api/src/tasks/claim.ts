import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import type { Dialect } from '../db/orm';
import { preparedAll, preparedRun } from '../db/prepared';
import { placeholders } from '../db/raw-sql';

/** A task this worker now holds: the claim set it RUNNING with our lease and counted the attempt. */
export interface Claimed {
  id: number;
  attempts: number;
  /** The task's row as the claim left it (column names), so the runner need not read it again. */
  row: Record<string, unknown>;
}

export interface ClaimOptions {
  /** This worker's lease owner name (host, pid, random). */
  owner: string;
  leaseMs: number;
  /** Claim only this task (a BullMQ job names it); unset: the oldest due task. */
  taskId?: number;
}

// Dates are bound as Date objects: the SQLite driver binds them as epoch milliseconds, which is how
// MikroORM stores `datetime` there (an integer column value), and pg binds them as timestamptz.
// Every statement is built from fixed fragments; values only ever travel as parameters.

/** Servers already running as many tasks (under live leases) as their max_tasks allows. One parameter: now. */
const FULL_SERVERS = `select r.server_id from task r join logical_server rs on rs.id = r.server_id
  where r.state = 'RUNNING' and r.lease_until >= ?
  group by r.server_id, rs.max_tasks having count(*) >= rs.max_tasks`;

/**
 * Another task on the same server acting on the same thing (its subject, e.g. "site example.com")
 * runs under a live lease. Two such tasks must not overlap: each reads the object when it starts and
 * writes it to the server, so the older state could land last (a site's redirect switched on, then
 * undone by an earlier rewrite finishing after it). One parameter: now.
 */
const SUBJECT_BUSY = `exists (select 1 from task r where r.server_id = t.server_id and r.subject = t.subject
  and r.state = 'RUNNING' and r.lease_until >= ? and r.id <> t.id)`;

/**
 * Its server (if any) has room and is not already running a task on the same subject; tasks
 * without a server are limited only by the worker's concurrency. Two parameters: now, now.
 */
const HAS_ROOM = `(t.server_id is null or (s.max_tasks > 0 and t.server_id not in (${FULL_SERVERS})
  and (t.subject = '' or not ${SUBJECT_BUSY})))`;
const FROM = `from task t left join logical_server s on s.id = t.server_id`;

/**
 * The two kinds of due task, each walked in the order of the (state, run_after) index so the
 * first one with room ends the search: first RUNNING under an expired lease (its worker died; it
 * started before anything still queued), then QUEUED and past its backoff. Three parameters: now, now, now.
 */
const CANDIDATES = [
  `select t.id, t.server_id, t.subject ${FROM} where t.state = 'RUNNING' and t.lease_until < ? and ${HAS_ROOM}`,
  `select t.id, t.server_id, t.subject ${FROM} where t.state = 'QUEUED' and t.run_after <= ? and ${HAS_ROOM}`,
] as const;
const ORDER = [`order by t.lease_until, t.id limit 1`, `order by t.run_after, t.id limit 1`] as const;

const SET_RUNNING = `state = 'RUNNING', lease_owner = ?, lease_until = ?, attempts = attempts + 1, started_at = ?`;

/** The optional "only this task" condition and its parameter. */
const only = (opts: ClaimOptions) =>
  opts.taskId === undefined ? { sql: '', params: [] } : { sql: ' and t.id = ?', params: [opts.taskId] };

/**
 * Claims one due task, atomically with respect to every other worker process on the same database.
 * Returns null when nothing is due (or the named task is not due, or its server is at its limit).
 */
export function claimTask(orm: MikroORM, dialect: Dialect, opts: ClaimOptions): Promise<Claimed | null> {
  const em = orm.em.fork({ clear: true }) as SqlEntityManager;
  return dialect === 'postgresql' ? claimPostgres(em, opts) : claimSqlite(em, opts);
}

/**
 * SQLite: one UPDATE … WHERE id = coalesce((abandoned…), (queued…)) RETURNING. A write statement
 * takes the database's write lock before it reads, so the count of running tasks cannot change
 * under it, in this process or another one (busy_timeout makes the others wait their turn).
 */
async function claimSqlite(em: SqlEntityManager, opts: ClaimOptions): Promise<Claimed | null> {
  const now = new Date();
  const o = only(opts);
  const pick = CANDIDATES.map((c, i) => `(select id from (${c}${o.sql} ${ORDER[i]}))`).join(', ');
  // The text depends only on whether one task is named, so each connection prepares it once.
  const rows = await preparedAll(em, `update task set ${SET_RUNNING} where id = coalesce(${pick}) returning *`, [
    opts.owner,
    new Date(now.getTime() + opts.leaseMs),
    now,
    now,
    now,
    now,
    ...o.params,
    now,
    now,
    now,
    ...o.params,
  ]);
  return toClaimed(rows);
}

/** Key space of our advisory locks ('HELI'), so they cannot collide with another application's. */
const LOCK_SPACE = 0x48454c49;
const MAX_FULL_RETRIES = 8;

type PgOutcome = { claimed: Claimed | null } | { fullServer: number } | { busyTask: number } | null;

/**
 * PostgreSQL: a short transaction. The candidate row is locked FOR UPDATE SKIP LOCKED (two workers
 * never pick the same row); then, for a task with a server, a transaction-scoped advisory lock on
 * that server serializes the count of its running tasks, so concurrent claims for one server see
 * each other's committed leases and never exceed max_tasks, nor run two tasks on one subject. A
 * server found full is skipped, and so is a task whose subject turns out to be busy.
 */
async function claimPostgres(em: SqlEntityManager, opts: ClaimOptions): Promise<Claimed | null> {
  const full: number[] = [];
  const busy: number[] = [];
  for (let round = 0; round <= MAX_FULL_RETRIES; round++) {
    const outcome = await em.transactional(async (tx): Promise<PgOutcome> => {
      const o = only(opts);
      const skip =
        (full.length ? ` and (t.server_id is null or t.server_id not in (${placeholders(full.length)}))` : '') +
        (busy.length ? ` and t.id not in (${placeholders(busy.length)})` : '');
      let row: { id: number; server_id: number | null; subject: string } | undefined;
      for (let i = 0; i < CANDIDATES.length && !row; i++) {
        const now = new Date();
        const picked = await preparedAll<{ id: number; server_id: number | null; subject: string }>(
          tx,
          `${CANDIDATES[i]}${o.sql}${skip} ${ORDER[i]} for update of t skip locked`,
          [now, now, now, ...o.params, ...full, ...busy],
        );
        row = picked[0];
      }
      if (!row) return null;
      if (row.server_id !== null) {
        await preparedRun(tx, 'select pg_advisory_xact_lock(?::int4, ?::int4)', [LOCK_SPACE, row.server_id]);
        // A new statement, so a new snapshot: it sees every claim committed before we got the lock.
        const at = new Date();
        const counted = await preparedAll<{ running: string | number; same: string | number; max_tasks: number }>(
          tx,
          `select (select count(*) from task r where r.server_id = s.id and r.state = 'RUNNING' and r.lease_until >= ?) as running,
             (select count(*) from task r where r.server_id = s.id and r.subject = ? and r.subject <> ''
               and r.state = 'RUNNING' and r.lease_until >= ? and r.id <> ?) as same, s.max_tasks
           from logical_server s where s.id = ?`,
          [at, row.subject, at, row.id, row.server_id],
        );
        const c = counted[0];
        if (!c || Number(c.running) >= c.max_tasks) return { fullServer: row.server_id };
        if (Number(c.same) > 0) return { busyTask: row.id };
      }
      const claimedAt = new Date();
      const rows = await preparedAll(tx, `update task set ${SET_RUNNING} where id = ? returning *`, [
        opts.owner,
        new Date(claimedAt.getTime() + opts.leaseMs),
        claimedAt,
        row.id,
      ]);
      return { claimed: toClaimed(rows) };
    });
    if (outcome === null) return null;
    if ('fullServer' in outcome) full.push(outcome.fullServer);
    else if ('busyTask' in outcome) busy.push(outcome.busyTask);
    else return outcome.claimed;
  }
  return null;
}

/** A task the BullMQ sweep hands to the queue: the job id carries its attempt count. */
export interface Dispatchable {
  id: number;
  attempts: number;
  abandoned: boolean;
}

/**
 * Due tasks a worker could claim now, oldest first: at most as many per server as its max_tasks
 * (more would only be dropped by the claim, each costing a job and a query), and at most `limit`.
 */
export async function findDispatchable(orm: MikroORM, limit: number): Promise<Dispatchable[]> {
  const now = new Date();
  const rows = await preparedAll<{ id: number; attempts: number; state: string }>(
    orm.em.fork(),
    `select d.id, d.attempts, d.state from (
       select t.id, t.attempts, t.state, t.run_after, t.server_id, s.max_tasks,
              row_number() over (partition by t.server_id order by t.run_after, t.id) as n
       ${FROM}
       where ((t.state = 'QUEUED' and t.run_after <= ?) or (t.state = 'RUNNING' and t.lease_until < ?)) and ${HAS_ROOM}
     ) d
     where d.server_id is null or d.n <= d.max_tasks
     order by d.run_after, d.id limit ?`,
    [now, now, now, now, limit],
  );
  return rows.map((r) => ({ id: Number(r.id), attempts: Number(r.attempts), abandoned: r.state === 'RUNNING' }));
}

function toClaimed(rows: Record<string, unknown>[]): Claimed | null {
  const row = rows[0];
  return row ? { id: Number(row.id), attempts: Number(row.attempts), row } : null;
}
