import { LockMode, wrap, type EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context';
import { badInput, conflict, notFound } from '../../errors';
import { perRequest } from '../../graphql/memo';
import { Account, AccountStatus } from './account.entity';

/**
 * The account a hosting operation acts on: `accountId` if the viewer may see it (else NOT_FOUND:
 * the scope filter hides other tenants' and other owners' accounts), or the viewer's active
 * account. `forUpdate` locks its row on PostgreSQL, so two concurrent creates cannot both pass a
 * limit check; `inService` refuses a suspended account.
 */
export async function accountForViewer(
  ctx: Ctx,
  em: EntityManager,
  accountId: number | null,
  opts: { forUpdate?: boolean; inService?: boolean } = {},
): Promise<Account> {
  const id = accountId ?? ctx.viewer?.session.activeAccount?.id;
  if (!id) throw badInput([{ field: 'accountId', message: 'is required: you have no active account' }]);
  const lock =
    opts.forUpdate && ctx.config.database.dialect === 'postgresql' ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {};
  const account = await em.findOne(Account, { id }, lock);
  if (!account) throw notFound('Account');
  if (opts.inService && account.status === AccountStatus.SUSPENDED) throw conflict('The account is suspended');
  if (opts.inService && account.status === AccountStatus.MODERATION)
    throw conflict('The account is waiting for an admin to approve it');
  return account;
}

/** The account of a row (a database, a domain…), loaded once per request through the viewer's scope. */
export function accountOf(ctx: Ctx, row: { account: Account }): Promise<Account> {
  if (wrap(row.account).isInitialized()) return Promise.resolve(row.account);
  const id = row.account.id;
  return perRequest(ctx, `account:${id}`, () => ctx.em.findOneOrFail(Account, { id }));
}
