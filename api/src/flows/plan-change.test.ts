import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { describeApi } from '../test/api';
import { setupMaster, type MasterClient } from '../test/factories';
import { D, setupHosting } from '../modules/domains/testing';
import { addMonthsUtc } from '../modules/plans/pricing';
import {
  B,
  billingOf,
  createPlan,
  dateParam,
  DAY,
  invoicesOf,
  P,
  runAt,
  setBilling,
  signupOn,
  sql,
  type SignedUp,
} from '../modules/billing/testing';

/*
 * Plan changes with proration (BIL-2): the new period is charged in full; the unused part of the
 * current one is credited, (charged × time left ÷ period length) rounded half up; a change that
 * credits more than it charges is a paid credit note. The clock is frozen at an exact instant
 * (the server runs in this process) so that exactly half of the current period is left.
 */
describeApi('plan changes', (api) => {
  let master: MasterClient;
  let small: string;
  let big: string;
  let tiny: string;
  let hidden: string;

  beforeAll(async () => {
    master = await setupMaster(api);
    await setupHosting(master, {
      dns: [{ nameServer: 'ns1.change-host.com' }, { nameServer: 'ns2.change-host.com' }],
      web: { address: '192.0.2.82' },
      serviceDomain: 'change-host.com',
    });
    await master.ok(B.addTaxRate, {
      i: { name: 'VAT', ratePercent: '19', validFrom: new Date(Date.now() - DAY).toISOString() },
    });
    small = await createPlan(master, {
      name: 'Small',
      recurringFee: '10.01',
      setupFee: '5',
      resources: [{ kind: 'DOMAIN', maxUnits: 3 }],
    });
    big = await createPlan(master, {
      name: 'Big',
      recurringFee: '20',
      setupFee: '50',
      periods: [{ months: 1 }, { months: 12, discountPercent: '10' }],
      resources: [{ kind: 'DOMAIN', maxUnits: 10 }],
    });
    tiny = await createPlan(master, { name: 'Tiny', recurringFee: '1', resources: [{ kind: 'DOMAIN', maxUnits: 1 }] });
    hidden = await createPlan(master, {
      name: 'Hidden',
      recurringFee: '2',
      signupEnabled: false,
      resources: [{ kind: 'DOMAIN', maxUnits: 10 }],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /**
   * Moves the account's current (first) period so that `now` is exactly its middle, as if it had
   * started half a period ago; returns that instant (whole seconds, close to the real time).
   */
  async function halfwayThrough(accountId: string): Promise<{ now: Date; start: Date; end: Date }> {
    let start = new Date(Math.floor((Date.now() - 15 * DAY) / 1000) * 1000);
    const length = addMonthsUtc(start, 1).getTime() - start.getTime();
    start = new Date(Math.floor((Date.now() - length / 2) / 1000) * 1000);
    const end = addMonthsUtc(start, 1);
    await setBilling(api.orm, accountId, { anchor: start, nextBillingAt: end, periodsBilled: 1 });
    await sql(
      api.orm,
      'update invoice_line set period_start = ?, period_end = ? where period_start is not null and invoice_id in (select id from invoice where account_id = ?)',
      [dateParam(api.orm, start), dateParam(api.orm, end), Number(accountId)],
    );
    return { now: new Date((start.getTime() + end.getTime()) / 2), start, end };
  }

  const freezeAt = (now: Date) => vi.useFakeTimers({ toFake: ['Date'], now });
  const money = (amount: string) => ({ amount });
  const iso = (d: Date) => d.toISOString();
  const balanceOf = async (c: SignedUp) => (await c.client.ok(B.balance, {})).accountBalance.balance.amount;

  it('half a period left: the credit is half of what it charged, rounded half up; the quote changes nothing and the change invoices exactly the quote', async () => {
    const customer = await signupOn(api, undefined, small, 1);
    const [first] = await invoicesOf(customer.client, customer.accountId);
    // 10.01 + 5.00 setup = 15.01; 19 % = 2.8519 → 2.85
    expect(first.total).toMatchObject(money('17.86'));
    const { now, end } = await halfwayThrough(customer.accountId);
    const newEnd = addMonthsUtc(now, 1);

    freezeAt(now);
    const quote = (await customer.client.ok(B.quote, { i: { planId: big, periodMonths: 1 } })).planChangeQuote;
    expect(quote).toEqual({
      plan: { id: big, name: 'Big' },
      periodMonths: 1,
      periodStart: iso(now),
      periodEnd: iso(newEnd),
      lines: [
        {
          position: 1,
          description: 'Plan Big, 1 month',
          resourceKind: null,
          periodStart: iso(now),
          periodEnd: iso(newEnd),
          quantity: 1,
          unitPrice: money('20.00'),
          amount: money('20.00'),
        },
        // 10.01 × ½ = 5.005 → 5.01; setup fees are neither credited nor charged again
        {
          position: 2,
          description: `Unused part of the current period until ${iso(end).slice(0, 10)}`,
          resourceKind: null,
          periodStart: iso(now),
          periodEnd: iso(end),
          quantity: 1,
          unitPrice: money('-5.01'),
          amount: money('-5.01'),
        },
      ],
      // 14.99 + 19 % (2.8481 → 2.85)
      subtotal: money('14.99'),
      taxName: 'VAT',
      taxPercent: '19',
      tax: money('2.85'),
      total: money('17.84'),
    });
    expect(await invoicesOf(customer.client, customer.accountId)).toHaveLength(1);
    expect((await customer.client.ok(P.account, { id: customer.accountId })).account.plan.name).toBe('Small');

    const changed = (await customer.client.ok(B.change, { i: { planId: big, periodMonths: 1 } })).changePlan;
    expect(changed).toEqual(quote);
    vi.useRealTimers();

    const invoices = await invoicesOf(customer.client, customer.accountId);
    expect(invoices.map((i) => [i.number - invoices[0].number, i.state, i.total.amount])).toEqual([
      [0, 'OPEN', '17.86'],
      [1, 'OPEN', '17.84'],
    ]);
    expect(invoices[1]).toMatchObject({
      periodStart: iso(now),
      periodEnd: iso(newEnd),
      issuedAt: iso(now),
      subtotal: money('14.99'),
      tax: money('2.85'),
    });
    expect(invoices[1].lines.map((l: any) => l.amount.amount)).toEqual(['20.00', '-5.01']);
    expect((await customer.client.ok(P.account, { id: customer.accountId })).account).toMatchObject({
      plan: { id: big },
      periodMonths: 1,
      nextBillingAt: iso(newEnd),
    });
    expect((await customer.client.ok(B.entries, {})).ledgerEntries.nodes[0]).toEqual({
      kind: 'CHARGE',
      description: `Invoice ${invoices[1].number}: change to plan Big`,
      reference: String(invoices[1].number),
      amount: money('-17.84'),
    });
    expect(await balanceOf(customer)).toBe('-35.70');
    const events = (
      await master.ok(`query($a: ID) { auditEvents(accountId: $a) { nodes { action detail } } }`, {
        a: customer.accountId,
      })
    ).auditEvents.nodes;
    expect(events.map((e: any) => e.action)).toEqual(['plan.changed', 'account.opened']);
    expect(events[0].detail).toContain('to Big (1 months)');
  });

  it('a downgrade below what the account uses is refused naming the resource; a change that credits more than it charges is a paid credit note', async () => {
    const customer = await signupOn(api, undefined, big, 1);
    await customer.client.ok(D.add, { i: { kind: 'PARKED', name: 'one-of-two.com' } });
    await customer.client.ok(D.add, { i: { kind: 'PARKED', name: 'two-of-two.com' } });
    const refused = await customer.client.fails(B.change, { i: { planId: tiny, periodMonths: 1 } });
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', resource: 'DOMAIN', limit: 1 });
    expect(refused.message).toBe('The account has 2 domains; plan Tiny allows 1. Delete some first.');
    expect((await customer.client.fails(B.quote, { i: { planId: tiny, periodMonths: 1 } })).extensions?.resource).toBe(
      'DOMAIN',
    );
    expect(await invoicesOf(customer.client, customer.accountId)).toHaveLength(1);

    // Big (20.00 + 50.00 setup) → Small with (all but a second or so of) a month left: 10.01 − 20.00 = −9.99; 19 % back: −1.8981 → −1.90
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    freezeAt(now);
    const note = (await customer.client.ok(B.change, { i: { planId: small, periodMonths: 1 } })).changePlan;
    vi.useRealTimers();
    expect(note).toMatchObject({ subtotal: money('-9.99'), tax: money('-1.90'), total: money('-11.89') });
    expect(note.lines.map((l: any) => [l.description.slice(0, 15), l.amount.amount])).toEqual([
      ['Plan Small, 1 m', '10.01'],
      ['Unused part of ', '-20.00'],
    ]);
    const [, credit] = await invoicesOf(customer.client, customer.accountId);
    expect(credit).toMatchObject({ state: 'PAID', total: money('-11.89'), issuedAt: iso(now), paidAt: iso(now) });
    expect((await customer.client.ok(B.entries, {})).ledgerEntries.nodes[0]).toMatchObject({
      kind: 'CREDIT',
      amount: money('11.89'),
    });
    // 70.00 + 13.30 tax charged, 11.89 credited
    expect(await balanceOf(customer)).toBe('-71.41');
  });

  it('after a change the account is billed from the new start: the next run charges the new plan, whatever periods came before', async () => {
    const customer = await signupOn(api, undefined, small, 1);
    // As if it had started 40 days ago: the run bills its second period, ten days in.
    const anchor = new Date(Math.floor((Date.now() - 40 * DAY) / 1000) * 1000);
    await setBilling(api.orm, customer.accountId, { anchor, nextBillingAt: addMonthsUtc(anchor, 1), periodsBilled: 1 });
    await runAt(api, new Date());
    expect((await invoicesOf(customer.client, customer.accountId)).map((i) => i.periodStart)).toEqual([
      expect.any(String),
      iso(addMonthsUtc(anchor, 1)),
    ]);

    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    freezeAt(now);
    const change = (await customer.client.ok(B.change, { i: { planId: big, periodMonths: 1 } })).changePlan;
    vi.useRealTimers();
    expect(change.lines.map((l: any) => l.description)).toEqual([
      'Plan Big, 1 month',
      `Unused part of the current period until ${iso(addMonthsUtc(anchor, 2)).slice(0, 10)}`,
    ]);

    const run = await runAt(api, new Date(addMonthsUtc(now, 1).getTime() + 60_000));
    expect(run.invoices).toBeGreaterThanOrEqual(1);
    const invoices = await invoicesOf(customer.client, customer.accountId);
    expect(invoices.map((i) => i.lines[0].description)).toEqual([
      'Plan Small, 1 month',
      'Plan Small, 1 month',
      'Plan Big, 1 month',
      'Plan Big, 1 month',
    ]);
    expect(invoices[3]).toMatchObject({
      periodStart: iso(addMonthsUtc(now, 1)),
      periodEnd: iso(addMonthsUtc(now, 2)),
      total: money('23.80'),
    });
  });

  it('customers choose only plans open for signup and periods the plan offers; admins may move an account to any plan of theirs', async () => {
    const customer = await signupOn(api, undefined, tiny, 1);
    const change = (planId: string, periodMonths: number) =>
      customer.client.fails(B.change, { i: { planId, periodMonths } });
    expect((await change(hidden, 1)).extensions?.code).toBe('NOT_FOUND');
    expect((await change(big, 6)).extensions?.fields).toEqual([
      { field: 'periodMonths', message: 'is not a billing period of plan Big' },
    ]);
    expect((await change(tiny, 1)).extensions?.code).toBe('CONFLICT');
    expect(await invoicesOf(customer.client, customer.accountId)).toHaveLength(1);

    // Within the second the account started (the clock stands still): the Tiny month is credited whole.
    const { anchor } = await billingOf(api.orm, customer.accountId);
    freezeAt(anchor);
    const moved = (await master.ok(B.change, { i: { accountId: customer.accountId, planId: hidden, periodMonths: 1 } }))
      .changePlan;
    expect(moved).toMatchObject({
      plan: { id: hidden, name: 'Hidden' },
      subtotal: money('1.00'),
      total: money('1.19'),
    });
    expect(moved.lines.map((l: any) => l.amount.amount)).toEqual(['2.00', '-1.00']);
    // 12 months of Big at 10 % off: 216.00. The Hidden month, begun in the same second as the Tiny one
    // it replaced, is credited for what it charged (2.00), not also for the Tiny month credited already.
    const yearly = (await master.ok(B.quote, { i: { accountId: customer.accountId, planId: big, periodMonths: 12 } }))
      .planChangeQuote;
    expect(yearly.lines.map((l: any) => [l.description.slice(0, 19), l.unitPrice.amount, l.amount.amount])).toEqual([
      ['Plan Big, 12 months', '240.00', '216.00'],
      ['Unused part of the ', '-2.00', '-2.00'],
    ]);
  });

  it('a period that began but is not invoiced yet is invoiced first: the quote shows the same credit the change then makes', async () => {
    const customer = await signupOn(api, undefined, small, 1);
    // Its second period began ten days ago; the run has not reached it.
    const anchor = new Date(Math.floor((Date.now() - 40 * DAY) / 1000) * 1000);
    const start = addMonthsUtc(anchor, 1);
    const end = addMonthsUtc(anchor, 2);
    await setBilling(api.orm, customer.accountId, { anchor, nextBillingAt: start, periodsBilled: 1 });
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    freezeAt(now);
    const quote = (await customer.client.ok(B.quote, { i: { planId: big, periodMonths: 1 } })).planChangeQuote;
    // The quote changed nothing: still one invoice, still due.
    expect(await invoicesOf(customer.client, customer.accountId)).toHaveLength(1);
    const length = BigInt(end.getTime() - start.getTime());
    const left = BigInt(end.getTime() - now.getTime());
    const credit = (1001n * left * 2n + length) / (2n * length);
    const minor = (n: bigint) => `-${n / 100n}.${String(n % 100n).padStart(2, '0')}`;
    expect(quote.lines.map((l: any) => [l.description, l.periodStart, l.periodEnd, l.amount.amount])).toEqual([
      ['Plan Big, 1 month', iso(now), iso(addMonthsUtc(now, 1)), '20.00'],
      [`Unused part of the current period until ${iso(end).slice(0, 10)}`, iso(now), iso(end), minor(credit)],
    ]);
    const changed = (await customer.client.ok(B.change, { i: { planId: big, periodMonths: 1 } })).changePlan;
    vi.useRealTimers();
    expect(changed).toEqual(quote);
    // The second Small period was invoiced (as the run would have), then credited for the days left.
    const invoices = await invoicesOf(customer.client, customer.accountId);
    expect(invoices.map((i) => [i.lines[0].description, i.periodStart])).toEqual([
      ['Plan Small, 1 month', expect.any(String)],
      ['Plan Small, 1 month', iso(start)],
      ['Plan Big, 1 month', iso(now)],
    ]);
    expect((await runAt(api, new Date(now.getTime() + 60_000))).invoices).toBe(0);
  });

  it('usage of the current period up to the change is charged at the old plan’s prices, and never again', async () => {
    const metered = await createPlan(master, {
      name: 'Metered',
      recurringFee: '3',
      resources: [
        { kind: 'TRAFFIC_GB', freeUnits: 10, usagePrice: '0.50' },
        { kind: 'DOMAIN', maxUnits: 3 },
      ],
    });
    const customer = await signupOn(api, undefined, metered, 1);
    const { now, start, end } = await halfwayThrough(customer.accountId);
    for (const [quantity, at] of [
      [20, start.getTime() + DAY],
      [5, start.getTime() + 2 * DAY],
      [1000, start.getTime() - DAY],
    ] as const) {
      await master.ok(B.usage, {
        i: { accountId: customer.accountId, kind: 'TRAFFIC_GB', quantity, recordedAt: iso(new Date(at)) },
      });
    }
    freezeAt(now);
    const changed = (await customer.client.ok(B.change, { i: { planId: big, periodMonths: 1 } })).changePlan;
    vi.useRealTimers();
    // 25 GB in this period (the 1000 before it belong to the period the run already billed): 15 above 10 at 0.50.
    expect(
      changed.lines.map((l: any) => [
        l.description,
        l.resourceKind,
        l.periodStart,
        l.periodEnd,
        l.quantity,
        l.unitPrice.amount,
        l.amount.amount,
      ]),
    ).toEqual([
      ['Plan Big, 1 month', null, iso(now), iso(addMonthsUtc(now, 1)), 1, '20.00', '20.00'],
      [
        `Unused part of the current period until ${iso(end).slice(0, 10)}`,
        null,
        iso(now),
        iso(end),
        1,
        '-1.50',
        '-1.50',
      ],
      ['GB of traffic a month above 10 included', 'TRAFFIC_GB', iso(start), iso(now), 15, '0.50', '7.50'],
    ]);
    const next = await runAt(api, new Date(addMonthsUtc(now, 1).getTime() + 60_000));
    expect(next.invoices).toBeGreaterThanOrEqual(1);
    const last = (await invoicesOf(customer.client, customer.accountId)).pop();
    expect(last.lines.map((l: any) => l.description)).toEqual(['Plan Big, 1 month']);
  });

  it('a customer cannot move onto a moderated plan; the company can move them', async () => {
    const vetted = await createPlan(master, {
      name: 'Vetted',
      recurringFee: '30',
      moderated: true,
      resources: [{ kind: 'DOMAIN', maxUnits: 10 }],
    });
    const customer = await signupOn(api, undefined, tiny, 1);
    const refused = await customer.client.fails(B.change, { i: { planId: vetted, periodMonths: 1 } });
    expect(refused.extensions?.code).toBe('CONFLICT');
    expect(refused.message).toContain('Plan Vetted needs the approval of');
    expect((await customer.client.fails(B.quote, { i: { planId: vetted, periodMonths: 1 } })).extensions?.code).toBe(
      'CONFLICT',
    );
    expect(await invoicesOf(customer.client, customer.accountId)).toHaveLength(1);
    const moved = (await master.ok(B.change, { i: { accountId: customer.accountId, planId: vetted, periodMonths: 1 } }))
      .changePlan;
    expect(moved.plan).toEqual({ id: vetted, name: 'Vetted' });
    expect((await customer.client.ok(P.account, { id: customer.accountId })).account).toMatchObject({
      status: 'ACTIVE',
      plan: { id: vetted },
    });
  });

  it('an invoice whose period a change credited cannot be voided (that would credit the same days twice)', async () => {
    const customer = await signupOn(api, undefined, small, 1);
    await halfwayThrough(customer.accountId);
    await customer.client.ok(B.change, { i: { planId: tiny, periodMonths: 1 } });
    const before = await balanceOf(customer);
    const [first, note] = await invoicesOf(master, customer.accountId);
    const refused = await master.fails(B.void, { id: first.id, r: 'Customer asked' });
    expect(refused.extensions?.code).toBe('CONFLICT');
    expect(refused.message).toContain(
      `Invoice ${note.number} already credited the unused part of invoice ${first.number}`,
    );
    expect(await balanceOf(customer)).toBe(before);
    expect((await invoicesOf(master, customer.accountId))[0].state).toBe(first.state);
  });
});
