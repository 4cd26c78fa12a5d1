import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import {
  createEndUser,
  createReseller,
  setupMaster,
  type MasterClient,
  type ResellerAdminClient,
} from '../../test/factories';
import { sql } from '../billing/testing';
import { card, customerOwing, PAY } from './testing';

const STRIPE = {
  kind: 'STRIPE',
  name: 'Cards',
  currencies: ['usd', 'EUR'],
  secretKey: 'sk_live_51Hq_super_secret_value',
  testMode: false,
};

/* PAY-3: gateways per company, credentials write-only and sealed, and one company never sees another's. */
describeApi('payment gateway configuration', (api) => {
  let master: MasterClient;
  let acme: ResellerAdminClient;

  beforeAll(async () => {
    master = await setupMaster(api);
    acme = await createReseller(master, api);
  });

  it('stores secrets sealed and never answers them; only which are set; an empty field keeps the stored one', async () => {
    const g = (await acme.ok(PAY.create, { i: STRIPE })).createPaymentGateway;
    expect(g).toMatchObject({
      kind: 'STRIPE',
      name: 'Cards',
      currencies: ['USD', 'EUR'],
      enabled: true,
      testMode: false,
      baseUrl: null,
      credentialsSet: ['secretKey'],
      methods: ['CARD'],
    });
    const [row] = await sql<{ credentials: string; credential_names: string }>(
      api.orm,
      'select credentials, credential_names from payment_gateway where id = ?',
      [Number(g.id)],
    );
    expect(row!.credentials).toMatch(/^v1:/);
    expect(row!.credentials).not.toContain('super_secret');
    expect(JSON.stringify((await acme.ok(PAY.gateways)).paymentGateways)).not.toContain('super_secret');

    const renamed = (await acme.ok(PAY.update, { id: g.id, i: { ...STRIPE, name: 'Credit cards', secretKey: '' } }))
      .updatePaymentGateway;
    expect(renamed).toMatchObject({ name: 'Credit cards', credentialsSet: ['secretKey'] });
    const [after] = await sql<{ credentials: string }>(
      api.orm,
      'select credentials from payment_gateway where id = ?',
      [Number(g.id)],
    );
    expect(after!.credentials).not.toBe(row!.credentials); // resealed, same secret (a fresh IV)
    const audit = await sql<{ detail: string }>(
      api.orm,
      `select detail from audit_event where action like 'gateway.%'`,
    );
    expect(JSON.stringify(audit)).not.toContain('super_secret');
  });

  it('bad input names the field and writes nothing', async () => {
    const before = (await acme.ok(PAY.gateways)).paymentGateways.length;
    const cases: [Record<string, unknown>, string][] = [
      [{ ...STRIPE, name: 'X1', secretKey: null }, 'secretKey'],
      [{ ...STRIPE, name: 'X2', currencies: ['US'] }, 'currencies.0'],
      [{ ...STRIPE, name: 'X3', currencies: [] }, 'currencies'],
      [{ ...STRIPE, name: '' }, 'name'],
      [{ kind: 'AUTHORIZE_NET', name: 'X4', currencies: ['USD'], apiLoginId: 'id' }, 'transactionKey'],
      [{ kind: 'PAYPAL_STANDARD', name: 'X5', currencies: ['USD'] }, 'merchantAccount'],
      [{ ...STRIPE, name: 'X6', baseUrl: 'https://api.stripe.com' }, 'baseUrl'], // a reseller may not point its gateway elsewhere
      [{ ...STRIPE, name: 'Credit cards' }, 'name'],
    ];
    for (const [input, field] of cases) {
      const e = await acme.fails(PAY.create, { i: input });
      expect(e.extensions?.code, field).toBe('BAD_USER_INPUT');
      expect(
        (e.extensions?.fields as { field: string }[]).map((f) => f.field),
        JSON.stringify(input),
      ).toContain(field);
    }
    for (const baseUrl of ['http://api.stripe.com', 'ftp://x', 'https://user:pw@api.stripe.com', 'not a url']) {
      const e = await master.fails(PAY.create, { i: { ...STRIPE, name: 'Y', baseUrl } });
      expect(e.extensions?.fields, baseUrl).toEqual([{ field: 'baseUrl', message: expect.any(String) }]);
    }
    expect(
      (await master.ok(PAY.create, { i: { ...STRIPE, name: 'Local sandbox', baseUrl: 'http://127.0.0.1:9/' } }))
        .createPaymentGateway.baseUrl,
    ).toBe('http://127.0.0.1:9/');
    expect((await acme.ok(PAY.gateways)).paymentGateways.length).toBe(before);
    // An address the master admin set survives the company admin's own saves.
    const acmeGateway = (await acme.ok(PAY.gateways)).paymentGateways[0];
    await master.ok(PAY.update, {
      id: acmeGateway.id,
      i: { ...STRIPE, name: acmeGateway.name, baseUrl: 'https://stripe-proxy.example.net' },
    });
    expect(
      (await acme.ok(PAY.update, { id: acmeGateway.id, i: { ...STRIPE, name: acmeGateway.name, baseUrl: null } }))
        .updatePaymentGateway.baseUrl,
    ).toBe('https://stripe-proxy.example.net');
    await master.ok(PAY.update, { id: acmeGateway.id, i: { ...STRIPE, name: acmeGateway.name, baseUrl: null } });
    const kindChange = await acme.fails(PAY.update, {
      id: (await acme.ok(PAY.gateways)).paymentGateways[0].id,
      i: { ...STRIPE, kind: 'AUTHORIZE_NET' },
    });
    expect(kindChange.extensions?.fields).toEqual([
      { field: 'kind', message: expect.stringContaining('cannot change') },
    ]);
  });

  it('a company sees and changes only its own gateways; its customers are offered only its gateways, in their currency', async () => {
    const other = await createReseller(master, api);
    const mine = (await acme.ok(PAY.gateways)).paymentGateways[0];
    expect((await other.ok(PAY.gateways)).paymentGateways).toEqual([]);
    for (const op of [PAY.update, PAY.delete]) {
      const e = await other.fails(op, { id: mine.id, i: STRIPE });
      expect(e.extensions?.code).toBe('NOT_FOUND');
    }
    // The master's own company has its sandbox; acme's customer sees acme's gateway only.
    const customer = await createEndUser(acme, api);
    const options = (await customer.ok(PAY.setup, {})).paymentSetup.options;
    expect(options.map((o: { gatewayId: string }) => o.gatewayId)).toEqual([mine.id]);
    const rootSandbox = (await master.ok(PAY.gateways)).paymentGateways.find(
      (g: { kind: string }) => g.kind === 'SANDBOX',
    );
    const foreign = await customer.fails(PAY.saveCard, {
      i: { gatewayId: rootSandbox.id, card: card('4242424242424242') },
    });
    expect(foreign.extensions?.code).toBe('NOT_FOUND');
    expect((await customer.fails(PAY.gateways)).extensions?.code).toBe('FORBIDDEN');

    // Disabled, or not in the currency: not offered.
    await acme.ok(PAY.update, { id: mine.id, i: { ...STRIPE, name: mine.name, currencies: ['EUR'] } });
    expect((await customer.ok(PAY.setup, {})).paymentSetup.options).toEqual([]);
    await acme.ok(PAY.update, { id: mine.id, i: { ...STRIPE, name: mine.name, enabled: false } });
    expect((await customer.ok(PAY.setup, {})).paymentSetup.options).toEqual([]);
  });

  it('a gateway payments went through cannot be deleted, only disabled; an unused one can', async () => {
    const c = await customerOwing(api, master, '5.00');
    const sandbox = (await master.ok(PAY.gateways)).paymentGateways.find((g: { kind: string }) => g.kind === 'SANDBOX');
    await c.client.ok(PAY.pay, {
      i: { invoiceId: c.invoiceId, gatewayId: sandbox.id, card: card('4242424242424242') },
    });
    expect((await master.fails(PAY.delete, { id: sandbox.id })).extensions?.code).toBe('CONFLICT');
    const unused = (await master.ok(PAY.create, { i: { ...STRIPE, name: 'Unused' } })).createPaymentGateway;
    expect((await master.ok(PAY.delete, { id: unused.id })).deletePaymentGateway.id).toBe(unused.id);
    expect((await master.ok(PAY.gateways)).paymentGateways.map((g: { id: string }) => g.id)).not.toContain(unused.id);
  });

  it('another customer’s invoice and payments answer NOT_FOUND', async () => {
    const a = await customerOwing(api, master, '5.00');
    const b = await customerOwing(api, master, '5.00');
    const sandbox = (await master.ok(PAY.gateways)).paymentGateways.find((g: { kind: string }) => g.kind === 'SANDBOX');
    const paid = (
      await a.client.ok(PAY.pay, {
        i: { invoiceId: a.invoiceId, gatewayId: sandbox.id, card: card('4242424242424242') },
      })
    ).payInvoice;
    expect((await b.client.fails(PAY.payment, { id: paid.id })).extensions?.code).toBe('NOT_FOUND');
    expect(
      (
        await b.client.fails(PAY.pay, {
          i: { invoiceId: a.invoiceId, gatewayId: sandbox.id, card: card('4242424242424242') },
        })
      ).extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await b.client.fails(PAY.redirect, { inv: a.invoiceId, g: sandbox.id })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await b.client.fails(PAY.payments, { a: a.accountId })).extensions?.code).toBe('NOT_FOUND');
    expect((await b.client.ok(PAY.payments, {})).payments.totalCount).toBe(0);
    // Another company's admin cannot see, refund or decide on it either.
    expect((await acme.fails(PAY.payment, { id: paid.id })).extensions?.code).toBe('NOT_FOUND');
    expect(
      (await acme.fails(PAY.refund, { i: { paymentId: paid.id, amount: '1.00', reason: 'not mine' } })).extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await acme.fails(PAY.resolve, { i: { paymentId: paid.id, credit: true, note: 'not mine' } })).extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await acme.ok(PAY.payments, {})).payments.nodes.map((p: { id: string }) => p.id)).not.toContain(paid.id);
    // A paid invoice cannot be paid again; a bad card never reaches the gateway.
    expect(
      (
        await a.client.fails(PAY.pay, {
          i: { invoiceId: a.invoiceId, gatewayId: sandbox.id, card: card('4242424242424242') },
        })
      ).message,
    ).toContain('already paid');
    const bad = await b.client.fails(PAY.pay, {
      i: {
        invoiceId: b.invoiceId,
        gatewayId: sandbox.id,
        card: { number: '4242424242424241', expMonth: 13, expYear: 2001, cvc: '12', holderName: '' },
      },
    });
    expect((bad.extensions?.fields as { field: string }[]).map((f) => f.field).sort()).toEqual([
      'card.cvc',
      'card.expMonth',
      'card.expYear',
      'card.holderName',
      'card.number',
    ]);
    expect(JSON.stringify(bad)).not.toContain('4242424242424241');
  });
});
