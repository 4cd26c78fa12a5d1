import type { EntityManager } from '@mikro-orm/core';
import type { Services } from '../../services';
import { queueSitesOfAccount } from '../web/web-site-tasks';
import type { Account } from './account.entity';

/**
 * Queues, in `em`, what follows an account's status on its servers (MySQL logins locked or
 * unlocked, web sites closed or opened); whether anything was queued. The caller flushes with the
 * status change and then wakes the worker.
 */
export async function queueStatusTasks(em: EntityManager, services: Services, account: Account): Promise<boolean> {
  const mysql = await services.mysql.accountStatusChanged(em, services, account);
  const sites = await queueSitesOfAccount(em, services, account.id);
  return mysql || sites;
}
