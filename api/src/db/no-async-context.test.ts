import { AsyncLocalStorage } from 'node:async_hooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi } from '../test/api';
import { FakeStripe, STRIPE_CARDS, STRIPE_KEY } from '../test/fakes/stripe';
import { createEndUser, setupMaster } from '../test/factories';
import { card, customerOwing, gatewayAt, PAY } from '../modules/payments/testing';

/**
 * Serving requests enters no AsyncLocalStorage (db/no-async-context.ts): on Node 20 the first
 * `run` turns on async hooks for the whole process, and every later `await` costs about 3.4 times
 * as much. MikroORM's transactions entered one on every write; sign-in, writes and a card payment
 * (two transactions, a gateway call, the ledger) are served here while every entry is counted.
 */
describeApi('no async context while serving requests', (api) => {
  const stripe = new FakeStripe();
  const entered: string[] = [];
  const run = AsyncLocalStorage.prototype.run;
  const enterWith = AsyncLocalStorage.prototype.enterWith;

  beforeAll(async () => {
    await stripe.server.start();
    AsyncLocalStorage.prototype.run = function (this: AsyncLocalStorage<unknown>, ...args: Parameters<typeof run>) {
      entered.push(new Error('AsyncLocalStorage.run').stack ?? 'run');
      return run.apply(this, args);
    } as typeof run;
    AsyncLocalStorage.prototype.enterWith = function (this: AsyncLocalStorage<unknown>, store: unknown) {
      entered.push(new Error('AsyncLocalStorage.enterWith').stack ?? 'enterWith');
      return enterWith.call(this, store);
    };
  });
  afterAll(async () => {
    AsyncLocalStorage.prototype.run = run;
    AsyncLocalStorage.prototype.enterWith = enterWith;
    await stripe.server.stop();
  });

  it('sign-in, writes in transactions and a card payment enter none', async () => {
    const master = await setupMaster(api);
    const user = await createEndUser(master, api, { accounts: 2 });
    await user.ok(`mutation($i: PreferencesInput!) { updatePreferences(input: $i) { language } }`, {
      i: { language: 'DE' },
    });
    const gatewayId = await gatewayAt(master, 'STRIPE', stripe.server.url, { secretKey: STRIPE_KEY, testMode: true });
    const c = await customerOwing(api, master, '12.50');
    await c.client.ok(PAY.saveCard, { i: { gatewayId, card: card(STRIPE_CARDS.visa) } });
    const paid = (await c.client.ok(PAY.pay, { i: { invoiceId: c.invoiceId } })).payInvoice;
    expect(paid.state).toBe('SUCCEEDED');
    expect(entered).toEqual([]);
  });
});
