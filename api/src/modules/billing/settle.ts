import type { EntityManager } from '@mikro-orm/core';
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
  const sql = billingSql(em);
  const paid = await rows<{ id: number | string }>(
    em,
    `update invoice set state = 'PAID', paid_at = ${sql.date}
     where id in (
       select x.id from (
         select i.id, i.account_id,
                coalesce(sum(i.total_minor) over (partition by i.account_id order by i.number desc rows between unbounded preceding and 1 preceding), 0) as newer
         from invoice i where i.state = 'OPEN' and i.account_id in (${accountsSelect})
       ) x
       left join account_balance b on b.account_id = x.account_id
       where x.newer >= -coalesce(b.balance_minor, 0))
     returning id`,
    [sqlDate(em, now), ...params],
  );
  return paid.map((r) => Number(r.id)).sort((a, b) => a - b);
}

/**
 * What is still owed on one open invoice, by the rule settleInvoices pays by: the account's debt
 * belongs to its newest open invoices first, so this one owes what the debt leaves after the open
 * invoices newer than it, at most its total. Paying exactly this makes settleInvoices mark it PAID.
 */
export async function amountDue(em: EntityManager, invoiceId: number): Promise<bigint> {
  const [row] = await rows<{
    state: string;
    total: string | number;
    newer: string | number | null;
    balance: string | number | null;
  }>(
    em,
    `select i.state, i.total_minor as total, b.balance_minor as balance,
            (select sum(n.total_minor) from invoice n where n.account_id = i.account_id and n.state = 'OPEN' and n.number > i.number) as newer
     from invoice i left join account_balance b on b.account_id = i.account_id where i.id = ?`,
    [invoiceId],
  );
  if (!row || row.state !== 'OPEN') return 0n;
  const left = -BigInt(row.balance ?? 0) - BigInt(row.newer ?? 0);
  const total = BigInt(row.total);
  return left <= 0n ? 0n : left < total ? left : total;
}
