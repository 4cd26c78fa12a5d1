import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { knex } from '@mikro-orm/knex';
import { loadConfig, type Config } from '../config';
import { createApp, openDatabase } from '../app';
import { isPostgres, rows } from '../db/raw-sql';
import { rolledBack } from '../db/rolled-back';
import { systemEm } from '../db/scope';
import { runBilling } from '../modules/billing';

const ACCOUNTS = Number(process.env.BENCH_BILLING_ACCOUNTS ?? 100_000);
const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PG_DB = 'helio_bench_billing';

export interface BillingBenchRow {
  dialect: string;
  accounts: number;
  invoices: number;
  entries: number;
  runMs: number;
  bareMs: number;
  /** Average length of the run's mail bodies (the bare insert writes BARE_MAIL_BODY's). */
  mailBytes: number;
}

/**
 * Billing figure for the README: one billing run over ACCOUNTS due accounts (a plan fee and a
 * resource fee each, 19 % tax: one invoice, two lines, one CHARGE entry, a balance and a mail per account),
 * against a bare INSERT … SELECT of the same rows into the same tables in the same run (rolled back).
 */
export async function runBillingBench(): Promise<BillingBenchRow[]> {
  const results: BillingBenchRow[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helio-bench-billing-'));
  try {
    results.push(
      await benchOne(
        loadConfig({
          DATA_DIR: dir,
          LOG_LEVEL: 'silent',
          NODE_ENV: 'production',
          BILLING_RUN_MINUTES: '0',
          MAIL_SEND_SECONDS: '0',
        }),
        'SQLite',
      ),
    );
    const admin = knex({ client: 'pg', connection: PG_ADMIN_URL, pool: { min: 0, max: 1 } });
    try {
      await admin.raw(`drop database if exists ${PG_DB}`);
    } catch (err) {
      await admin.destroy();
      console.log(`\nbilling bench on PostgreSQL skipped: ${(err as Error).message}`);
      return results;
    }
    await admin.raw(`create database ${PG_DB}`);
    try {
      const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${PG_DB}`);
      results.push(
        await benchOne(
          loadConfig({
            DATABASE_URL: url,
            DATA_DIR: dir,
            LOG_LEVEL: 'silent',
            NODE_ENV: 'production',
            BILLING_RUN_MINUTES: '0',
            MAIL_SEND_SECONDS: '0',
          }),
          'PostgreSQL',
        ),
      );
    } finally {
      await admin.raw(`drop database if exists ${PG_DB} with (force)`);
      await admin.destroy();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

async function benchOne(config: Config, dialect: string): Promise<BillingBenchRow> {
  const orm = await openDatabase(config);
  try {
    const now = new Date();
    await seed(orm, now);
    const bareMs = await bareInsert(orm, now);
    const result = await runBilling({ orm, areas: createApp(config).areas }, now);
    const em = systemEm(orm, 'the bench seeds accounts of its own company, outside any request');
    const [check] = await rows<{
      invoices: number | string;
      entries: number | string;
      max_number: number | string;
      mail_bytes: number | string | null;
    }>(
      em,
      `select (select count(*) from invoice) as invoices, (select count(*) from ledger_entry) as entries, (select max(number) from invoice) as max_number,
              (select avg(length(body)) from mail_message) as mail_bytes`,
    );
    if (Number(check!.invoices) !== ACCOUNTS || Number(check!.max_number) !== ACCOUNTS)
      throw new Error(
        `billing bench: expected ${ACCOUNTS} invoices numbered 1..${ACCOUNTS}, got ${JSON.stringify(check)}`,
      );
    return {
      dialect,
      accounts: result.accounts,
      invoices: result.invoices,
      entries: Number(check!.entries),
      runMs: result.ms,
      bareMs,
      mailBytes: Math.round(Number(check!.mail_bytes ?? 0)),
    };
  } finally {
    await orm.close(true);
  }
}

/** One company, one plan (9.99 a month + 1.00 for domains), 19 % tax, ACCOUNTS accounts whose second month started an hour ago. */
async function seed(orm: MikroORM, now: Date): Promise<void> {
  const em = systemEm(orm, 'the bench bills every seeded account, as the billing run does');
  const pg = isPostgres(em);
  const at = (d: Date) => (pg ? d.toISOString() : d.getTime());
  const anchor = new Date(now.getTime() - 3600_000);
  anchor.setUTCMonth(anchor.getUTCMonth() - 1);
  const next = new Date(now.getTime() - 3600_000);
  await rows(
    em,
    `insert into plan (reseller_id, name, description, platform, signup_enabled, moderated, setup_fee_minor, recurring_fee_minor, created_at)
                  select id, 'Bench', '', 'UNIX', true, false, 0, 999, ? from reseller where is_root = true`,
    [at(now)],
  );
  await rows(em, `insert into plan_period (plan_id, months, discount_bp) select id, 1, 0 from plan`);
  await rows(
    em,
    `insert into plan_resource (plan_id, kind, max_units, free_units, setup_fee_minor, recurring_fee_minor, usage_price_minor) select id, 'DOMAIN', 10, 1, 0, 100, 0 from plan`,
  );
  await rows(
    em,
    `insert into tax_rate (reseller_id, name, rate_bp, valid_from) select id, 'VAT', 1900, ? from reseller where is_root = true`,
    [at(new Date(0))],
  );
  const series = pg
    ? `select generate_series(1, ${ACCOUNTS}) as i`
    : `with recursive s(i) as (select 1 union all select i + 1 from s where i < ${ACCOUNTS}) select i from s`;
  await rows(
    em,
    `insert into app_user (reseller_id, login, email, password_hash, role, skin, text_only, language, created_at, password_changed_at)
                  select r.id, 'b' || s.i, 'b' || s.i || '@bench.test', 'x', 'END_USER', null, false, null, ?, ? from (${series}) s, reseller r where r.is_root = true`,
    [at(now), at(now)],
  );
  await rows(
    em,
    `insert into account (reseller_id, owner_id, name, status, created_at, plan_id, period_months, billing_anchor, periods_billed, next_billing_at, suspended_for_debt)
                  select u.reseller_id, u.id, 'Bench ' || u.login, 'ACTIVE', ?, p.id, 1, ?, 1, ?, false from app_user u, plan p where u.role = 'END_USER'`,
    [at(now), at(anchor), at(next)],
  );
}

/** A mail body as long as the run's "invoice issued" mails (265 bytes on average in this bench: text, amounts, the company's signature). */
const BARE_MAIL_BODY = 'x'.repeat(265);

/** The same rows the run writes (invoice, two lines, entry, balance and mail per account), by INSERT … SELECT, timed, then rolled back. */
async function bareInsert(orm: MikroORM, now: Date): Promise<number> {
  return rolledBack(
    systemEm(orm, 'the bench’s bare-SQL baseline writes rows of every account, then rolls back'),
    async (tx) => {
      const t = performance.now();
      const d = isPostgres(tx) ? `cast(? as timestamptz)` : '?';
      const nowAt = isPostgres(tx) ? now.toISOString() : now.getTime();
      await rows(
        tx,
        `insert into invoice (reseller_id, account_id, number, state, currency, subtotal_minor, tax_minor, total_minor, tax_name, tax_rate_bp, period_start, period_end, issued_at, due_at, idempotency_key)
                    select reseller_id, id, id, 'OPEN', 'USD', 1099, 209, 1308, 'VAT', 1900, next_billing_at, next_billing_at, ${d}, ${d}, 'bare:' || id from account`,
        [nowAt, nowAt],
      );
      await rows(
        tx,
        `insert into invoice_line (invoice_id, position, description, resource_kind, period_start, period_end, quantity, unit_price_minor, amount_minor)
                    select i.id, 1, 'Plan Bench, 1 month', null, i.period_start, i.period_end, 1, 999, 999 from invoice i
                    union all select i.id, 2, 'Domains, 1 month', 'DOMAIN', i.period_start, i.period_end, 1, 100, 100 from invoice i`,
      );
      await rows(
        tx,
        `insert into ledger_entry (reseller_id, account_id, kind, amount_minor, currency, description, reference, created_by_id, idempotency_key, created_at)
                    select reseller_id, account_id, 'CHARGE', -total_minor, currency, 'Invoice ' || number, '' || number, null, 'bare-entry:' || id, ${d} from invoice`,
        [nowAt],
      );
      await rows(
        tx,
        `insert into account_balance (account_id, reseller_id, currency, balance_minor, version, updated_at) select account_id, reseller_id, currency, -total_minor, 1, ${d} from invoice`,
        [nowAt],
      );
      // The "invoice issued" mail the run writes for each invoice (issue 17), a body of the size the run's are.
      await rows(
        tx,
        `insert into mail_message (reseller_id, account_id, recipient, subject, body, dedup_key, attempts, created_at)
                    select i.reseller_id, i.account_id, u.email, 'Invoice ' || i.number, ?, 'bare-mail:' || i.id, 0, ${d}
                    from invoice i join account a on a.id = i.account_id join app_user u on u.id = a.owner_id`,
        [BARE_MAIL_BODY, nowAt],
      );
      return Math.round(performance.now() - t);
    },
  );
}

export function formatBillingBench(rows: BillingBenchRow[]): string {
  const lines = [
    `Billing run over ${ACCOUNTS.toLocaleString('en')} due accounts (one invoice, two lines, one CHARGE entry, a balance and an invoice mail each; the run's mail bodies average ${rows[0]?.mailBytes ?? 0} bytes, the bare insert's ${BARE_MAIL_BODY.length}), Node ${process.version}:`,
    '',
    '| database | run | entries/s | bare INSERT … SELECT of the same rows | ratio |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.dialect} | ${(r.runMs / 1000).toFixed(2)} s | ${Math.round(r.entries / (r.runMs / 1000)).toLocaleString('en')} | ${(r.bareMs / 1000).toFixed(2)} s | ${(r.runMs / r.bareMs).toFixed(1)}× |`,
    );
  }
  lines.push('', 'Target: the run within 5× of the bare insert.');
  return lines.join('\n');
}

if (require.main === module) {
  runBillingBench().then(
    (rows) => console.log(`\n${formatBillingBench(rows)}`),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
