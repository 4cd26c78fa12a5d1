import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestApi } from '../../test/api';
import type { FakeServer } from '../../test/fakes/fake-server';
import { setupMaster, type MasterClient } from '../../test/factories';
import { card, customerOwing, entriesOf, gatewayAt, invoiceOf, PAY } from './testing';

/** A card processor under test: its fake, how the panel connects to it, its test cards, and what the fake charged. */
export interface Processor {
  kind: 'STRIPE' | 'AUTHORIZE_NET';
  server: FakeServer;
  credentials: Record<string, string>;
  cards: { approved: string; declined: string };
  /** The bank's reason the fake gives for `cards.declined`. */
  declineReason: string;
  charged(): number;
}

export interface ProcessorContext {
  master: MasterClient;
  gatewayId: string;
}

/**
 * PAY-1 against a processor's fake, the same for every adapter: approve, decline, timeout then
 * success, 500 then success, no answer at all; each asserting what the fake charged. Returns the
 * context for the adapter's own wire-format tests.
 */
export function cardProcessorScenarios(api: TestApi, p: Processor): ProcessorContext {
  const ctx = {} as ProcessorContext;
  beforeAll(async () => {
    await p.server.start();
    ctx.master = await setupMaster(api);
    ctx.gatewayId = await gatewayAt(ctx.master, p.kind, p.server.url, { ...p.credentials, testMode: true });
  });
  afterAll(() => p.server.stop());

  const owing = async (fee: string, save = true) => {
    const c = await customerOwing(api, ctx.master, fee);
    if (save) await c.client.ok(PAY.saveCard, { i: { gatewayId: ctx.gatewayId, card: card(p.cards.approved) } });
    return c;
  };

  it('approved: one charge, a PAYMENT entry with the gateway’s transaction, the invoice paid', async () => {
    const c = await owing('12.50');
    const before = p.charged();
    const paid = (await c.client.ok(PAY.pay, { i: { invoiceId: c.invoiceId } })).payInvoice;
    expect(paid).toMatchObject({
      state: 'SUCCEEDED',
      kind: 'CHARGE',
      method: 'CARD',
      source: 'CUSTOMER',
      amount: { amount: '12.50' },
      attempts: 1,
      gatewayKind: p.kind,
    });
    expect(paid.card).toMatch(/•••• \d{4}$/);
    expect(p.charged()).toBe(before + 1);
    expect((await invoiceOf(c.client, c.invoiceId)).state).toBe('PAID');
    const [entry] = await entriesOf(c.client, c.accountId, 'PAYMENT');
    expect(entry).toMatchObject({
      amount: { amount: '12.50' },
      reference: expect.stringContaining(paid.transactionId),
    });
    expect((await c.client.ok(PAY.balance, {})).accountBalance.balance.amount).toBe('0.00');
  });

  it('declined: recorded with the gateway’s reason; no money moves and the invoice stays open', async () => {
    const c = await owing('9.00', false);
    const before = p.charged();
    const r = await c.client.gql(PAY.pay, {
      i: { invoiceId: c.invoiceId, gatewayId: ctx.gatewayId, card: card(p.cards.declined) },
    });
    // A processor may decline when the card is tokenized (a field error) or when it is charged (a DECLINED payment).
    const declined = r.data?.payInvoice ?? null;
    if (declined)
      expect(declined).toMatchObject({ state: 'DECLINED', reason: p.declineReason, amount: { amount: '9.00' } });
    else
      expect(r.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'card', message: `was declined: ${p.declineReason}` },
      ]);
    expect(p.charged()).toBe(before);
    expect(await entriesOf(c.client, c.accountId, 'PAYMENT')).toEqual([]);
    expect((await invoiceOf(c.client, c.invoiceId)).state).toBe('OPEN');
    expect((await c.client.ok(PAY.setup, {})).paymentSetup.savedCard).toBeNull();
  });

  it('a timeout, then the retry: the gateway knows the first request, one charge', async () => {
    const c = await owing('20.00');
    const before = p.charged();
    p.server.fail('slow'); // charged, but answered after the panel gave up
    const paid = (await c.client.ok(PAY.pay, { i: { invoiceId: c.invoiceId } })).payInvoice;
    expect(paid).toMatchObject({ state: 'SUCCEEDED', attempts: 2 });
    expect(p.charged()).toBe(before + 1);
    expect(await entriesOf(c.client, c.accountId, 'PAYMENT')).toHaveLength(1);
  });

  it('a 500, then success on the retry: one charge', async () => {
    const c = await owing('7.25');
    const before = p.charged();
    p.server.fail('500');
    const paid = (await c.client.ok(PAY.pay, { i: { invoiceId: c.invoiceId } })).payInvoice;
    expect(paid).toMatchObject({ state: 'SUCCEEDED', attempts: 2 });
    expect(p.charged()).toBe(before + 1);
    expect((await invoiceOf(c.client, c.invoiceId)).state).toBe('PAID');
  });

  it('no answer at all: PENDING, nothing in the ledger, and a second click answers the same payment', async () => {
    const c = await owing('3.00');
    p.server.fail('500', '500', '500');
    const pending = (await c.client.ok(PAY.pay, { i: { invoiceId: c.invoiceId } })).payInvoice;
    expect(pending).toMatchObject({ state: 'PENDING', attempts: 3 });
    expect(pending.reason).toContain('HTTP 500');
    expect(await entriesOf(c.client, c.accountId, 'PAYMENT')).toEqual([]);
    const again = (await c.client.ok(PAY.pay, { i: { invoiceId: c.invoiceId } })).payInvoice;
    expect(again.id).toBe(pending.id);
  });

  return ctx;
}
