import type { EntityManager } from '@mikro-orm/core';
import type { Core } from '../../module';
import type { Account } from './account.entity';

/**
 * Announces, in `em`'s transaction, that an account's status changed (suspended, resumed,
 * approved): the areas that hold its resources on servers queue what follows (MySQL logins locked
 * or unlocked, web sites closed or opened) in the same flush. The caller flushes with the status
 * change and then wakes the worker.
 */
export async function accountStatusChanged(
  em: EntityManager,
  core: Pick<Core, 'events'>,
  account: Account,
): Promise<void> {
  await core.events.emit({ em }, 'account.statusChanged', { account });
}
