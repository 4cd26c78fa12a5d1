import type { EntityManager } from '@mikro-orm/core';
import { rows, sqlDate } from '../../db/raw-sql';
import { billingSql } from './sql-dialect';

/**
 * Applies available credit to open invoices (BIL-3), oldest first, for the accounts `accountsSelect`
 * (a subquery giving account IDs) selects. The balance already includes every invoice's charge, so
 * the customer owes max(0, −balance); that debt belongs to the newest open invoices, and every
 * older open invoice is paid. An invoice is therefore PAID when the open invoices newer than it add
 * up to at least the debt. One statement for any number of accounts.
 */
export async function settleInvoices(em: EntityManager, now: Date, accountsSelect: string, params: unknown[] = []): Promise<void> {
  const sql = billingSql(em);
  await rows(
    em,
    `update invoice set state = 'PAID', paid_at = ${sql.date}
     where id in (
       select x.id from (
         select i.id, i.account_id,
                coalesce(sum(i.total_minor) over (partition by i.account_id order by i.number desc rows between unbounded preceding and 1 preceding), 0) as newer
         from invoice i where i.state = 'OPEN' and i.account_id in (${accountsSelect})
       ) x
       left join account_balance b on b.account_id = x.account_id
       where x.newer >= -coalesce(b.balance_minor, 0))`,
    [sqlDate(em, now), ...params],
  );
}
