import type { EntityManager } from '@mikro-orm/core';
import { boolOf, preparedGet, preparedRun } from '../../db/prepared';
import { placeholders, rows, sqlDate } from '../../db/raw-sql';
import type { Core } from '../../module';
import { Account, AccountStatus, accountStatusChanged } from '../accounts';
import { audit } from '../audit';
import { MailEvent, mailLanguage, writeMail } from '../notifications';
import { MailMessage } from '../outbox';
import { Reseller } from '../resellers';
import { readBalance } from './ledger';
import { moneyText } from './money';
import { settleOneAccount } from './settle';
import { billingSql } from './sql-dialect';
import { unscoped } from '../../db/scope';

const DAY_MS = 86_400_000;

export interface DunningResult {
  reminders: number;
  suspended: number;
  resumed: number;
}

/** Which days-overdue a company reminds on ("1,7" → [1, 7]); junk is ignored. */
export function reminderDays(text: string): number[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((d) => Number(d.trim()))
        .filter((d) => Number.isInteger(d) && d >= 0 && d <= 365),
    ),
  ].sort((a, b) => a - b);
}

/**
 * Dunning (BIL-3), for every account or only `accountIds`, in the caller's transaction:
 *  1. `overdueSince` becomes the due date of the oldest open invoice past due (null when none);
 *  2. suspension after the company's `suspendAfterDays` (suspend tasks to every server of the
 *     account), with a suspension notice by e-mail;
 *  3. otherwise one reminder e-mail when an account reaches one of its company's reminder days (the
 *     highest reached: a run after a long pause sends one mail, not all of them), written once;
 *  4. resumption of accounts dunning suspended once nothing is overdue any more.
 * Tasks are written in `em`; the caller commits and wakes the worker when `suspended + resumed > 0`.
 */
export async function runDunning(
  em: EntityManager,
  core: Pick<Core, 'events' | 'config'>,
  now: Date,
  accountIds?: number[],
): Promise<DunningResult> {
  const at = sqlDate(em, now);
  const only = accountIds ? `and account.id in (${placeholders(accountIds.length)})` : '';
  const ids = accountIds ?? [];
  if (accountIds && accountIds.length === 0) return { reminders: 0, suspended: 0, resumed: 0 };
  await rows(em, overdueSql(em, only), [at, at, ...ids]);

  const candidates = await em.find(
    Account,
    { overdueSince: { $ne: null }, ...(accountIds ? { id: { $in: accountIds } } : {}) },
    {
      populate: ['owner', 'reseller'],
      ...unscoped(
        'dunning runs outside any request over overdue accounts of every company, with their owners and companies',
      ),
    },
  );
  let reminders = 0;
  let suspended = 0;
  for (const account of candidates) {
    const reseller = account.reseller as Reseller;
    const daysOverdue = Math.floor((now.getTime() - account.overdueSince!.getTime()) / DAY_MS);
    const limit = reseller.suspendAfterDays;
    if (limit !== null && daysOverdue >= limit && account.status === AccountStatus.ACTIVE) {
      account.status = AccountStatus.SUSPENDED;
      account.suspendedForDebt = true;
      account.suspendedReason = `Invoices overdue for ${daysOverdue} days`;
      await accountStatusChanged(em, core, account);
      audit(em, {
        resellerId: reseller.id,
        accountId: account.id,
        action: 'account.suspended',
        detail: `Suspended by the billing run: invoices overdue for ${daysOverdue} days`,
      });
      await notify(em, core, account, reseller, 'suspended', daysOverdue);
      suspended++;
      continue; // the suspension notice replaces the reminder it would have had
    }
    const day = reminderDays(reseller.reminderDays)
      .filter((d) => d <= daysOverdue)
      .pop();
    if (
      day !== undefined &&
      account.status === AccountStatus.ACTIVE &&
      (await notify(em, core, account, reseller, { reminderDay: day }, daysOverdue))
    )
      reminders++;
  }

  const settled = await em.find(
    Account,
    {
      status: AccountStatus.SUSPENDED,
      suspendedForDebt: true,
      overdueSince: null,
      ...(accountIds ? { id: { $in: accountIds } } : {}),
    },
    unscoped('dunning resumes settled accounts of every company'),
  );
  for (const account of settled) {
    account.status = AccountStatus.ACTIVE;
    account.suspendedForDebt = false;
    account.suspendedReason = null;
    await accountStatusChanged(em, core, account);
    audit(em, {
      resellerId: account.reseller.id,
      accountId: account.id,
      action: 'account.resumed',
      detail: 'Resumed by the billing run: nothing is overdue any more',
    });
  }
  await em.flush();
  return { reminders, suspended, resumed: settled.length };
}

/**
 * A dunning e-mail to the account's billing address, written to the outbox once per overdue spell
 * (its key holds the spell's start): a reminder for a reminder day, or the suspension notice.
 * Whether it was written now.
 */
async function notify(
  em: EntityManager,
  core: Pick<Core, 'config'>,
  account: Account,
  reseller: Reseller,
  notice: { reminderDay: number } | 'suspended',
  daysOverdue: number,
): Promise<boolean> {
  const spell = `${account.id}:${account.overdueSince!.getTime()}`;
  const suspendedNow = notice === 'suspended';
  const dedupKey = suspendedNow ? `suspended:${spell}` : `reminder:${spell}:${notice.reminderDay}`;
  if (
    await em.findOne(
      MailMessage,
      { dedupKey },
      unscoped('the outbox’s dedup key is unique across the table: an earlier notice of this spell, whoever’s scope'),
    )
  )
    return false;
  const [owed] = await rows<{ n: number | string; first: number | string | null }>(
    em,
    `select count(*) as n, min(number) as first from invoice where account_id = ? and state = 'OPEN'`,
    [account.id],
  );
  const [profile] = await rows<{ email: string; name: string }>(
    em,
    'select email, name from billing_profile where account_id = ?',
    [account.id],
  );
  // What the customer owes is the debt on the balance (open invoices less what was paid towards them).
  const balance = (await readBalance(em, account.id))?.balanceMinor ?? 0n;
  const language = mailLanguage(account.owner.language, reseller);
  const limit = reseller.suspendAfterDays;
  await writeMail(em, core.config, {
    company: reseller,
    account,
    dedupKey,
    event: suspendedNow ? MailEvent.ACCOUNT_SUSPENDED : MailEvent.INVOICE_REMINDER,
    recipient: profile?.email ?? account.owner.email,
    language,
    values: {
      customerName: profile?.name ?? account.owner.login,
      accountId: account.id,
      accountName: account.name,
      openInvoices: Number(owed?.n ?? 0),
      invoiceNumber: owed?.first ?? '?',
      daysOverdue,
      amount: moneyText(balance < 0n ? -balance : 0n, reseller.currency),
      suspensionWarning:
        limit === null
          ? ''
          : language === 'DE'
            ? `Das Konto wird gesperrt, wenn seine Rechnungen ${limit} Tage überfällig sind.`
            : `The account will be suspended when its invoices are ${limit} days overdue.`,
    },
  });
  return true;
}

/**
 * After money came in for one account: its open invoices are paid from the credit, its overdue
 * state recomputed, and a dunning suspension lifted when nothing is overdue any more.
 */
export async function settleAccount(
  em: EntityManager,
  core: Pick<Core, 'events' | 'config'>,
  accountId: number,
  now = new Date(),
): Promise<DunningResult> {
  const paid = await settleOneAccount(em, now, accountId);
  if (paid.length > 0) await core.events.emit({ em }, 'invoice.paid', { invoiceIds: paid });
  // Dunning's first step by prepared statements; when it leaves nothing overdue and no dunning
  // suspension to lift (nearly every payment), the rest of dunning has nothing to do.
  await preparedRun(em, overdueSql(em, 'and account.id = ?'), [now, now, accountId]);
  const left = await preparedGet<{ overdue_since: unknown; status: string; suspended_for_debt: unknown }>(
    em,
    'select overdue_since, status, suspended_for_debt from account where id = ?',
    [accountId],
  );
  const toResume = left?.status === AccountStatus.SUSPENDED && boolOf(left.suspended_for_debt);
  if (!left || (left.overdue_since == null && !toResume)) {
    await em.flush(); // as runDunning ends: what the caller and the listeners left in `em` is written now
    return { reminders: 0, suspended: 0, resumed: 0 };
  }
  return runDunning(em, core, now, [accountId]);
}

/** Dunning's first step: `overdue_since` becomes the due date of the oldest open invoice past due (null when none). */
function overdueSql(em: EntityManager, only: string): string {
  const overdue = `from invoice i where i.account_id = account.id and i.state = 'OPEN' and i.due_at <= ${billingSql(em).date}`;
  return `update account set overdue_since = (select min(i.due_at) ${overdue})
     where (overdue_since is not null or exists (select 1 ${overdue})) ${only}`;
}
