import type { EntityManager } from '@mikro-orm/core';
import { isPostgres, placeholders, rows, sqlDate } from '../../db/raw-sql';
import type { Core } from '../../module';
import { ResourceKind, RESOURCE_LABEL, capitalized } from '../plans';
import { settleInvoices } from './settle';
import { billingSql } from './sql-dialect';

/*
 * Issuing recurring invoices, set-based (BIL-3). One call bills every due account in its scope
 * with a fixed number of statements, whatever the number of accounts, inside the caller's
 * transaction:
 *
 *   lock the companies' invoice sequences → stage the due accounts → stage their lines → totals
 *   and tax → number them → advance the accounts to their next period → insert invoices, lines
 *   and CHARGE entries → move balances → apply available credit.
 *
 * Why it never charges twice: the sequence rows are locked first (PostgreSQL: FOR UPDATE; SQLite
 * allows one writer), so a second run waits for the first and then, in a fresh statement, no
 * longer finds the accounts the first advanced. Each invoice's key ("recurring:<account>:<period
 * start in epoch ms>") is unique, so even a run that slipped past would fail and roll back rather
 * than charge again. (Not the period's index: a plan change starts the count again from a new
 * anchor, and the index would repeat a key the account used before.) Numbers come from the locked sequence in the same transaction, so a rollback leaves no gap.
 *
 * Rounding: a discount or tax is applied once per line (tax once per invoice) and rounded half up
 * to the minor unit: (amount × (10000 − bp) + 5000) div 10000.
 */

export interface IssueScope {
  now: Date;
  /** Only these accounts (signup, tests); in any status. Without it: every due account not in moderation. */
  accountIds?: number[];
  /** At most this many accounts (a batch); the caller repeats until none come back. */
  limit?: number;
  /** Accounts to leave out (those a run could not bill). */
  exclude?: readonly number[];
}

export interface IssueResult {
  /** Accounts moved to their next period. */
  accounts: number;
  /** Invoices issued (accounts whose period cost nothing get none). */
  invoices: number;
}

const q = (text: string) => `'${text.replace(/'/g, "''")}'`;
const LABEL_CASE = `case r.kind ${Object.values(ResourceKind)
  .map((k) => `when ${q(k)} then ${q(capitalized(RESOURCE_LABEL[k]))}`)
  .join(' ')} end`;

/**
 * Usage over a period (`u` the usage records, `r` the plan resource, `d.months` the period's length):
 * traffic is summed and its free units are per month; every other resource is billed at its peak
 * against its free units. Plan changes bill the part of a period they end with the same rule.
 */
export const USAGE_USED = `case when r.kind = 'TRAFFIC_GB' then sum(u.quantity) else max(u.quantity) end`;
export const usageFree = (months: string) =>
  `case when r.kind = 'TRAFFIC_GB' then r.free_units * ${months} else r.free_units end`;

/** The accounts a billing pass bills at `date` (a placeholder or column): on a plan, with a period and an anchor, their next period begun. */
const isDue = (date: string) =>
  `a.plan_id is not null and a.period_months > 0 and a.billing_anchor is not null and a.next_billing_at <= ${date}`;

/** Up to `limit` accounts due at `now` (not in moderation, as a pass without `accountIds` picks them), in ID order, leaving out `exclude`. */
export async function dueAccountIds(
  em: EntityManager,
  now: Date,
  limit: number,
  exclude: readonly number[],
): Promise<number[]> {
  const sql = billingSql(em);
  const skip = exclude.length ? `and a.id not in (${placeholders(exclude.length)})` : '';
  const found = await rows<{ id: number }>(
    em,
    `select a.id from account a where ${isDue(sql.date)} and a.status <> 'MODERATION' ${skip} order by a.id limit ?`,
    [sqlDate(em, now), ...exclude, Math.max(1, Math.floor(limit))],
  );
  return found.map((r) => Number(r.id));
}

/** Announces invoices just issued ('invoice.issued'), in `em`'s transaction: their rows and charges are written. */
export async function invoicesIssued(
  em: EntityManager,
  core: Pick<Core, 'events'>,
  invoiceIds: readonly number[],
): Promise<void> {
  if (invoiceIds.length > 0) await core.events.emit({ em }, 'invoice.issued', { invoiceIds });
}

export async function issueDueInvoices(
  em: EntityManager,
  core: Pick<Core, 'events'>,
  scope: IssueScope,
): Promise<IssueResult> {
  if (!em.isInTransaction()) throw new Error('issueDueInvoices must run inside a transaction');
  const sql = billingSql(em);
  const pg = isPostgres(em);
  const now = sqlDate(em, scope.now);
  const ids = scope.accountIds;
  if (ids && ids.length === 0) return { accounts: 0, invoices: 0 };
  const exclude = ids ? [] : [...(scope.exclude ?? [])];
  const idFilter = ids
    ? `and a.id in (${placeholders(ids.length)})`
    : `and a.status <> 'MODERATION'${exclude.length ? ` and a.id not in (${placeholders(exclude.length)})` : ''}`;
  const idParams = ids ?? exclude;

  // 1. Every company has a sequence row; lock those this call may number (all, or the scoped accounts' companies).
  await rows(
    em,
    `insert into invoice_sequence (reseller_id, last_number) select id, 0 from reseller where true on conflict (reseller_id) do nothing`,
  );
  if (pg) {
    const which = ids ? `where reseller_id in (select reseller_id from account a where true ${idFilter})` : '';
    await rows(em, `select reseller_id from invoice_sequence ${which} order by reseller_id for update`, ids ?? []);
  }

  // 2. The due accounts, with their period's bounds. Period k runs anchor + k·m … anchor + (k+1)·m.
  await rows(em, 'drop table if exists billing_due');
  await rows(em, 'drop table if exists billing_line');
  await rows(
    em,
    sql.tempTableAs(
      'billing_due',
      `select a.id as account_id, a.reseller_id, a.plan_id, a.period_months as months, coalesce(pp.discount_bp, 0) as discount_bp,
         a.periods_billed as k, r.currency, a.next_billing_at as period_start,
         ${sql.addMonths('a.billing_anchor', '(a.periods_billed + 1) * a.period_months')} as period_end,
         ${sql.addMonths('a.billing_anchor', '(a.periods_billed - 1) * a.period_months')} as prev_start,
         ${sql.addDays(sql.date, 'r.payment_term_days')} as due_at,
         cast(null as bigint) as subtotal, cast(null as integer) as tax_bp, cast(null as varchar(100)) as tax_name,
         cast(null as bigint) as tax, cast(null as bigint) as total, cast(null as integer) as number, cast(null as integer) as invoice_id
       from account a
       join reseller r on r.id = a.reseller_id
       left join plan_period pp on pp.plan_id = a.plan_id and pp.months = a.period_months
       where ${isDue(sql.date)} ${idFilter}
       order by a.id ${scope.limit ? 'limit ?' : ''}`,
    ),
    [now, now, ...idParams, ...(scope.limit ? [Math.max(1, Math.floor(scope.limit))] : [])],
  );
  await rows(em, 'create unique index billing_due_account on billing_due (account_id)');
  const [{ n }] = await rows<{ n: number | string }>(em, 'select count(*) as n from billing_due');
  const accounts = Number(n);
  if (accounts === 0) {
    await dropStaging(em);
    return { accounts: 0, invoices: 0 };
  }

  // 3. Lines. sort: 1 the plan, 2 its resources, 3 setup fees (first period only), 4 usage of the previous period;
  //    within a sort the plan's own line comes first (an empty kind: NULLs sort first on SQLite, last on PostgreSQL).
  await rows(
    em,
    sql.tempTableAs(
      'billing_line',
      `select account_id, 0 as sort, cast('' as varchar(20)) as resource_kind, cast('' as varchar(300)) as description,
         cast(0 as bigint) as quantity, cast(0 as bigint) as unit_price, cast(0 as bigint) as amount, period_start, period_end
       from billing_due where 1 = 0`,
    ),
  );
  const months = `d.months || case when d.months = 1 then ' month' else ' months' end`;
  const discounted = (fee: string) => `(${fee} * d.months * (10000 - d.discount_bp) + 5000) / 10000`;
  await rows(
    em,
    `insert into billing_line (account_id, sort, resource_kind, description, quantity, unit_price, amount, period_start, period_end)
     select d.account_id, 1, null, 'Plan ' || p.name || ', ' || ${months}, 1, p.recurring_fee_minor * d.months, ${discounted('p.recurring_fee_minor')}, d.period_start, d.period_end
       from billing_due d join plan p on p.id = d.plan_id where p.recurring_fee_minor > 0
     union all
     select d.account_id, 2, r.kind, ${LABEL_CASE} || ', ' || ${months}, 1, r.recurring_fee_minor * d.months, ${discounted('r.recurring_fee_minor')}, d.period_start, d.period_end
       from billing_due d join plan_resource r on r.plan_id = d.plan_id where r.recurring_fee_minor > 0
     union all
     select d.account_id, 3, null, 'Setup: plan ' || p.name, 1, p.setup_fee_minor, p.setup_fee_minor, null, null
       from billing_due d join plan p on p.id = d.plan_id where d.k = 0 and p.setup_fee_minor > 0
     union all
     select d.account_id, 3, r.kind, 'Setup: ' || ${LABEL_CASE}, 1, r.setup_fee_minor, r.setup_fee_minor, null, null
       from billing_due d join plan_resource r on r.plan_id = d.plan_id where d.k = 0 and r.setup_fee_minor > 0`,
  );
  await rows(
    em,
    `insert into billing_line (account_id, sort, resource_kind, description, quantity, unit_price, amount, period_start, period_end)
     select account_id, 4, kind, label || ' above ' || free_units || ' included', used - free_units, usage_price_minor, (used - free_units) * usage_price_minor, prev_start, period_start
     from (select d.account_id, r.kind, ${LABEL_CASE} as label, ${usageFree('d.months')} as free_units, r.usage_price_minor, d.prev_start, d.period_start,
             ${USAGE_USED} as used
           from billing_due d
           join plan_resource r on r.plan_id = d.plan_id and r.usage_price_minor > 0
           join usage_record u on u.account_id = d.account_id and u.kind = r.kind and u.recorded_at >= d.prev_start and u.recorded_at < d.period_start
           where d.k > 0
           group by d.account_id, r.kind, r.free_units, d.months, r.usage_price_minor, d.prev_start, d.period_start) x
     where used > free_units`,
  );
  await rows(em, 'create index billing_line_account on billing_line (account_id)');

  // 4. Totals and tax: the company's rate in force now (latest valid_from not after now), half up, on the subtotal.
  await rows(
    em,
    `update billing_due set subtotal = coalesce((select sum(l.amount) from billing_line l where l.account_id = billing_due.account_id), 0)`,
  );
  await rows(
    em,
    `update billing_due set tax_bp = t.rate_bp, tax_name = t.name
     from tax_rate t
     where t.reseller_id = billing_due.reseller_id and t.rate_bp > 0
       and t.valid_from = (select max(t2.valid_from) from tax_rate t2 where t2.reseller_id = billing_due.reseller_id and t2.valid_from <= ${sql.date})`,
    [now],
  );
  await rows(
    em,
    `update billing_due set tax = case when tax_bp is null then 0 else (subtotal * tax_bp + 5000) / 10000 end`,
  );
  await rows(em, `update billing_due set total = subtotal + tax`);

  // 5. Numbers: the next ones of each company, in account order, for invoices with something to pay.
  await rows(
    em,
    `update billing_due set number = x.n
     from (select d.account_id, s.last_number + row_number() over (partition by d.reseller_id order by d.account_id) as n
           from billing_due d join invoice_sequence s on s.reseller_id = d.reseller_id where d.total > 0) x
     where x.account_id = billing_due.account_id`,
  );
  await rows(
    em,
    `update invoice_sequence set last_number = last_number + (select count(*) from billing_due d where d.reseller_id = invoice_sequence.reseller_id and d.number is not null)
     where reseller_id in (select reseller_id from billing_due where number is not null)`,
  );

  // 6. The accounts move to their next period. Their rows are locked before their balances, in the
  //    order money actions take them (account, then balance): the two never deadlock.
  await rows(
    em,
    `update account set periods_billed = periods_billed + 1, next_billing_at = d.period_end
     from billing_due d where d.account_id = account.id`,
  );

  // 7. Invoices, their lines, and one CHARGE entry each.
  await rows(
    em,
    `insert into invoice (reseller_id, account_id, number, state, currency, subtotal_minor, tax_minor, total_minor, tax_name, tax_rate_bp,
                          period_start, period_end, issued_at, due_at, idempotency_key)
     select reseller_id, account_id, number, 'OPEN', currency, subtotal, tax, total, tax_name, tax_bp, period_start, period_end, ${sql.date}, due_at,
            'recurring:' || account_id || ':' || ${sql.epochMs('period_start')}
     from billing_due where number is not null`,
    [now],
  );
  await rows(
    em,
    `update billing_due set invoice_id = i.id from invoice i where i.reseller_id = billing_due.reseller_id and i.number = billing_due.number and billing_due.number is not null`,
  );
  await rows(
    em,
    `insert into invoice_line (invoice_id, position, description, resource_kind, period_start, period_end, quantity, unit_price_minor, amount_minor)
     select d.invoice_id, row_number() over (partition by l.account_id order by l.sort, coalesce(l.resource_kind, '')), l.description, l.resource_kind,
            l.period_start, l.period_end, l.quantity, l.unit_price, l.amount
     from billing_line l join billing_due d on d.account_id = l.account_id
     where d.invoice_id is not null`,
  );
  await rows(
    em,
    `insert into ledger_entry (reseller_id, account_id, kind, amount_minor, currency, description, reference, created_by_id, idempotency_key, created_at)
     select reseller_id, account_id, 'CHARGE', -total, currency, 'Invoice ' || number, '' || number, null, 'invoice:' || invoice_id, ${sql.date}
     from billing_due where invoice_id is not null`,
    [now],
  );
  await rows(
    em,
    `insert into account_balance (account_id, reseller_id, currency, balance_minor, version, updated_at)
     select account_id, reseller_id, currency, -total, 1, ${sql.date} from billing_due where invoice_id is not null
     on conflict (account_id) do update set balance_minor = account_balance.balance_minor + excluded.balance_minor,
       version = account_balance.version + 1, updated_at = excluded.updated_at`,
    [now],
  );

  // 8. Open invoices are paid from available credit; then they are announced.
  const issued = (
    await rows<{ id: number | string }>(
      em,
      'select invoice_id as id from billing_due where invoice_id is not null order by invoice_id',
    )
  ).map((r) => Number(r.id));
  const paid =
    issued.length > 0
      ? await settleInvoices(em, scope.now, 'select account_id from billing_due where invoice_id is not null')
      : [];
  await dropStaging(em);
  await invoicesIssued(em, core, issued);
  if (paid.length > 0) await core.events.emit({ em }, 'invoice.paid', { invoiceIds: paid });
  return { accounts, invoices: issued.length };
}

async function dropStaging(em: EntityManager): Promise<void> {
  await rows(em, 'drop table if exists billing_line');
  await rows(em, 'drop table if exists billing_due');
}
