import type { EntityManager } from '@mikro-orm/core';
import { rows, sqlDate } from '../../db/raw-sql';
import { unscoped } from '../../db/scope';
import { badInput } from '../../errors';
import type { Ctx } from '../../graphql/context';
import { Money } from '../../graphql/money.type';
import { Task, TaskState } from '../../tasks/task.entity';
import { Account, accountForViewer, AccountStatus } from '../accounts';
import { Role } from '../identity';
import { Reseller } from '../resellers';
import { Payment, PaymentState } from '../payments';
import { PhysicalServer, ServerHealth } from '../servers';
import type { AccountTask, AdminOverview, UsageMonth } from './overview.types';

/** At most this many months of history, and of recent tasks: every home-page query stays small. */
export const MAX_MONTHS = 24;
export const MAX_RECENT_TASKS = 10;

/** The first instant of each of the last `n` calendar months (UTC), oldest first, and the next month's. */
export function monthStarts(n: number, now: Date): Date[] {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  return Array.from({ length: n + 1 }, (_, i) => new Date(Date.UTC(y, m - n + 1 + i, 1)));
}

const monthKey = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;

/**
 * A portable month bucket (SQLite stores dates as epoch milliseconds, PostgreSQL as timestamps):
 * `case when col >= ? and col < ? then 'YYYY-MM' … end`, with its parameters.
 */
function bucket(em: EntityManager, column: string, starts: Date[]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const whens = starts.slice(0, -1).map((start, i) => {
    params.push(sqlDate(em, start), sqlDate(em, starts[i + 1]!), monthKey(start));
    return `when ${column} >= ? and ${column} < ? then cast(? as varchar(7))`;
  });
  return { sql: `case ${whens.join(' ')} end`, params };
}

/**
 * The home pages' figures. Every query is a count or a grouped sum over an indexed, bounded range
 * (a month window, one account or one company), never a list a customer could make long.
 */
export class OverviewService {
  /** Counts behind the admin home's links; through the viewer's scope (the master: every company). */
  async adminOverview(ctx: Ctx, now = new Date()): Promise<AdminOverview> {
    const em = ctx.em;
    const master = ctx.viewer!.role === Role.MASTER_ADMIN;
    const since = new Date(now.getTime() - 30 * 86_400_000);
    const [awaitingModeration, overdueAccounts, paymentsLast30Days, failedTasks, serversInTrouble] = await Promise.all([
      em.count(Account, { status: AccountStatus.MODERATION }),
      em.count(Account, { overdueSince: { $ne: null } }),
      // What the payments list shows for SUCCEEDED since then (its count links there).
      em.count(Payment, { state: PaymentState.SUCCEEDED, createdAt: { $gte: since } }),
      // The task engine and the machines are the master's (their lists are master-only).
      master ? em.count(Task, { state: TaskState.FAILED }) : null,
      master
        ? em.count(
            PhysicalServer,
            { health: { $in: [ServerHealth.DOWN, ServerHealth.DEGRADED] } },
            unscoped('machines belong to the master’s cluster, not to a company'),
          )
        : null,
    ]);
    return { awaitingModeration, overdueAccounts, paymentsLast30Days, failedTasks, serversInTrouble };
  }

  /** The latest tasks of an account the viewer may see (default: the active one), newest first. */
  async recentTasks(ctx: Ctx, accountId: number | null, first: number): Promise<AccountTask[]> {
    if (first < 1 || first > MAX_RECENT_TASKS)
      throw badInput([{ field: 'first', message: `must be between 1 and ${MAX_RECENT_TASKS}` }]);
    const account = await accountForViewer(ctx, ctx.em, accountId);
    const tasks = await ctx.em.find(Task, { account: account.id }, { orderBy: { id: 'desc' }, limit: first });
    return tasks.map((t) => ({
      id: t.id,
      kind: t.kind,
      subject: t.subject,
      state: t.state,
      createdAt: t.createdAt,
      finishedAt: t.finishedAt,
    }));
  }

  /**
   * Month by month: one account's disk and traffic (an account the viewer may see; default: the
   * active one), or, for an admin without `accountId`, their own company's (its accounts' use,
   * accounts opened and money received). Raw grouped SQL, restricted to that account or company.
   */
  async usageHistory(ctx: Ctx, accountId: number | null, months: number, now = new Date()): Promise<UsageMonth[]> {
    if (months < 1 || months > MAX_MONTHS)
      throw badInput([{ field: 'months', message: `must be between 1 and ${MAX_MONTHS}` }]);
    const viewer = ctx.viewer!;
    const company = accountId === null && (viewer.role === Role.MASTER_ADMIN || viewer.role === Role.RESELLER_ADMIN);
    const em = ctx.em;
    const starts = monthStarts(months, now);
    const from = sqlDate(em, starts[0]!);
    const out = new Map<string, UsageMonth>(
      starts.slice(0, -1).map((s) => {
        const month = monthKey(s);
        return [month, { month, diskMb: 0, trafficGb: 0, accountsOpened: null, revenue: null }];
      }),
    );
    const b = bucket(em, 'recorded_at', starts);
    const owner = company ? 'reseller_id' : 'account_id';
    const ownerId = company ? viewer.resellerId : (await accountForViewer(ctx, em, accountId)).id;

    // Disk: each account's peak in the month, summed (one account: its peak).
    const disk = await rows<{ m: string | null; v: number | string | null }>(
      em,
      `select m, sum(peak) as v from (select account_id, ${b.sql} as m, max(quantity) as peak from usage_record
         where ${owner} = ? and kind = 'DISK_MB' and recorded_at >= ? group by account_id, m) t group by m`,
      [...b.params, ownerId, from],
    );
    const traffic = await rows<{ m: string | null; v: number | string | null }>(
      em,
      `select ${b.sql} as m, sum(quantity) as v from usage_record
         where ${owner} = ? and kind = 'TRAFFIC_GB' and recorded_at >= ? group by m`,
      [...b.params, ownerId, from],
    );
    for (const r of disk) if (r.m && out.has(r.m)) out.get(r.m)!.diskMb = Number(r.v ?? 0);
    for (const r of traffic) if (r.m && out.has(r.m)) out.get(r.m)!.trafficGb = Number(r.v ?? 0);
    if (!company) return [...out.values()];

    const { currency } = await em.findOneOrFail(
      Reseller,
      { id: viewer.resellerId },
      unscoped('the admin’s own company, for its currency'),
    );
    const opened = bucket(em, 'created_at', starts);
    const accounts = await rows<{ m: string | null; v: number | string }>(
      em,
      `select ${opened.sql} as m, count(*) as v from account where reseller_id = ? and created_at >= ? group by m`,
      [...opened.params, viewer.resellerId, from],
    );
    const money = await rows<{ m: string | null; v: number | string | null }>(
      em,
      `select ${opened.sql} as m, sum(amount_minor) as v from ledger_entry
         where reseller_id = ? and kind in ('PAYMENT', 'REFUND') and currency = ? and created_at >= ? group by m`,
      [...opened.params, viewer.resellerId, currency, from],
    );
    for (const month of out.values()) {
      month.accountsOpened = 0;
      month.revenue = Money.of(0n, currency);
    }
    for (const r of accounts) if (r.m && out.has(r.m)) out.get(r.m)!.accountsOpened = Number(r.v);
    for (const r of money)
      if (r.m && out.has(r.m)) out.get(r.m)!.revenue = Money.of(BigInt(String(r.v ?? 0)), currency);
    return [...out.values()];
  }
}
