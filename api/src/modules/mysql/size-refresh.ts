import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import type { Config } from '../../config';
import { systemEm } from '../../db/scope';
import type { TaskService } from '../../tasks/tasks.service';
import { Account } from '../accounts';
import { Reseller } from '../resellers';
import { LogicalServer } from '../servers';
import { MysqlTask } from './mysql.tasks';
import { mysqlSettings } from './settings';

/*
 * Database sizes go stale as customers write to their databases; placement and the servers' disk
 * load read them. A refresh is one mysql.refreshSizes task per account (and server), queued on
 * demand (refreshMysqlSizes) and periodically by every worker process.
 */

export interface SizeRefreshScope {
  /** Only this account (the caller has checked the viewer may act on it). */
  accountId?: number;
  /** Only accounts with a database whose size was last checked before this (or never). */
  checkedBefore?: Date;
}

/**
 * Queues a refresh for each account and server with ACTIVE or SUSPENDED databases and no refresh
 * already QUEUED or RUNNING for them: one query, however many accounts. Two processes running this
 * at once may both queue one for the same account; that is harmless (the handler only reads sizes
 * and writes them, so two runs end as one would), and the pending check keeps it rare.
 * The tasks are created in `em`: the caller flushes (or commits) and then calls tasks.notify().
 */
export async function queueSizeRefreshes(
  em: EntityManager,
  tasks: TaskService,
  scope: SizeRefreshScope = {},
): Promise<number> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (scope.accountId !== undefined) {
    where.push('and d.account_id = ?');
    params.push(scope.accountId);
  }
  if (scope.checkedBefore) {
    where.push('and (d.size_checked_at is null or d.size_checked_at < ?)');
    params.push(scope.checkedBefore);
  }
  const rows = await (em as SqlEntityManager)
    .getConnection()
    .execute<{ account_id: number; server_id: number; reseller_id: number }[]>(
      `select distinct d.account_id, d.server_id, d.reseller_id from mysql_database d
     where d.state in ('ACTIVE', 'SUSPENDED') ${where.join(' ')}
       and not exists (select 1 from task t where t.server_id = d.server_id and t.state in ('QUEUED', 'RUNNING')
                         and t.account_id = d.account_id and t.kind = ?)
     order by d.account_id, d.server_id`,
      [...params, MysqlTask.refreshSizes],
      'all',
      em.getTransactionContext(),
    );
  for (const row of rows) {
    const accountId = Number(row.account_id);
    tasks.enqueue(em, {
      kind: MysqlTask.refreshSizes,
      payload: { accountId },
      server: em.getReference(LogicalServer, Number(row.server_id)),
      account: em.getReference(Account, accountId),
      reseller: em.getReference(Reseller, Number(row.reseller_id)),
      subject: `MySQL database sizes of account ${accountId}`,
    });
  }
  return rows.length;
}

/**
 * Registers the periodic refresh (MYSQL_SIZE_REFRESH_MINUTES; 0: none). Each run queues accounts
 * whose sizes are older than half the period: with several worker processes each account is still
 * refreshed about once a period, not once per process.
 */
export function scheduleSizeRefresh(tasks: TaskService, config: Config): void {
  const everyMs = mysqlSettings.of(config).sizeRefreshMs;
  if (everyMs <= 0) return;
  tasks.every('mysql.sizeRefresh', everyMs, async ({ orm, log }) => {
    const em = systemEm(orm.em, 'the periodic size refresh reads databases of every company');
    const queued = await queueSizeRefreshes(em, tasks, { checkedBefore: new Date(Date.now() - everyMs / 2) });
    if (queued === 0) return;
    await em.flush();
    tasks.notify();
    log.debug({ queued }, 'MySQL size refreshes queued');
  });
}
