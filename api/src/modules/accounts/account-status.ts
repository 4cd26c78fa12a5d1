import type { EntityManager } from '@mikro-orm/core';
import type { Services } from '../../services';
import type { Account } from './account.entity';

/**
 * Announces, in `em`'s transaction, that an account's status changed (suspended, resumed,
 * approved): the areas that hold its resources on servers queue what follows (MySQL logins locked
 * or unlocked, web sites closed or opened) in the same flush. The caller flushes with the status
 * change and then wakes the worker.
 */
export async function accountStatusChanged(em: EntityManager, services: Services, account: Account): Promise<void> {
  await services.events.emit({ em, services }, 'account.statusChanged', { account });
}
