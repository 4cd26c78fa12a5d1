import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { createReseller, setupMaster, type MasterClient, type ResellerAdminClient } from '../../test/factories';
import { addMonthsUtc } from '../plans/pricing';
import { sumOfEntries } from './ledger';
import { systemEm } from '../../db/scope';
import { B, billingOf, createPlan, DAY, invoicesOf, P, runAt, signupOn, sql } from './testing';

/*
 * Invoices (BIL-3): the first invoice of a signup, tax and rounding, credit applied to open
 * invoices, usage billed in arrears, voiding, and what other tenants and customers may not do.
 * Amounts are chosen so that each rounding rule changes the result (half up, not half even, not down).
 */
describeApi('invoices', (api) => {
  let master: MasterClient;
  let acme: ResellerAdminClient;

  beforeAll(async () => {
    master = await setupMaster(api);
    acme = await createReseller(master, api);
    await acme.ok(B.addTaxRate, {
      i: { name: 'VAT', ratePercent: '19', validFrom: new Date(Date.now() - 30 * DAY).toISOString() },
    });
    // A later rate: not applied before its date.
    await acme.ok(B.addTaxRate, {
      i: { name: 'VAT', ratePercent: '25', validFrom: new Date(Date.now() + 40 * DAY).toISOString() },
    });
  });

  const money = (amount: string) => ({ amount });
  const iso = (d: Date) => d.toISOString();
  const balanceOf = async (accountId: string) =>
    (await acme.ok(B.balance, { a: accountId })).accountBalance.balance.amount;

  let yearly: { accountId: string; anchor: Date };

  it('the signup page’s price of a company without tax: no tax line, the first invoice is the total; a 0 % rate is none', async () => {
    const planId = await createPlan(master, { name: 'Untaxed', setupFee: '2.50', recurringFee: '4' });
    const quote = async () =>
      (
        await api.client().ok(`{ signupPlans { id periods { months setupFees { amount } firstInvoice { amount }
          firstInvoiceTax { name } firstInvoiceTotal { amount } } } }`)
      ).signupPlans.find((p: { id: string }) => p.id === planId).periods[0];
    const untaxed = { months: 1, setupFees: money('2.50'), firstInvoice: money('6.50'), firstInvoiceTax: null };
    expect(await quote()).toEqual({ ...untaxed, firstInvoiceTotal: money('6.50') });
    await master.ok(B.addTaxRate, {
      i: { name: 'VAT', ratePercent: '0', validFrom: new Date(Date.now() - DAY).toISOString() },
    });
    expect(await quote()).toEqual({ ...untaxed, firstInvoiceTotal: money('6.50') });
  });

  it('signup: the first invoice has the period’s discounted fees, the setup fees and the tax in force, each rounded half up', async () => {
    const planId = await createPlan(acme, {
      name: 'Basic',
      setupFee: '9.99',
      recurringFee: '10',
      periods: [{ months: 1 }, { months: 12, discountPercent: '12.5' }],
      resources: [
        { kind: 'DOMAIN', maxUnits: 5, recurringFee: '0.33', setupFee: '3.04' },
        { kind: 'TRAFFIC_GB', freeUnits: 100, usagePrice: '0.05' },
      ],
    });
    // What the signup page shows before the visitor commits: priced as the invoice below will be.
    const quoteOf = async (months: number) =>
      (
        await api.client(acme.cpHost).ok(`{ signupPlans { id periods { months
          setupFees { amount } firstInvoice { amount } firstInvoiceTax { name percent amount { amount } } firstInvoiceTotal { amount } } } }`)
      ).signupPlans
        .find((p: { id: string }) => p.id === planId)
        .periods.find((p: { months: number }) => p.months === months);
    expect(await quoteOf(12)).toEqual({
      months: 12,
      setupFees: money('13.03'),
      firstInvoice: money('121.50'),
      firstInvoiceTax: { name: 'VAT', percent: '19', amount: money('23.09') },
      firstInvoiceTotal: money('144.59'),
    });
    // One month: 10.00 + 0.33 + 13.03 = 23.36; 19 % is 4.4384 → 4.44.
    expect(await quoteOf(1)).toMatchObject({ firstInvoice: money('23.36'), firstInvoiceTotal: money('27.80') });
    const customer = await signupOn(api, acme.cpHost, planId, 12);
    expect(customer.status).toBe('ACTIVE');
    const { anchor } = await billingOf(api.orm, customer.accountId);
    const end = addMonthsUtc(anchor, 12);
    yearly = { accountId: customer.accountId, anchor };
    expect((await customer.client.ok(P.account, { id: customer.accountId })).account).toMatchObject({
      periodMonths: 12,
      nextBillingAt: iso(end),
      plan: { id: planId },
    });

    const [invoice, ...more] = await invoicesOf(customer.client, customer.accountId);
    expect(more).toEqual([]);
    expect(invoice).toMatchObject({
      number: 1,
      state: 'OPEN',
      currency: 'USD',
      accountId: customer.accountId,
      periodStart: iso(anchor),
      periodEnd: iso(end),
      paidAt: null,
      // 105.00 + 3.47 + 9.99 + 3.04 = 121.50; 19 % of it is 23.085 → 23.09
      subtotal: money('121.50'),
      taxName: 'VAT',
      taxPercent: '19',
      tax: money('23.09'),
      total: { amount: '144.59', minorUnits: '14459' },
    });
    expect(Date.parse(invoice.dueAt) - Date.parse(invoice.issuedAt)).toBe(14 * DAY);
    expect(invoice.lines).toEqual([
      {
        position: 1,
        description: 'Plan Basic, 12 months',
        resourceKind: null,
        periodStart: iso(anchor),
        periodEnd: iso(end),
        quantity: 1,
        unitPrice: money('120.00'),
        amount: money('105.00'),
      },
      // 12 × 0.33 = 3.96, less 12.5 % = 3.465 → 3.47
      {
        position: 2,
        description: 'Domains, 12 months',
        resourceKind: 'DOMAIN',
        periodStart: iso(anchor),
        periodEnd: iso(end),
        quantity: 1,
        unitPrice: money('3.96'),
        amount: money('3.47'),
      },
      {
        position: 3,
        description: 'Setup: plan Basic',
        resourceKind: null,
        periodStart: null,
        periodEnd: null,
        quantity: 1,
        unitPrice: money('9.99'),
        amount: money('9.99'),
      },
      {
        position: 4,
        description: 'Setup: Domains',
        resourceKind: 'DOMAIN',
        periodStart: null,
        periodEnd: null,
        quantity: 1,
        unitPrice: money('3.04'),
        amount: money('3.04'),
      },
    ]);
    // The plan shows the same price for the period as the invoice charges for it.
    expect((await acme.ok(P.plan, { id: planId })).plan.periods).toEqual([
      { months: 1, discountPercent: '0', price: { amount: '10.33', currency: 'USD' } },
      { months: 12, discountPercent: '12.5', price: { amount: '108.47', currency: 'USD' } },
    ]);
    expect((await customer.client.ok(B.entries, {})).ledgerEntries.nodes).toEqual([
      { kind: 'CHARGE', description: 'Invoice 1', reference: '1', amount: money('-144.59') },
    ]);
    expect(await balanceOf(customer.accountId)).toBe('-144.59');
    expect((await customer.client.ok(B.profile, {})).billingProfile).toMatchObject({
      name: 'Erika Mustermann',
      country: 'DE',
    });
  });

  it('payments pay open invoices; credit on the balance pays the next period’s invoice at once, taxed at the rate then in force', async () => {
    const { accountId, anchor } = yearly;
    await acme.ok(B.pay, { i: { accountId, amount: '144.59', reason: 'Bank transfer' } });
    const [first] = await invoicesOf(acme, accountId);
    expect(first).toMatchObject({ number: 1, state: 'PAID' });
    expect(first.paidAt).not.toBeNull();
    await acme.ok(B.pay, { i: { accountId, amount: '200', reason: 'Prepayment' } });

    const next = addMonthsUtc(anchor, 12);
    expect((await runAt(api, new Date(next.getTime() - 1000))).accounts).toBe(0);
    const run = await runAt(api, new Date(next.getTime() + 60_000));
    expect(run).toMatchObject({ accounts: 1, invoices: 1 });
    const [, second, ...more] = await invoicesOf(acme, accountId);
    expect(more).toEqual([]);
    // 105.00 + 3.47 = 108.47 (no setup fees again); the 25 % rate is in force by now: 27.1175 → 27.12
    expect(second).toMatchObject({
      number: 2,
      state: 'PAID',
      subtotal: money('108.47'),
      taxPercent: '25',
      tax: money('27.12'),
      total: money('135.59'),
      periodStart: iso(next),
      periodEnd: iso(addMonthsUtc(anchor, 24)),
    });
    expect(second.lines.map((l: any) => [l.description, l.amount.amount])).toEqual([
      ['Plan Basic, 12 months', '105.00'],
      ['Domains, 12 months', '3.47'],
    ]);
    expect(await balanceOf(accountId)).toBe('64.41');
    expect(
      await sumOfEntries(
        systemEm(api.orm, 'test check: the ledger summed directly, with no viewer'),
        Number(accountId),
      ),
    ).toEqual({ sumMinor: 6441n, count: 4 });
    // The same run again finds nothing due.
    expect((await runAt(api, new Date(next.getTime() + 120_000))).accounts).toBe(0);
  });

  it('a partial payment pays the oldest open invoices first; the newest stays open until the debt is gone', async () => {
    const planId = await createPlan(acme, { name: 'Monthly', recurringFee: '10' });
    const { accountId } = await signupOn(api, acme.cpHost, planId, 1);
    const { anchor } = await billingOf(api.orm, accountId);
    await runAt(api, new Date(addMonthsUtc(anchor, 1).getTime() + 60_000));
    const states = async () => (await invoicesOf(acme, accountId)).map((i) => [i.total.amount, i.state]);
    expect(await states()).toEqual([
      ['11.90', 'OPEN'],
      ['11.90', 'OPEN'],
    ]);

    await acme.ok(B.pay, { i: { accountId, amount: '5', reason: 'Part one' } });
    expect(await states()).toEqual([
      ['11.90', 'OPEN'],
      ['11.90', 'OPEN'],
    ]);
    await acme.ok(B.pay, { i: { accountId, amount: '7', reason: 'Part two' } });
    expect(await states()).toEqual([
      ['11.90', 'PAID'],
      ['11.90', 'OPEN'],
    ]);
    expect(await balanceOf(accountId)).toBe('-11.80');
    await acme.ok(B.pay, { i: { accountId, amount: '11.80', reason: 'The rest' } });
    expect(await states()).toEqual([
      ['11.90', 'PAID'],
      ['11.90', 'PAID'],
    ]);
    expect(await balanceOf(accountId)).toBe('0.00');
  });

  it('usage above the free units is charged on the next invoice, for the previous period only: traffic summed, disk at its peak', async () => {
    const untaxed = await createReseller(master, api);
    const planId = await createPlan(untaxed, {
      name: 'Metered',
      recurringFee: '1',
      resources: [
        { kind: 'TRAFFIC_GB', freeUnits: 100, usagePrice: '0.05' },
        { kind: 'DISK_MB', freeUnits: 1000, usagePrice: '0.01' },
      ],
    });
    const { accountId } = await signupOn(api, untaxed.cpHost, planId, 1);
    const { anchor: a0 } = await billingOf(api.orm, accountId);
    const a1 = addMonthsUtc(a0, 1);
    const a2 = addMonthsUtc(a0, 2);
    const at = (base: Date, ms: number) => new Date(base.getTime() + ms).toISOString();
    const usage: [string, number, string][] = [
      ['TRAFFIC_GB', 1000, at(a0, -3600_000)], // before the first period: never charged
      ['TRAFFIC_GB', 60, at(a0, DAY)],
      ['TRAFFIC_GB', 70, at(a0, 10 * DAY)], // 130: 30 above 100
      ['DISK_MB', 800, at(a0, 2 * DAY)],
      ['DISK_MB', 1500, at(a0, 5 * DAY)],
      ['DISK_MB', 1200, at(a0, 20 * DAY)], // peak 1500: 500 above
      ['TRAFFIC_GB', 500, at(a1, 0)],
      ['DISK_MB', 3000, at(a1, DAY)], // the second period
    ];
    for (const [kind, quantity, recordedAt] of usage) {
      expect((await untaxed.ok(B.usage, { i: { accountId, kind, quantity, recordedAt } })).recordUsage).toMatchObject({
        kind,
        quantity: String(quantity),
        recordedAt,
      });
    }

    await runAt(api, new Date(a1.getTime() + 60_000));
    const [first, second] = await invoicesOf(untaxed, accountId);
    expect(first.lines.map((l: any) => l.description)).toEqual(['Plan Metered, 1 month']);
    expect(second).toMatchObject({
      number: 2,
      subtotal: money('7.50'),
      tax: money('0.00'),
      taxName: null,
      total: money('7.50'),
    });
    expect(second.lines).toEqual([
      {
        position: 1,
        description: 'Plan Metered, 1 month',
        resourceKind: null,
        periodStart: iso(a1),
        periodEnd: iso(a2),
        quantity: 1,
        unitPrice: money('1.00'),
        amount: money('1.00'),
      },
      {
        position: 2,
        description: 'MB of disk above 1000 included',
        resourceKind: 'DISK_MB',
        periodStart: iso(a0),
        periodEnd: iso(a1),
        quantity: 500,
        unitPrice: money('0.01'),
        amount: money('5.00'),
      },
      {
        position: 3,
        description: 'GB of traffic a month above 100 included',
        resourceKind: 'TRAFFIC_GB',
        periodStart: iso(a0),
        periodEnd: iso(a1),
        quantity: 30,
        unitPrice: money('0.05'),
        amount: money('1.50'),
      },
    ]);

    await runAt(api, new Date(a2.getTime() + 60_000));
    const third = (await invoicesOf(untaxed, accountId))[2];
    expect(third.lines.map((l: any) => [l.description, l.quantity, l.amount.amount])).toEqual([
      ['Plan Metered, 1 month', 1, '1.00'],
      ['MB of disk above 1000 included', 2000, '20.00'],
      ['GB of traffic a month above 100 included', 400, '20.00'],
    ]);
    expect(third.total).toMatchObject(money('41.00'));
  });

  it('voiding: only an open invoice, once; the credit reverses its charge', async () => {
    const planId = await createPlan(acme, { name: 'Voidable', recurringFee: '20' });
    const { accountId, client } = await signupOn(api, acme.cpHost, planId, 1);
    const [invoice] = await invoicesOf(acme, accountId);
    expect(invoice.total).toMatchObject(money('23.80'));
    expect((await acme.fails(B.void, { id: invoice.id, r: 'no' })).extensions?.fields?.[0]?.field).toBe('reason');
    expect((await client.fails(B.void, { id: invoice.id, r: 'Customer asked' })).extensions?.code).toBe('FORBIDDEN');
    expect((await acme.ok(B.void, { id: invoice.id, r: 'Ordered by mistake' })).voidInvoice).toEqual({
      id: invoice.id,
      number: invoice.number,
      state: 'VOID',
    });
    const again = await acme.fails(B.void, { id: invoice.id, r: 'Ordered by mistake' });
    expect(again.extensions?.code).toBe('CONFLICT');
    expect(await balanceOf(accountId)).toBe('0.00');
    expect((await client.ok(B.entries, {})).ledgerEntries.nodes.map((e: any) => [e.kind, e.amount.amount])).toEqual([
      ['CREDIT', '23.80'],
      ['CHARGE', '-23.80'],
    ]);

    // A paid invoice cannot be voided either.
    const paid = await signupOn(api, acme.cpHost, planId, 1);
    await acme.ok(B.pay, { i: { accountId: paid.accountId, amount: '23.80', reason: 'Card' } });
    const [paidInvoice] = await invoicesOf(acme, paid.accountId);
    expect(paidInvoice.state).toBe('PAID');
    expect((await acme.fails(B.void, { id: paidInvoice.id, r: 'Too late' })).extensions?.code).toBe('CONFLICT');
    expect(await balanceOf(paid.accountId)).toBe('0.00');
    expect(
      (
        await sumOfEntries(
          systemEm(api.orm, 'test check: the ledger summed directly, with no viewer'),
          Number(paid.accountId),
        )
      ).count,
    ).toBe(2);
  });

  it('other companies and other customers get NOT_FOUND and write nothing; customers cannot call admin mutations', async () => {
    const planId = await createPlan(acme, { name: 'Private', recurringFee: '3' });
    const owner = await signupOn(api, acme.cpHost, planId, 1);
    const [invoice] = await invoicesOf(owner.client, owner.accountId);
    const stranger = await createReseller(master, api);
    const neighbour = await signupOn(api, acme.cpHost, planId, 1);

    expect((await stranger.fails(B.invoice, { id: invoice.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await stranger.fails(B.void, { id: invoice.id, r: 'Not mine' })).extensions?.code).toBe('NOT_FOUND');
    expect((await stranger.fails(B.invoices, { a: owner.accountId })).extensions?.code).toBe('NOT_FOUND');
    expect(
      (await stranger.fails(B.usage, { i: { accountId: owner.accountId, kind: 'TRAFFIC_GB', quantity: 5 } })).extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await stranger.fails(B.pay, { i: { accountId: owner.accountId, amount: '1', reason: 'Not mine' } })).extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await stranger.fails(B.change, { i: { accountId: owner.accountId, planId, periodMonths: 1 } })).extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await stranger.fails(B.approve, { id: owner.accountId })).extensions?.code).toBe('NOT_FOUND');
    expect((await stranger.fails(B.reject, { id: owner.accountId, r: 'Not mine' })).extensions?.code).toBe('NOT_FOUND');
    expect(
      (await stranger.fails(`query($a: ID) { auditEvents(accountId: $a) { totalCount } }`, { a: owner.accountId }))
        .extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await neighbour.client.fails(B.invoice, { id: invoice.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await neighbour.client.fails(B.invoices, { a: owner.accountId })).extensions?.code).toBe('NOT_FOUND');
    expect((await neighbour.client.fails(B.profile, { a: owner.accountId })).extensions?.code).toBe('NOT_FOUND');
    expect(
      (
        await neighbour.client.fails(B.updateProfile, {
          a: owner.accountId,
          i: { name: 'Mallory', address: 'x', city: 'y', postalCode: '1', country: 'US', email: 'm@x.test' },
        })
      ).extensions?.code,
    ).toBe('NOT_FOUND');

    const admin = [
      [B.void, { id: invoice.id, r: 'Self service' }],
      [B.pay, { i: { accountId: owner.accountId, amount: '100', reason: 'Self service' } }],
      [B.usage, { i: { accountId: owner.accountId, kind: 'TRAFFIC_GB', quantity: 5 } }],
      [B.addTaxRate, { i: { name: 'None', ratePercent: '0', validFrom: new Date().toISOString() } }],
      [B.settings, { i: { paymentTermDays: 365, reminderDays: [], suspendAfterDays: null } }],
      [B.approve, { id: owner.accountId }],
      [B.reject, { id: owner.accountId, r: 'Self service' }],
    ] as const;
    for (const [op, vars] of admin) expect((await owner.client.fails(op, vars)).extensions?.code, op).toBe('FORBIDDEN');

    expect((await owner.client.ok(B.invoice, { id: invoice.id })).invoice).toEqual(invoice);
    expect((await owner.client.ok(B.entries, {})).ledgerEntries.nodes).toHaveLength(1);
    expect(await sql(api.orm, 'select id from usage_record where account_id = ?', [Number(owner.accountId)])).toEqual(
      [],
    );
    expect((await owner.client.ok(B.profile, {})).billingProfile.name).toBe('Erika Mustermann');
  });

  it('tax rates and billing settings: bad input names the field and changes nothing', async () => {
    const rates = async () => (await acme.ok(`{ taxRates { name ratePercent validFrom } }`)).taxRates;
    const before = await rates();
    expect(before.map((r: any) => [r.name, r.ratePercent])).toEqual([
      ['VAT', '25'],
      ['VAT', '19'],
    ]);
    expect(Date.parse(before[0].validFrom)).toBeGreaterThan(Date.parse(before[1].validFrom));
    const taken = before[1].validFrom;
    const field = async (op: string, i: Record<string, unknown>) =>
      (await acme.fails(op, { i })).extensions?.fields?.map((f) => f.field);
    expect(
      await field(B.addTaxRate, { name: 'VAT', ratePercent: '100.5', validFrom: new Date().toISOString() }),
    ).toEqual(['ratePercent']);
    expect(await field(B.addTaxRate, { name: 'VAT', ratePercent: '7,5', validFrom: new Date().toISOString() })).toEqual(
      ['ratePercent'],
    );
    expect(await field(B.addTaxRate, { name: ' ', ratePercent: '7', validFrom: new Date().toISOString() })).toEqual([
      'name',
    ]);
    expect(await field(B.addTaxRate, { name: 'VAT', ratePercent: '7', validFrom: taken })).toEqual(['validFrom']);
    expect(await rates()).toEqual(before);
    expect(await field(B.settings, { paymentTermDays: -1, reminderDays: [1], suspendAfterDays: 3 })).toEqual([
      'paymentTermDays',
    ]);
    expect(await field(B.settings, { paymentTermDays: 14, reminderDays: [400], suspendAfterDays: 3 })).toEqual([
      'reminderDays.0',
    ]);
    expect(await field(B.settings, { paymentTermDays: 14, reminderDays: [1], suspendAfterDays: 0 })).toEqual([
      'suspendAfterDays',
    ]);
    expect(
      (
        await acme.ok(`query($id: ID!) { reseller(id: $id) { paymentTermDays reminderDays suspendAfterDays } }`, {
          id: acme.resellerId,
        })
      ).reseller,
    ).toEqual({ paymentTermDays: 14, reminderDays: [1, 7], suspendAfterDays: 14 });
  });

  it('a plan’s new prices apply from the next period on; issued invoices keep theirs', async () => {
    const planId = await createPlan(acme, { name: 'Repriced', recurringFee: '10' });
    const { accountId } = await signupOn(api, acme.cpHost, planId, 1);
    await acme.ok(P.update, {
      id: planId,
      i: { name: 'Repriced', signupEnabled: true, recurringFee: '12', periods: [{ months: 1 }], resources: [] },
    });
    const { anchor } = await billingOf(api.orm, accountId);
    await runAt(api, new Date(addMonthsUtc(anchor, 1).getTime() + 60_000));
    expect((await invoicesOf(acme, accountId)).map((i) => [i.subtotal.amount, i.total.amount])).toEqual([
      ['10.00', '11.90'],
      ['12.00', '14.28'],
    ]);
    // Listing by state and finding by number.
    const open = (await acme.ok(B.invoices, { a: accountId, state: 'OPEN' })).invoices;
    expect(open.totalCount).toBe(2);
    const [, second] = await invoicesOf(acme, accountId);
    const found = (
      await acme.ok(`query($s: String) { invoices(search: $s) { nodes { id } } }`, { s: String(second.number) })
    ).invoices.nodes;
    expect(found).toEqual([{ id: second.id }]);
  });

  it('the printable invoice escapes what customers and admins typed', async () => {
    const planId = await createPlan(acme, { name: '<script>alert("plan")</script>', recurringFee: '1' });
    const { client } = await signupOn(api, acme.cpHost, planId, 1, {
      profile: {
        name: '<img src=x onerror=alert(1)>',
        company: 'Tom & "Jerry" <b>Ltd</b>',
        address: "1 O'Hara St\n<script>x</script>",
      },
    });
    const [invoice] = await (async () => (await client.ok(B.invoices, {})).invoices.nodes)();
    const html: string = (await client.ok(B.html, { id: invoice.id })).invoice.html;
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain('Plan &lt;script&gt;alert(&quot;plan&quot;)&lt;/script&gt;, 1 month');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Tom &amp; &quot;Jerry&quot; &lt;b&gt;Ltd&lt;/b&gt;');
    expect(html).toContain('1 O&#39;Hara St<br>&lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain(`<h1>Invoice ${invoice.number}</h1>`);
    expect(html).toContain('1.19 USD');
  });

  it('the printable invoice is the reseller’s: its legal name, address, tax number and support contacts, nothing of the master’s (RES-1)', async () => {
    await acme.ok(`mutation($i: ResellerSettingsInput!) { updateResellerSettings(input: $i) { id } }`, {
      i: {
        legalName: 'Acme Hosting <GmbH>',
        address: 'Hauptstraße 1\n10115 Berlin',
        taxId: 'DE123456789',
        supportEmail: 'billing@acme-host.test',
        supportPhone: '+49 30 1234567',
      },
    });
    const planId = await createPlan(acme, { name: 'Branded', recurringFee: '2' });
    const { client } = await signupOn(api, acme.cpHost, planId, 1);
    const [invoice] = (await client.ok(B.invoices, {})).invoices.nodes;
    const html: string = (await client.ok(B.html, { id: invoice.id })).invoice.html;
    expect(html).toContain(
      '<div class="from">Acme Hosting &lt;GmbH&gt;<br>Hauptstraße 1<br>10115 Berlin<br>VAT/Tax no. DE123456789</div>',
    );
    expect(html).toContain('Questions about this invoice: billing@acme-host.test · +49 30 1234567');
    const masterName = (await master.ok(`query { branding { companyName } }`)).branding.companyName;
    expect(html).not.toContain(masterName);
    expect(html).not.toMatch(/Heliosphere/i);
  });
});
