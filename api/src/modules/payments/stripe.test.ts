import { expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { FakeStripe, STRIPE_CARDS, STRIPE_KEY } from '../../test/fakes/stripe';
import { cardProcessorScenarios } from './card-scenarios.testing';
import { card, customerOwing, entriesOf, GATEWAY_ENV, PAY } from './testing';

/* PAY-1 through the Stripe adapter, against a fake Stripe speaking its wire format on loopback. */
describeApi(
  'card payments through Stripe',
  (api) => {
    const stripe = new FakeStripe(1000);
    const ctx = cardProcessorScenarios(api, {
      kind: 'STRIPE',
      server: stripe.server,
      credentials: { secretKey: STRIPE_KEY },
      cards: { approved: STRIPE_CARDS.visa, declined: STRIPE_CARDS.declined },
      declineReason: 'Your card was declined.',
      charged: () => stripe.charges.length,
    });

    it('speaks Stripe: a PaymentMethod on a Customer, a PaymentIntent confirmed off-session with an Idempotency-Key', async () => {
      const c = await customerOwing(api, ctx.master, '12.50');
      const saved = (
        await c.client.ok(PAY.saveCard, { i: { gatewayId: ctx.gatewayId, card: card(STRIPE_CARDS.visa) } })
      ).saveCard;
      expect(saved).toMatchObject({ brand: 'Visa', last4: '4242', expMonth: 12, gatewayId: ctx.gatewayId });
      const pm = stripe.server.to('/v1/payment_methods').at(-1)!;
      const form = new URLSearchParams(pm.body);
      expect(pm.headers.authorization).toBe(`Bearer ${STRIPE_KEY}`);
      expect(pm.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect([form.get('type'), form.get('card[number]'), form.get('card[exp_month]'), form.get('card[cvc]')]).toEqual([
        'card',
        STRIPE_CARDS.visa,
        '12',
        '123',
      ]);
      expect(new URLSearchParams(stripe.server.to('/v1/customers').at(-1)!.body).get('payment_method')).toMatch(/^pm_/);

      const paid = (await c.client.ok(PAY.pay, { i: { invoiceId: c.invoiceId } })).payInvoice;
      expect(paid.transactionId).toMatch(/^pi_/);
      const sent = stripe.server.to('/v1/payment_intents').at(-1)!;
      const f = new URLSearchParams(sent.body);
      expect([f.get('amount'), f.get('currency'), f.get('confirm'), f.get('off_session'), f.get('customer')]).toEqual([
        '1250',
        'usd',
        'true',
        'true',
        stripe.charges.at(-1)!.customer,
      ]);
      expect(sent.headers['idempotency-key']).toMatch(/^hs_[0-9a-f]{24}$/);
    });

    it('a retry after a timeout carries the first request’s Idempotency-Key, and Stripe replays its answer', async () => {
      const c = await customerOwing(api, ctx.master, '4.00');
      await c.client.ok(PAY.saveCard, { i: { gatewayId: ctx.gatewayId, card: card(STRIPE_CARDS.visa) } });
      const from = stripe.server.to('/v1/payment_intents').length;
      stripe.server.fail('slow');
      expect((await c.client.ok(PAY.pay, { i: { invoiceId: c.invoiceId } })).payInvoice.state).toBe('SUCCEEDED');
      const [first, retry] = stripe.server.to('/v1/payment_intents').slice(from);
      expect(retry!.headers['idempotency-key']).toBe(first!.headers['idempotency-key']);
      expect(retry!.body).toBe(first!.body);
    });

    it('an admin refunds part of a payment that became credit; the refund goes to Stripe and into the ledger', async () => {
      const c = await customerOwing(api, ctx.master, '30.00');
      const paid = (
        await c.client.ok(PAY.pay, {
          i: { invoiceId: c.invoiceId, gatewayId: ctx.gatewayId, card: card(STRIPE_CARDS.visa), saveCard: true },
        })
      ).payInvoice;
      expect(paid.state).toBe('SUCCEEDED');
      // The money paid the invoice: a refund would put the customer in debt, so none is offered or taken.
      expect((await ctx.master.ok(PAY.payment, { id: paid.id })).payment.refundable.amount).toBe('0.00');
      const blocked = await ctx.master.fails(PAY.refund, {
        i: { paymentId: paid.id, amount: '10.00', reason: 'Customer asked' },
      });
      expect(blocked.extensions?.code).toBe('CONFLICT');
      expect(blocked.message).toContain('credit the account first');
      // The customer also paid by bank transfer: the card payment is now credit, and may go back.
      await ctx.master.ok(`mutation($i: MoneyActionInput!) { recordPayment(input: $i) { id } }`, {
        i: { accountId: c.accountId, amount: '30.00', reason: 'Bank transfer, paid twice' },
      });

      const refund = (
        await ctx.master.ok(PAY.refund, { i: { paymentId: paid.id, amount: '10.00', reason: 'Customer asked' } })
      ).refundCardPayment;
      expect(refund).toMatchObject({
        kind: 'REFUND',
        state: 'SUCCEEDED',
        source: 'ADMIN',
        amount: { amount: '10.00' },
        refundOfId: paid.id,
      });
      const sent = stripe.server.to('/v1/refunds').at(-1)!;
      expect(Object.fromEntries(new URLSearchParams(sent.body))).toEqual({
        payment_intent: paid.transactionId,
        amount: '1000',
      });
      expect(sent.headers['idempotency-key']).toMatch(/^hs_/);
      expect((await entriesOf(c.client, c.accountId, 'REFUND'))[0]).toMatchObject({ amount: { amount: '-10.00' } });
      expect((await ctx.master.ok(PAY.payment, { id: paid.id })).payment.refundable.amount).toBe('20.00');
      const over = await ctx.master.fails(PAY.refund, {
        i: { paymentId: paid.id, amount: '20.01', reason: 'Too much' },
      });
      expect(over.extensions?.code).toBe('CONFLICT');
      expect(
        (await c.client.fails(PAY.refund, { i: { paymentId: paid.id, amount: '1', reason: 'me' } })).extensions?.code,
      ).toBe('FORBIDDEN');
    });
  },
  GATEWAY_ENV,
);
