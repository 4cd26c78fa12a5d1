import type { EntityManager } from '@mikro-orm/core';
import { intOf, preparedAll, preparedGet } from '../../db/prepared';
import { rows, sqlDate } from '../../db/raw-sql';
import { billingSql } from './sql-dialect';

/**
 * Applies available credit to open invoices (BIL-3), oldest first, for the accounts `accountsSelect`
 * (a subquery giving account IDs) selects. The balance already includes every invoice's charge, so
 * the customer owes max(0, −balance); that debt belongs to the newest open invoices, and every
 * older open invoice is paid. An invoice is therefore PAID when the open invoices newer than it add
 * up to at least the debt. One statement for any number of accounts; answers the IDs of the
 * invoices it paid (for 'invoice.paid').
 */
export async function settleInvoices(
  em: EntityManager,
  now: Date,
  accountsSelect: string,
  params: unknown[] = [],
): Promise<number[]> {
  const paid = await rows<{ id: number | string }>(em, settleSql(em, accountsSelect), [sqlDate(em, now), ...params]);
  return paid.map((r) => Number(r.id)).sort((a, b) => a - b);
}

/**
 * settleInvoices for one account, by a prepared statement (the same text every time, so it is
 * parsed once per connection): what a payment runs in its booking transaction.
 */
export async function settleOneAccount(em: EntityManager, now: Date, accountId: number): Promise<number[]> {
  const paid = await preparedAll<{ id: number | string }>(em, settleSql(em, '?'), [now, accountId]);
  return paid.map((r) => Number(r.id)).sort((a, b) => a - b);
}

function settleSql(em: EntityManager, accountsSelect: string): string {
  const sql = billingSql(em);
  return `update invoice set state = 'PAID', paid_at = ${sql.date}
     where id in (
       select x.id from (
         select i.id, i.account_id,
                coalesce(sum(i.total_minor) over (partition by i.account_id order by i.number desc rows between unbounded preceding and 1 preceding), 0) as newer
         from invoice i where i.state = 'OPEN' and i.account_id in (${accountsSelect})
       ) x
       left join account_balance b on b.account_id = x.account_id
       where x.newer >= -coalesce(b.balance_minor, 0))
     returning id`;
}

/** An invoice's row as a payment needs it, with what it still owes (amountDue's rule). */
export interface InvoiceDue {
  id: number;
  resellerId: number;
  accountId: number;
  number: number;
  state: string;
  currency: string;
  /** What is still owed (zero unless OPEN). */
  due: bigint;
}

/**
 * One invoice and what it still owes, by the rule settleInvoices pays by: the account's debt
 * belongs to its newest open invoices first, so this one owes what the debt leaves after the open
 * invoices newer than it, at most its total. Paying exactly this makes settleInvoices mark it PAID.
 * One prepared statement; no tenant scope (the caller decided the invoice may be read).
 */
export async function invoiceDue(em: EntityManager, invoiceId: number): Promise<InvoiceDue | null> {
  const row = await preparedGet<{
    reseller_id: unknown;
    account_id: unknown;
    number: unknown;
    state: string;
    currency: string;
    total: string | number;
    newer: string | number | null;
    balance: string | number | null;
  }>(
    em,
    `select i.reseller_id, i.account_id, i.number, i.state, i.currency, i.total_minor as total, b.balance_minor as balance,
            (select sum(n.total_minor) from invoice n where n.account_id = i.account_id and n.state = 'OPEN' and n.number > i.number) as newer
     from invoice i left join account_balance b on b.account_id = i.account_id where i.id = ?`,
    [invoiceId],
  );
  if (!row) return null;
  const left = -BigInt(row.balance ?? 0) - BigInt(row.newer ?? 0);
  const total = BigInt(row.total);
  return {
    id: invoiceId,
    resellerId: intOf(row.reseller_id),
    accountId: intOf(row.account_id),
    number: intOf(row.number),
    state: row.state,
    currency: row.currency,
    due: row.state !== 'OPEN' || left <= 0n ? 0n : left < total ? left : total,
  };
}

/** What is still owed on one open invoice (invoiceDue's rule); zero when it is not open. */
export async function amountDue(em: EntityManager, invoiceId: number): Promise<bigint> {
  return (await invoiceDue(em, invoiceId))?.due ?? 0n;
}
