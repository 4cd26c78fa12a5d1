import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ormOptions } from '../../app';
import { describeApi } from '../../test/api';
import { createEndUser, createReseller, setupMaster, type MasterClient } from '../../test/factories';
import { runBilling } from '.';
import { addMonthsUtc } from '../plans/pricing';
import { appOf, B, createPlan, dateParam, DAY, invoicesOf, P, runAt, setBilling, signupOn, sql } from './testing';

/*
 * The billing run (BIL-3) over time: periods anchored on the account's start day, clamped to the
 * month's end and never drifting, the same on both dialects; invoice numbers per company without gaps.
 */
describeApi('billing run', (api) => {
  let master: MasterClient;
  /** PostgreSQL: a second connection pool whose sessions are not in UTC; the run must not depend on the session's zone. */
  let elsewhere: MikroORM | undefined;

  beforeAll(async () => {
    master = await setupMaster(api);
    if (api.config.database.dialect === 'postgresql') {
      const opts = await ormOptions(api.config);
      const afterCreate = (
        conn: { query(sql: string, cb: (err: Error | null) => void): void },
        done: (err: Error | null, c: unknown) => void,
      ) => {
        conn.query(`set time zone 'America/New_York'`, (err) => done(err, conn));
      };
      elsewhere = await MikroORM.init({ ...opts, pool: { ...opts.pool, afterCreate } });
      const [{ tz }] = await elsewhere.em
        .getConnection()
        .execute<{ tz: string }[]>(`select current_setting('TimeZone') as tz`);
      expect(tz).toBe('America/New_York');
    }
  });
  afterAll(async () => {
    await elsewhere?.close(true);
  });

  const runAtOn = (now: string) =>
    elsewhere ? runBilling({ orm: elsewhere, areas: appOf(api).areas }, new Date(now)) : runAt(api, new Date(now));

  /** Puts an admin-made account on a plan with the given anchor, as if it had started then. */
  async function startedAt(accountId: string, planId: string, months: number, anchor: string): Promise<void> {
    await sql(
      api.orm,
      'update account set plan_id = ?, period_months = ?, billing_anchor = ?, next_billing_at = ?, periods_billed = 0 where id = ?',
      [
        Number(planId),
        months,
        dateParam(api.orm, new Date(anchor)),
        dateParam(api.orm, new Date(anchor)),
        Number(accountId),
      ],
    );
  }

  it('periods follow the anchor day, clamped to the month’s end (Jan 31 → Feb 28 → Mar 31), in UTC, the same on both dialects', async () => {
    const company = await createReseller(master, api);
    const planId = await createPlan(company, {
      name: 'Anchored',
      recurringFee: '3',
      periods: [{ months: 1 }, { months: 12 }],
    });
    const monthly = (await createEndUser(company, api)).accountIds[0]!;
    const yearly = (await createEndUser(company, api)).accountIds[0]!;
    // 03:00 UTC is the evening before in the Americas: month arithmetic in the session's zone would land a day off.
    await startedAt(monthly, planId, 1, '2025-01-31T03:00:00.000Z');
    await startedAt(yearly, planId, 12, '2024-02-29T03:00:00.000Z');

    const periods = async (id: string) =>
      (await invoicesOf(company, id)).map((i) => [i.periodStart, i.periodEnd, i.total.amount]);
    const next = async (id: string) => (await company.ok(P.account, { id })).account.nextBillingAt;

    await runAtOn('2024-02-29T03:00:00.000Z');
    expect(await periods(yearly)).toEqual([['2024-02-29T03:00:00.000Z', '2025-02-28T03:00:00.000Z', '36.00']]);
    await runAtOn('2025-01-31T02:59:59.999Z');
    expect(await periods(monthly)).toEqual([]);
    for (const at of [
      '2025-01-31T03:00:00.000Z',
      '2025-02-28T03:00:00.000Z',
      '2025-03-31T03:00:00.000Z',
      '2025-04-30T03:00:00.000Z',
    ])
      await runAtOn(at);
    expect(await periods(monthly)).toEqual([
      ['2025-01-31T03:00:00.000Z', '2025-02-28T03:00:00.000Z', '3.00'],
      ['2025-02-28T03:00:00.000Z', '2025-03-31T03:00:00.000Z', '3.00'],
      ['2025-03-31T03:00:00.000Z', '2025-04-30T03:00:00.000Z', '3.00'],
      ['2025-04-30T03:00:00.000Z', '2025-05-31T03:00:00.000Z', '3.00'],
    ]);
    expect(await next(monthly)).toBe('2025-05-31T03:00:00.000Z');
    // The yearly account was billed by the 2025-02-28 run; a year anchored on Feb 29 comes back to Feb 28, not Mar 1.
    expect(await periods(yearly)).toEqual([
      ['2024-02-29T03:00:00.000Z', '2025-02-28T03:00:00.000Z', '36.00'],
      ['2025-02-28T03:00:00.000Z', '2026-02-28T03:00:00.000Z', '36.00'],
    ]);
    expect(await next(yearly)).toBe('2026-02-28T03:00:00.000Z');
    // Due 14 days after issue, to the millisecond (a day is 24 hours, also across a daylight-saving change).
    for (const invoice of await invoicesOf(company, monthly)) {
      expect(Date.parse(invoice.dueAt) - Date.parse(invoice.issuedAt), invoice.issuedAt).toBe(14 * DAY);
    }
    expect((await invoicesOf(company, monthly)).map((i) => i.issuedAt)).toEqual([
      '2025-01-31T03:00:00.000Z',
      '2025-02-28T03:00:00.000Z',
      '2025-03-31T03:00:00.000Z',
      '2025-04-30T03:00:00.000Z',
    ]);
  });

  it('invoice numbers run 1, 2, 3… per company without gaps or repeats; free periods and voids take none', async () => {
    const x = await createReseller(master, api);
    const y = await createReseller(master, api);
    const paidX = await createPlan(x, { name: 'Paid', recurringFee: '5' });
    const freeX = await createPlan(x, { name: 'Free' });
    const paidY = await createPlan(y, { name: 'Paid', recurringFee: '7' });

    const x1 = await signupOn(api, x.cpHost, paidX, 1);
    const y1 = await signupOn(api, y.cpHost, paidY, 1);
    const free = await signupOn(api, x.cpHost, freeX, 1);
    const x2 = await signupOn(api, x.cpHost, paidX, 1);
    const y2 = await signupOn(api, y.cpHost, paidY, 1);
    const numbers = async (admin: typeof x, accountId: string) =>
      (await invoicesOf(admin, accountId)).map((i) => i.number);
    expect([await numbers(x, x1.accountId), await numbers(x, x2.accountId), await numbers(x, free.accountId)]).toEqual([
      [1],
      [2],
      [],
    ]);
    expect([await numbers(y, y1.accountId), await numbers(y, y2.accountId)]).toEqual([[1], [2]]);
    await x.ok(B.void, { id: (await invoicesOf(x, x2.accountId))[0].id, r: 'Void keeps its number' });

    const later = new Date(Date.now() + 32 * DAY);
    await runAt(api, later);
    await runAt(api, later); // nothing more is due
    expect([await numbers(x, x1.accountId), await numbers(x, x2.accountId), await numbers(x, free.accountId)]).toEqual([
      [1, 3],
      [2, 4],
      [],
    ]);
    expect([await numbers(y, y1.accountId), await numbers(y, y2.accountId)]).toEqual([
      [1, 3],
      [2, 4],
    ]);
    // The free account moved on to its next period all the same.
    expect(Date.parse((await free.client.ok(P.account, { id: free.accountId })).account.nextBillingAt)).toBeGreaterThan(
      Date.now() + 27 * DAY,
    );
    expect((await x.ok(B.invoices, {})).invoices.nodes.map((i: any) => i.number).sort()).toEqual([1, 2, 3, 4]);
    expect((await y.ok(B.invoices, {})).invoices.nodes.map((i: any) => i.number).sort()).toEqual([1, 2, 3, 4]);
    const seq = await sql<{ reseller_id: number; last_number: number }>(
      api.orm,
      'select reseller_id, last_number from invoice_sequence where reseller_id in (?, ?) order by reseller_id',
      [Number(x.resellerId), Number(y.resellerId)],
    );
    expect(seq.map((s) => Number(s.last_number))).toEqual([4, 4]);
  });

  it('ten signups at once take numbers 1..10 of their company, one each', async () => {
    const company = await createReseller(master, api);
    const planId = await createPlan(company, { name: 'Rush', recurringFee: '1' });
    const signups = await Promise.all(Array.from({ length: 10 }, () => signupOn(api, company.cpHost, planId, 1)));
    const numbers = (await company.ok(B.invoices, {})).invoices.nodes
      .map((i: any) => i.number)
      .sort((a: number, b: number) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const s of signups) expect(await invoicesOf(s.client, s.accountId)).toHaveLength(1);
  });

  it('the master admin can start a run by hand; it reports what it did', async () => {
    const company = await createReseller(master, api);
    const planId = await createPlan(company, { name: 'By hand', recurringFee: '1' });
    const { accountId } = await signupOn(api, company.cpHost, planId, 1);
    // As if it had started 40 days ago: its second period is due.
    const anchor = new Date(Math.floor((Date.now() - 40 * DAY) / 1000) * 1000);
    await setBilling(api.orm, accountId, { anchor, nextBillingAt: addMonthsUtc(anchor, 1), periodsBilled: 1 });
    const invoiceCount = async () =>
      Number((await sql<{ n: string }>(api.orm, 'select count(*) as n from invoice'))[0]!.n);
    const before = await invoiceCount();
    const run = (await master.ok(`mutation { runBilling { accounts invoices reminders suspended resumed } }`))
      .runBilling;
    // Accounts of the first test, left behind in 2025, are due too: one more period each.
    expect(run.invoices).toBe((await invoiceCount()) - before);
    expect(run.accounts).toBeGreaterThanOrEqual(run.invoices);
    expect(run.invoices).toBeGreaterThanOrEqual(1);
    expect((await invoicesOf(company, accountId)).map((i) => i.number)).toEqual([1, 2]);
    expect((await company.fails(`mutation { runBilling { accounts } }`)).extensions?.code).toBe('FORBIDDEN');
  });

  it('an account several periods behind (the panel was down) is brought up to date by one run: one invoice per period, in order', async () => {
    const company = await createReseller(master, api);
    const planId = await createPlan(company, { name: 'Behind', recurringFee: '2' });
    const accountId = (await createEndUser(company, api)).accountIds[0]!;
    const anchor = addMonthsUtc(new Date(Math.floor((Date.now() - DAY) / 1000) * 1000), -3);
    await startedAt(accountId, planId, 1, anchor.toISOString());
    const run = await runAt(api, new Date());
    expect(run).toMatchObject({ invoices: 4, failed: 0 });
    const periods = (await invoicesOf(company, accountId)).map((i) => [i.number, i.periodStart, i.periodEnd]);
    expect(periods).toEqual(
      [0, 1, 2, 3].map((k) => [
        k + 1,
        addMonthsUtc(anchor, k).toISOString(),
        addMonthsUtc(anchor, k + 1).toISOString(),
      ]),
    );
    expect((await runAt(api, new Date())).invoices).toBe(0);
  });

  it('traffic’s free units are per month: a yearly period includes twelve months of them', async () => {
    const company = await createReseller(master, api);
    const planId = await createPlan(company, {
      name: 'Yearly traffic',
      recurringFee: '1',
      periods: [{ months: 12 }],
      resources: [
        { kind: 'TRAFFIC_GB', freeUnits: 100, usagePrice: '0.05' },
        { kind: 'DISK_MB', freeUnits: 1000, usagePrice: '0.01' },
      ],
    });
    const light = (await createEndUser(company, api)).accountIds[0]!;
    const heavy = (await createEndUser(company, api)).accountIds[0]!;
    const anchor = '2025-01-10T00:00:00.000Z';
    for (const id of [light, heavy]) await startedAt(id, planId, 12, anchor);
    await runAt(api, new Date(anchor));
    // 80 GB in each month of the year: 960 of the 1,200 included. The heavy one: 110 a month, 1,320: 120 above.
    for (let m = 0; m < 12; m++) {
      const at = new Date(Date.parse(anchor) + (m * 30 + 5) * DAY).toISOString();
      await company.ok(B.usage, { i: { accountId: light, kind: 'TRAFFIC_GB', quantity: 80, recordedAt: at } });
      await company.ok(B.usage, { i: { accountId: heavy, kind: 'TRAFFIC_GB', quantity: 110, recordedAt: at } });
      // Disk is billed at its peak against the plain free units, not twelve of them.
      await company.ok(B.usage, { i: { accountId: heavy, kind: 'DISK_MB', quantity: 1000 + m, recordedAt: at } });
    }
    await runAt(api, new Date('2026-01-10T00:00:00.000Z'));
    const usageLines = async (id: string) =>
      (await invoicesOf(company, id))[1].lines
        .filter((l: any) => l.resourceKind)
        .map((l: any) => [l.description, l.quantity, l.amount.amount]);
    expect(await usageLines(light)).toEqual([]);
    expect(await usageLines(heavy)).toEqual([
      ['MB of disk above 1000 included', 11, '0.11'],
      ['GB of traffic a month above 1200 included', 120, '6.00'],
    ]);
  });
});
