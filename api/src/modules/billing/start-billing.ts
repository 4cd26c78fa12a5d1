import type { EntityManager } from '@mikro-orm/core';
import type { HelioEvents } from '../../events';
import type { Core } from '../../module';
import { AccountStatus, type Account } from '../accounts';
import { BillingProfile } from './billing-profile.entity';
import { issueDueInvoices } from './issue-invoices';

/** The account's first period starts at `now` (to the second) and is invoiced in the caller's transaction. */
export async function startBilling(
  em: EntityManager,
  core: Pick<Core, 'events'>,
  account: Account,
  now: Date,
): Promise<void> {
  const anchor = new Date(Math.floor(now.getTime() / 1000) * 1000);
  account.billingAnchor = anchor;
  account.nextBillingAt = anchor;
  account.periodsBilled = 0;
  await em.flush();
  await issueDueInvoices(em, core, { now, accountIds: [account.id] });
  await em.refresh(account);
}

/**
 * An account was opened ('account.opened', in its transaction): who its invoices go to is kept,
 * and its billing starts with its first invoice, unless it waits for moderation (approval starts it).
 */
export async function billOpenedAccount(
  em: EntityManager,
  core: Pick<Core, 'events'>,
  { account, holder, now }: HelioEvents['account.opened'],
): Promise<void> {
  if (holder) {
    em.create(BillingProfile, { reseller: account.reseller, account, ...holder });
    await em.flush();
  }
  if (account.status !== AccountStatus.MODERATION) await startBilling(em, core, account, now);
}
