import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { setupMaster, type MasterClient } from '../../test/factories';
import { sql } from '../billing/testing';
import { card, customerOwing, entriesOf, invoiceOf, PAY } from './testing';

/* The built-in sandbox: there after the first-run setup, test cards with fixed outcomes, and a
 * checkout page whose "Pay" sends a signed notification. Also: no card number or CVC is stored. */
describeApi('the sandbox gateway', (api) => {
  let master: MasterClient;
  beforeAll(async () => {
    master = await setupMaster(api);
  });

  it('is set up with the company, in test mode, for cards and redirects; test cards approve or decline as published', async () => {
    const [sandbox] = (await master.ok(PAY.gateways)).paymentGateways;
    expect(sandbox).toMatchObject({
      kind: 'SANDBOX',
      testMode: true,
      enabled: true,
      currencies: ['USD'],
      methods: ['CARD', 'REDIRECT'],
      credentialsSet: [],
    });
    const c = await customerOwing(api, master, '12.50');
    const options = (await c.client.ok(PAY.setup, {})).paymentSetup.options;
    expect(options).toEqual([
      { gatewayId: sandbox.id, name: 'Sandbox (test mode)', kind: 'SANDBOX', method: 'CARD', testMode: true },
      { gatewayId: sandbox.id, name: 'Sandbox (test mode)', kind: 'SANDBOX', method: 'REDIRECT', testMode: true },
    ]);

    const declined = (
      await c.client.ok(PAY.pay, {
        i: { invoiceId: c.invoiceId, gatewayId: sandbox.id, card: card('4000000000009995') },
      })
    ).payInvoice;
    expect(declined).toMatchObject({
      state: 'DECLINED',
      reason: 'Your card has insufficient funds.',
      declineCode: 'insufficient_funds',
      testMode: true,
    });
    const unknown = await c.client.fails(PAY.pay, {
      i: { invoiceId: c.invoiceId, gatewayId: sandbox.id, card: card('4111111111111111') },
    });
    expect(unknown.extensions?.fields).toEqual([
      { field: 'card', message: expect.stringContaining('only its test card numbers') },
    ]);
    const paid = (
      await c.client.ok(PAY.pay, {
        i: {
          invoiceId: c.invoiceId,
          gatewayId: sandbox.id,
          card: { ...card('4242 4242 4242 4242'), cvc: '7319' },
          saveCard: true,
        },
      })
    ).payInvoice;
    expect(paid).toMatchObject({ state: 'SUCCEEDED', card: 'Visa •••• 4242' });
    expect((await invoiceOf(c.client, c.invoiceId)).state).toBe('PAID');
    expect((await c.client.ok(PAY.setup, {})).paymentSetup.savedCard).toMatchObject({ brand: 'Visa', last4: '4242' });

    // Neither the number nor the CVC is anywhere in the database: every text column of every table.
    const tables =
      api.config.database.dialect === 'sqlite'
        ? (
            await sql<{ name: string }>(
              api.orm,
              `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%_fts%'`,
            )
          ).map((t) => t.name)
        : (
            await sql<{ name: string }>(
              api.orm,
              `select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`,
            )
          ).map((t) => t.name);
    let rowsSeen = 0;
    for (const table of tables) {
      for (const row of await sql(api.orm, `select * from ${table}`)) {
        rowsSeen++;
        const text = JSON.stringify(row, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
        expect(text, table).not.toMatch(/4242\s?4242\s?4242\s?4242|4000000000009995/);
        // As a value of its own: a random key or a timestamp may hold the same digits inside it.
        if (table === 'payment' || table === 'saved_card')
          expect(text, table).not.toMatch(/(^|[^0-9a-z])7319([^0-9a-z]|$)/i);
      }
    }
    expect(rowsSeen).toBeGreaterThan(20);
  });

  it('the checkout page shows the amount in test mode; "Pay" credits through a signed notification and returns to the invoice', async () => {
    const [sandbox] = (await master.ok(PAY.gateways)).paymentGateways;
    const c = await customerOwing(api, master, '8.00');
    const r = (await c.client.ok(PAY.redirect, { inv: c.invoiceId, g: sandbox.id })).startRedirectPayment;
    expect(r.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${api.port}/sandbox-gateway/checkout\\?`));
    const page = await fetch(r.url);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('TEST MODE');
    expect(html).toContain('8.00 USD');

    // The amount is signed: a changed link is refused.
    const forged = new URL(r.url);
    forged.searchParams.set('amount_minor', '1');
    expect((await fetch(forged)).status).toBe(400);

    const form = new URLSearchParams(new URL(r.url).searchParams);
    form.set('action', 'pay');
    const done = await fetch(`http://127.0.0.1:${api.port}/sandbox-gateway/checkout`, {
      method: 'POST',
      body: form,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      redirect: 'manual',
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(
      `http://127.0.0.1:${api.port}/invoices/${c.invoiceId}?payment=${r.payment.id}`,
    );
    expect((await invoiceOf(c.client, c.invoiceId)).state).toBe('PAID');
    expect(await entriesOf(c.client, c.accountId, 'PAYMENT')).toHaveLength(1);

    // A notification without the sandbox's signature is rejected.
    const unsigned = await fetch(`http://127.0.0.1:${api.port}/payments/notify/${sandbox.id}`, {
      method: 'POST',
      body: JSON.stringify({
        id: 'evt_x',
        type: 'checkout.completed',
        payment: Number(r.payment.id),
        amount_minor: '800',
        currency: 'USD',
        transaction: 't',
      }),
      headers: {
        'content-type': 'application/json',
        'x-sandbox-signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}`,
      },
    });
    expect(unsigned.status).toBe(400);
    expect(await entriesOf(c.client, c.accountId, 'PAYMENT')).toHaveLength(1);
  });
});

describeApi(
  'without the sandbox (PAYMENT_SANDBOX=false, as in production)',
  (api) => {
    it('none is set up, and none can be added', async () => {
      const master = await setupMaster(api);
      expect((await master.ok(PAY.gateways)).paymentGateways).toEqual([]);
      const refused = await master.fails(PAY.create, { i: { kind: 'SANDBOX', name: 'Test', currencies: ['USD'] } });
      expect(refused.extensions?.fields).toEqual([
        { field: 'kind', message: expect.stringContaining('PAYMENT_SANDBOX') },
      ]);
    });
  },
  { PAYMENT_SANDBOX: 'false' },
);
