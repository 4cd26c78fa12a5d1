import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { createEndUser, createReseller, setupMaster, type ResellerAdminClient } from '../../test/factories';
import { B, createPlan, dateParam, DAY, invoicesOf, runAt, sql } from './testing';

/*
 * One account whose data breaks a billing statement must not stop billing for everyone. The
 * breakage here is PostgreSQL's: usage that sums past an invoice line's integer quantity (SQLite's
 * integers are 64-bit, so this file runs in the postgres project only).
 */
describeApi('billing run with an account that cannot be billed', (api) => {
  let company: ResellerAdminClient;
  let broken: string;
  let healthy: string;
  const anchor = new Date(Math.floor((Date.now() - 40 * DAY) / 1000) * 1000);

  beforeAll(async () => {
    const master = await setupMaster(api);
    company = await createReseller(master, api);
    const planId = await createPlan(company, {
      name: 'Metered',
      recurringFee: '1',
      resources: [{ kind: 'TRAFFIC_GB', freeUnits: 0, usagePrice: '0.01' }],
    });
    broken = (await createEndUser(company, api)).accountIds[0]!;
    healthy = (await createEndUser(company, api)).accountIds[0]!;
    await sql(
      api.orm,
      'update account set plan_id = ?, period_months = 1, billing_anchor = ?, next_billing_at = ?, periods_billed = 0 where id in (?, ?)',
      [Number(planId), dateParam(api.orm, anchor), dateParam(api.orm, anchor), Number(broken), Number(healthy)],
    );
    for (const quantity of [2_000_000_000, 2_000_000_000]) {
      await company.ok(B.usage, {
        i: {
          accountId: broken,
          kind: 'TRAFFIC_GB',
          quantity,
          recordedAt: new Date(anchor.getTime() + DAY).toISOString(),
        },
      });
    }
    await company.ok(B.usage, {
      i: {
        accountId: healthy,
        kind: 'TRAFFIC_GB',
        quantity: 7,
        recordedAt: new Date(anchor.getTime() + DAY).toISOString(),
      },
    });
  });

  it('bills everyone else, reports the account as failed, leaves it due, and still runs dunning', async () => {
    const run = await runAt(api, new Date());
    // Both first periods, the healthy account's second; the broken account's second period failed.
    expect(run).toMatchObject({ failed: 1, invoices: 3 });
    expect((await invoicesOf(company, healthy)).map((i) => i.lines.map((l: any) => l.amount.amount))).toEqual([
      ['1.00'],
      ['1.00', '0.07'],
    ]);
    expect(await invoicesOf(company, broken)).toHaveLength(1);
    const [due] = await sql<{ periods_billed: number }>(api.orm, 'select periods_billed from account where id = ?', [
      Number(broken),
    ]);
    expect(Number(due!.periods_billed)).toBe(1);
    // The next run tries the account again (and fails again) and charges nothing twice; its dunning
    // still runs: fifteen days on, the invoices of the first run are overdue on both accounts.
    expect(await runAt(api, new Date(Date.now() + 15 * DAY))).toMatchObject({ failed: 1, invoices: 0 });
    const overdue = await sql<{ id: number }>(
      api.orm,
      'select id from account where id in (?, ?) and overdue_since is not null',
      [Number(broken), Number(healthy)],
    );
    expect(overdue).toHaveLength(2);
  });
});
