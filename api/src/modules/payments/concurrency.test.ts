import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { FakeStripe, STRIPE_CARDS, STRIPE_KEY } from '../../test/fakes/stripe';
import { setupMaster, type MasterClient } from '../../test/factories';
import { card, customerOwing, entriesOf, GATEWAY_ENV, gatewayAt, invoiceOf, PAY } from './testing';

/* PAY-1: a hundred "pay this invoice" requests at once (a double click, a script) charge once. */
describeApi(
  'concurrent payments of one invoice',
  (api) => {
    const stripe = new FakeStripe();
    let master: MasterClient;
    let gatewayId: string;

    beforeAll(async () => {
      await stripe.server.start();
      stripe.server.latencyMs = 150; // the charge is in flight while the other requests arrive
      master = await setupMaster(api);
      gatewayId = await gatewayAt(master, 'STRIPE', stripe.server.url, { secretKey: STRIPE_KEY });
    });
    afterAll(() => stripe.server.stop());

    it('100 concurrent requests: one charge at the gateway, one ledger entry, every answer the same payment or "already paid"', async () => {
      const c = await customerOwing(api, master, '49.99');
      await c.client.ok(PAY.saveCard, { i: { gatewayId, card: card(STRIPE_CARDS.visa) } });
      const before = stripe.server.to('/v1/payment_intents').length;
      const answers = await Promise.all(
        Array.from({ length: 100 }, () => c.client.gql(PAY.pay, { i: { invoiceId: c.invoiceId } })),
      );

      expect(stripe.server.to('/v1/payment_intents').length - before).toBe(1);
      const payments = new Set(answers.filter((a) => a.data?.payInvoice).map((a) => a.data!.payInvoice.id));
      expect(payments.size).toBe(1);
      for (const a of answers) {
        if (a.data?.payInvoice) expect(a.data.payInvoice.state).toBe('SUCCEEDED');
        else expect(a.errors?.[0]?.message).toMatch(/already paid|just finished/);
      }
      expect(await entriesOf(c.client, c.accountId, 'PAYMENT')).toHaveLength(1);
      expect((await invoiceOf(c.client, c.invoiceId)).state).toBe('PAID');
      expect((await c.client.ok(PAY.balance, {})).accountBalance.balance.amount).toBe('0.00');
    });
  },
  GATEWAY_ENV,
);
