import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../app';
import { systemEm } from '../../db/scope';
import { describeApi } from '../../test/api';
import {
  createEndUser,
  createReseller,
  setupMaster,
  type EndUserClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { Account } from '../accounts/account.entity';
import { User } from '../identity/user.entity';
import { Plan } from '../plans/plan.entity';
import { addMonthsUtc } from '../plans/pricing';
import { runBilling } from '.';
import { appOf, B, createPlan, dateParam, DAY, sql } from './testing';

/*
 * Two billing runs at once, in two processes' worth of connections (two ORM instances on the same
 * database), over a few hundred due accounts: each period is invoiced and charged exactly once,
 * numbers stay gapless, and money actions arriving meanwhile neither deadlock nor get lost.
 * SQLite has one writer and one connection per process, so only PostgreSQL can race: this file
 * runs in the postgres project only (vitest.config.ts excludes *.pg.test.ts from the sqlite one).
 */
const ACCOUNTS = 200;

describeApi('billing run concurrency', (api) => {
  let second: MikroORM;
  let company: ResellerAdminClient;
  let owner: EndUserClient;
  let ids: number[];
  const anchor = new Date(Math.floor((Date.now() + 400 * DAY) / 1000) * 1000);

  beforeAll(async () => {
    second = await openDatabase(api.config);
    const master = await setupMaster(api);
    company = await createReseller(master, api);
    const planId = await createPlan(company, {
      name: 'Bulk',
      recurringFee: '2',
      resources: [{ kind: 'DOMAIN', maxUnits: 5, recurringFee: '0.25' }],
    });
    owner = await createEndUser(company, api);
    const em = systemEm(api.orm, 'test set-up: accounts and invoices written directly, with no viewer');
    const user = await em.findOneOrFail(User, { id: Number(owner.userId) }, { populate: ['reseller'] });
    const plan = em.getReference(Plan, Number(planId));
    const accounts = Array.from({ length: ACCOUNTS }, (_, i) =>
      em.create(Account, {
        reseller: user.reseller,
        owner: user,
        name: `bulk ${i}`,
        plan,
        periodMonths: 1,
        billingAnchor: anchor,
        nextBillingAt: anchor,
        periodsBilled: 0,
      }),
    );
    await em.flush();
    ids = accounts.map((a) => a.id);
  });
  afterAll(async () => {
    await second?.close(true);
  });

  const both = (now: Date) =>
    Promise.all([
      runBilling({ orm: api.orm, areas: appOf(api).areas }, now),
      runBilling({ orm: second, areas: appOf(api).areas }, now),
    ]);

  async function checkBooks(periods: number): Promise<void> {
    const r = Number(company.resellerId);
    await checkLedger();
    const perAccount = await sql<{ account_id: number; invoices: string; charges: string }>(
      api.orm,
      `select a.id as account_id,
              (select count(*) from invoice i where i.account_id = a.id) as invoices,
              (select count(*) from ledger_entry e where e.account_id = a.id and e.kind = 'CHARGE') as charges
       from account a where a.reseller_id = ? and a.plan_id is not null`,
      [r],
    );
    expect(perAccount).toHaveLength(ACCOUNTS);
    expect(perAccount.filter((a) => Number(a.invoices) !== periods || Number(a.charges) !== periods)).toEqual([]);
    const numbers = (
      await sql<{ number: number }>(api.orm, 'select number from invoice where reseller_id = ? order by number', [r])
    ).map((n) => Number(n.number));
    expect(numbers).toEqual(Array.from({ length: ACCOUNTS * periods }, (_, i) => i + 1));
  }

  /** Every balance is the sum of its entries; numbers are 1..N; no invoice key twice. */
  async function checkLedger(): Promise<void> {
    const r = Number(company.resellerId);
    const numbers = (
      await sql<{ number: number }>(api.orm, 'select number from invoice where reseller_id = ? order by number', [r])
    ).map((n) => Number(n.number));
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    const drift = await sql(
      api.orm,
      `select b.account_id, b.balance_minor, (select sum(e.amount_minor) from ledger_entry e where e.account_id = b.account_id) as entries
       from account_balance b where b.reseller_id = ? and b.balance_minor <> (select sum(e.amount_minor) from ledger_entry e where e.account_id = b.account_id)`,
      [r],
    );
    expect(drift).toEqual([]);
    const keys = await sql(
      api.orm,
      `select idempotency_key from invoice where reseller_id = ? and idempotency_key is not null group by idempotency_key having count(*) > 1`,
      [r],
    );
    expect(keys).toEqual([]);
  }

  it('two runs at once invoice and charge each due account exactly once, numbered 1..N; a third charges nothing', async () => {
    const now = new Date(anchor.getTime() + 60_000);
    const [a, b] = await both(now);
    expect(a.accounts + b.accounts).toBe(ACCOUNTS);
    expect(a.invoices + b.invoices).toBe(ACCOUNTS);
    await checkBooks(1);
    const again = await both(now);
    expect(again.map((x) => x.accounts)).toEqual([0, 0]);
    await checkBooks(1);
    const balances = await sql<{ balance_minor: string }>(
      api.orm,
      'select balance_minor from account_balance where account_id in (select id from account where reseller_id = ? and plan_id is not null)',
      [Number(company.resellerId)],
    );
    expect(balances.map((x) => Number(x.balance_minor))).toEqual(Array(ACCOUNTS).fill(-225));
  });

  it('payments during two runs: no deadlock, no lost update; what was paid is settled', async () => {
    const now = new Date(addMonthsUtc(anchor, 1).getTime() + 60_000);
    const payers = ids.slice(0, 30);
    const [runs, payments] = await Promise.all([
      both(now),
      Promise.all(
        payers.map((id) =>
          company.gql(B.pay, { i: { accountId: String(id), amount: '2.25', reason: 'Paid during the run' } }),
        ),
      ),
    ]);
    expect(payments.filter((p) => p.errors).map((p) => p.errors)).toEqual([]);
    expect(runs[0].invoices + runs[1].invoices).toBe(ACCOUNTS);
    await checkBooks(2);
    // Each payer paid one period: its older invoice is paid whichever came first; the newest stays open.
    const open = await sql<{ account_id: number; n: string }>(
      api.orm,
      `select account_id, count(*) as n from invoice where state = 'OPEN' and account_id in (${payers.map(() => '?').join(', ')}) group by account_id`,
      payers,
    );
    expect(open.map((o) => Number(o.n))).toEqual(Array(payers.length).fill(1));
    // Both runs' dunning saw the unpaid first invoices 16 days overdue: each such account suspended
    // once, with one suspension notice, by one run or the other.
    const mails = await sql<{ account_id: number; n: string }>(
      api.orm,
      `select account_id, count(*) as n from mail_message where reseller_id = ? and dedup_key like 'suspended:%' group by account_id`,
      [Number(company.resellerId)],
    );
    // Every invoice either run issued is mailed once, in the run that issued it.
    const [issued] = await sql<{ n: string; keys: string; invoices: string }>(
      api.orm,
      `select count(*) as n, count(distinct dedup_key) as keys,
              (select count(*) from invoice where reseller_id = ?) as invoices
       from mail_message where reseller_id = ? and dedup_key like 'invoice-issued:%'`,
      [Number(company.resellerId), Number(company.resellerId)],
    );
    expect(Number(issued!.n)).toBe(Number(issued!.invoices));
    expect(Number(issued!.keys)).toBe(Number(issued!.invoices));
    expect(mails.filter((m) => Number(m.n) !== 1)).toEqual([]);
    expect(runs[0].reminders + runs[1].reminders).toBe(0);
    expect(mails.length).toBe(runs[0].suspended + runs[1].suspended);
    expect(mails.length).toBeGreaterThanOrEqual(ACCOUNTS - payers.length);
  });

  it('plan changes during two runs: no deadlock; each account is billed once for its period, by the run or by the change', async () => {
    const changers = ids.slice(30, 50);
    const started = new Date(Math.floor((Date.now() - 40 * DAY) / 1000) * 1000);
    const placeholders = changers.map(() => '?').join(', ');
    // The last test's runs suspended them for debt (a suspended account's plan cannot change): paid up first.
    for (const id of changers)
      await company.ok(B.pay, { i: { accountId: String(id), amount: '4.50', reason: 'Both periods' } });
    // These accounts' second period began ten days ago and is due now.
    await sql(
      api.orm,
      `update account set billing_anchor = ?, next_billing_at = ?, periods_billed = 1 where id in (${placeholders})`,
      [dateParam(api.orm, started), dateParam(api.orm, addMonthsUtc(started, 1)), ...changers],
    );
    const bigger = await createPlan(company, {
      name: 'Bulk plus',
      recurringFee: '3',
      resources: [{ kind: 'DOMAIN', maxUnits: 10 }],
    });
    const invoicesBefore = Number(
      (
        await sql<{ n: string }>(api.orm, 'select count(*) as n from invoice where reseller_id = ?', [
          Number(company.resellerId),
        ])
      )[0]!.n,
    );
    const [runs, changes] = await Promise.all([
      both(new Date()),
      Promise.all(
        changers.map((id) => company.gql(B.change, { i: { accountId: String(id), planId: bigger, periodMonths: 1 } })),
      ),
    ]);
    expect(changes.filter((c) => c.errors).map((c) => JSON.stringify(c.errors))).toEqual([]);
    await checkLedger();
    // One invoice per change, plus one per account the runs reached before its change.
    const invoicesAfter = Number(
      (
        await sql<{ n: string }>(api.orm, 'select count(*) as n from invoice where reseller_id = ?', [
          Number(company.resellerId),
        ])
      )[0]!.n,
    );
    expect(invoicesAfter - invoicesBefore).toBe(changers.length + runs[0].invoices + runs[1].invoices);
    const moved = await sql<{ plan_id: number; next_billing_at: unknown }>(
      api.orm,
      `select plan_id, next_billing_at from account where id in (${placeholders})`,
      changers,
    );
    expect(moved.map((m) => Number(m.plan_id))).toEqual(Array(changers.length).fill(Number(bigger)));
    expect(moved.filter((m) => new Date(m.next_billing_at as string).getTime() < Date.now() + 27 * DAY)).toEqual([]);
  });
});
