import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { FIX, setupProblem } from '../alerts';
import type { Account } from '../accounts';
import { AccountServer } from './account-server.entity';
import { PhysicalServerStatus, PlacementPolicy, ServerHealth, type ServerKind } from './enums';
import { LogicalServer } from './logical-server.entity';
import type { ServerGroup } from './server-group.entity';
import { serverLoads, storageOf, type ServerLoad, type StorageMeasure } from './server-load';
import { isPostgres, rows } from '../../db/raw-sql';

type GroupRow = Pick<ServerGroup, 'id' | 'name' | 'policy'>;

/** SQLite stores booleans as 0/1; raw statements see them so. */
const bool = (v: unknown): boolean => v === true || v === 1;

/** A group member as placement sees it: its state, limits and current load, read in one statement. */
interface Member {
  id: number;
  enabled: boolean;
  online: boolean;
  maxAccounts: number | null;
  maxDiskMb: number | null;
  accounts: number;
  diskBytes: number;
}

/** Every member of the group with what placement needs to judge it: one statement, and the areas' storage measures. */
async function membersWithLoad(
  em: EntityManager,
  groupId: number,
  kind: ServerKind,
  measures: readonly StorageMeasure[],
): Promise<Member[]> {
  const found = await rows<Record<string, unknown>>(
    em,
    `select ls.id, ls.enabled, ls.max_accounts, ls.max_disk_mb, ps.status, ps.health,
       (select count(*) from account_server a where a.server_id = ls.id) as accounts
     from logical_server ls join physical_server ps on ps.id = ls.physical_id
     where ls.group_id = ? and ls.kind = ?
     order by ls.id`,
    [groupId, kind],
  );
  const stored = await storageOf(
    em,
    found.map((r) => Number(r.id)),
    measures,
  );
  const num = (v: unknown) => (v == null ? null : Number(v));
  return found.map((r) => ({
    id: Number(r.id),
    enabled: bool(r.enabled),
    online: r.status === PhysicalServerStatus.ONLINE && r.health !== ServerHealth.DOWN,
    maxAccounts: num(r.max_accounts),
    maxDiskMb: num(r.max_disk_mb),
    accounts: Number(r.accounts),
    diskBytes: stored.get(Number(r.id))?.diskBytes ?? 0,
  }));
}

const MB = 1024 * 1024;

/** Only the master admin can add servers: the root company's admins are told, customers get a plain message. */
const noRoom = (kind: ServerKind, why: string) =>
  setupProblem(
    {
      key: `NO_ROOM:${kind}`,
      message: `no ${kind} server has room: ${why}`,
      fixPath: FIX.serverGroups,
      company: 'root',
    },
    { kind },
  );

/**
 * Chooses the logical server an account's resources of one kind go to (SRV-3), and keeps the
 * choice: the first placement writes an AccountServer row, later ones return the same server.
 * It reads with plain SQL (a few cheap statements, no tenant filter: load counts every tenant).
 *
 * Concurrency: two placements must not both take the last slot of a server. On PostgreSQL,
 * place() locks the group's row (SELECT … FOR UPDATE) before it counts, so concurrent
 * placements into one group run one after the other; the lock is held until the caller's
 * transaction ends, so callers must run place() and the flush of its row in one transaction
 * (`em.transactional`). Outside a transaction no lock is taken and a limit may be overshot
 * under concurrency. On SQLite the ORM has one connection and runs transactions one at a time.
 * Two concurrent first placements of the same account and kind: one fails on the unique
 * (account, kind) constraint when it flushes; its caller should retry and will get the same server.
 */
export class PlacementService {
  private readonly measures: StorageMeasure[] = [];

  /** Adds what an area keeps on servers (databases, their bytes) to their load, for placement's limits and the admin pages. */
  measureStorageWith(measure: StorageMeasure): void {
    this.measures.push(measure);
  }

  async place(em: EntityManager, account: Account, kind: ServerKind): Promise<LogicalServer> {
    const existing = await this.existing(em, account, kind);
    if (existing) return existing;

    const { group, candidates } = await this.candidates(em, kind);
    const chosen =
      group.policy === PlacementPolicy.LEAST_LOADED
        ? leastLoaded(candidates)
        : candidates[crypto.randomInt(candidates.length)]!;
    const server = await em.findOneOrFail(LogicalServer, { id: chosen.id });
    em.create(AccountServer, { reseller: account.reseller, account, kind, server });
    return server;
  }

  /**
   * The members of the kind's default group that may take something new now: enabled, on an ONLINE
   * machine that answers (not DOWN), not full. CONFLICT naming why when there are none. Locks the group like place().
   */
  async usableServers(em: EntityManager, kind: ServerKind): Promise<LogicalServer[]> {
    const { candidates } = await this.candidates(em, kind);
    return em.find(LogicalServer, { id: { $in: candidates.map((c) => c.id) } }, { orderBy: { id: 'asc' } });
  }

  private async candidates(em: EntityManager, kind: ServerKind): Promise<{ group: GroupRow; candidates: Member[] }> {
    const group = await this.groupFor(em, kind);
    const members = await membersWithLoad(em, group.id, kind, this.measures);
    const usable = members.filter((m) => m.enabled && m.online);
    const candidates = usable.filter(hasRoom);
    if (!candidates.length) {
      const disabled = members.filter((m) => !m.enabled).length;
      const offline = members.filter((m) => m.enabled && !m.online).length;
      const full = usable.length - candidates.length;
      const why = members.length
        ? `all ${members.length} servers of group "${group.name}" are disabled, on a machine that is not ONLINE or does not answer, or full (${disabled} disabled, ${offline} not online or not answering, ${full} full)`
        : `group "${group.name}" has no servers`;
      throw noRoom(kind, why);
    }
    return { group, candidates };
  }

  /** Load figures (accounts, databases, disk, running tasks) of each server, in three queries. */
  loads(em: EntityManager, serverIds: number[]): Promise<Map<number, ServerLoad>> {
    return serverLoads(em, serverIds, this.measures);
  }

  /** The server this account already uses for `kind`: stored, or placed earlier in this unit of work. */
  private async existing(em: EntityManager, account: Account, kind: ServerKind): Promise<LogicalServer | null> {
    for (const pending of em.getUnitOfWork().getPersistStack()) {
      if (pending instanceof AccountServer && pending.account === account && pending.kind === kind)
        return pending.server;
    }
    if (!account.id) return null;
    // Raw, so the row is found whatever the request's tenant scope: the caller decided the account may be placed.
    const [row] = await rows<{ server_id: number }>(
      em,
      'select server_id from account_server where account_id = ? and kind = ?',
      [account.id, kind],
    );
    return row ? em.findOneOrFail(LogicalServer, { id: Number(row.server_id) }) : null;
  }

  /**
   * The default group of the kind; or, when none is marked default, the only group of the kind.
   * On PostgreSQL inside a transaction, the same statement locks the group row (see the class comment).
   */
  private async groupFor(em: EntityManager, kind: ServerKind): Promise<GroupRow> {
    const lock = em.isInTransaction() && isPostgres(em) ? 'for update' : '';
    const [row] = await rows<Record<string, unknown>>(
      em,
      `select g.id, g.name, g.policy from server_group g
       where g.kind = ? and (g.is_default or (select count(*) from server_group o where o.kind = g.kind) = 1)
       order by case when g.is_default then 0 else 1 end, g.id limit 1 ${lock}`,
      [kind],
    );
    if (row) return { id: Number(row.id), name: String(row.name), policy: row.policy as PlacementPolicy };
    const [{ n }] = (await rows<{ n: number | string }>(em, 'select count(*) as n from server_group where kind = ?', [
      kind,
    ])) as [{ n: number | string }];
    throw noRoom(
      kind,
      Number(n)
        ? `none of the ${n} ${kind} server groups is the default; mark one as default`
        : `there is no ${kind} server group; create one and add servers to it`,
    );
  }
}

function hasRoom(m: Member): boolean {
  if (m.maxAccounts != null && m.accounts >= m.maxAccounts) return false;
  if (m.maxDiskMb != null && m.diskBytes >= m.maxDiskMb * MB) return false;
  return true;
}

/** Fewest accounts, then least disk, then the oldest server. */
function leastLoaded(candidates: Member[]): Member {
  return candidates.reduce((best, c) =>
    c.accounts < best.accounts ||
    (c.accounts === best.accounts &&
      (c.diskBytes < best.diskBytes || (c.diskBytes === best.diskBytes && c.id < best.id)))
      ? c
      : best,
  );
}
