import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { FakeStripe, STRIPE_CARDS, STRIPE_KEY } from '../../test/fakes/stripe';
import { setupMaster, type MasterClient } from '../../test/factories';
import { appOf, B, DAY, runAt, sql } from '../billing/testing';
import { paymentsModule } from '.';
import { retryPending } from './background';
import { MAX_ATTEMPTS } from './engine';
import { card, customerOwing, entriesOf, GATEWAY_ENV, gatewayAt, invoiceOf, PAY, type Customer } from './testing';

/* BIL-4 with PAY-1: the billing run charges saved cards; the retry job finishes unanswered charges. */
describeApi(
  'automatic card charges and retries',
  (api) => {
    const stripe = new FakeStripe();
    let master: MasterClient;
    let sandboxId: string;
    let stripeId: string;
    /** The test server's payment engine, for the retry job's runs. */
    const engine = () => appOf(api).areas.get(paymentsModule).payments.engine;

    beforeAll(async () => {
      await stripe.server.start();
      master = await setupMaster(api);
      sandboxId = (await master.ok(PAY.gateways)).paymentGateways[0].id;
      stripeId = await gatewayAt(master, 'STRIPE', stripe.server.url, { secretKey: STRIPE_KEY });
      // Cards are charged from 3 days before the due date, twice at most (the invoice term is 14 days).
      await master.ok(B.settings, {
        i: {
          paymentTermDays: 14,
          reminderDays: [1],
          suspendAfterDays: null,
          autoChargeDaysBefore: 3,
          autoChargeAttempts: 2,
        },
      });
    });
    afterAll(() => stripe.server.stop());

    const withCard = async (fee: string, number: string, gatewayId = sandboxId): Promise<Customer> => {
      const c = await customerOwing(api, master, fee);
      await c.client.ok(PAY.saveCard, { i: { gatewayId, card: card(number) } });
      return c;
    };
    const autoPayments = async (c: Customer) =>
      (await c.client.ok(PAY.payments, {})).payments.nodes.filter((p: { source: string }) => p.source === 'AUTO');

    it('charges the saved card from the configured days before the due date, and then the invoice is paid', async () => {
      const c = await withCard('12.50', '4242424242424242');
      const due = Date.now() + 14 * DAY;
      expect((await runAt(api, new Date(due - 4 * DAY))).cards.charged).toBe(0);
      expect(await autoPayments(c)).toEqual([]);
      const run = await runAt(api, new Date(due - 3 * DAY + 3600_000));
      expect(run.cards.charged).toBeGreaterThanOrEqual(1);
      expect(await autoPayments(c)).toMatchObject([
        { state: 'SUCCEEDED', amount: { amount: '12.50' }, card: 'Visa •••• 4242' },
      ]);
      expect((await invoiceOf(c.client, c.invoiceId)).state).toBe('PAID');
      // Paid: the next run charges nothing more.
      await runAt(api, new Date(due - 2 * DAY));
      expect(await autoPayments(c)).toHaveLength(1);
    });

    it('a declined card is tried once a day, as many times as configured; the customer is told; then dunning takes over', async () => {
      const c = await withCard('9.00', '4000000000000002');
      const due = Date.now() + 14 * DAY;
      await runAt(api, new Date(due - 2 * DAY));
      await runAt(api, new Date(due - 2 * DAY + 3600_000)); // the same day: no second attempt
      expect((await autoPayments(c)).map((p: { state: string }) => p.state)).toEqual(['DECLINED']);
      const mails = await sql<{ subject: string; body: string }>(
        api.orm,
        `select subject, body from mail_message where account_id = ? and dedup_key like 'payment-declined:%'`,
        [Number(c.accountId)],
      );
      expect(mails).toHaveLength(1);
      expect(mails[0]!.body).toContain('Your card was declined.');
      await runAt(api, new Date(due - 1 * DAY));
      await runAt(api, new Date(due + 1 * DAY)); // attempts used up
      expect(await autoPayments(c)).toHaveLength(2);
      expect((await invoiceOf(c.client, c.invoiceId)).state).toBe('OPEN');
      const reminders = await sql(
        api.orm,
        `select id from mail_message where account_id = ? and dedup_key like 'reminder:%'`,
        [Number(c.accountId)],
      );
      expect(reminders).toHaveLength(1);
    });

    it('no automatic charges when the company sets attempts to 0', async () => {
      await master.ok(B.settings, {
        i: { paymentTermDays: 14, reminderDays: [1], suspendAfterDays: null, autoChargeAttempts: 0 },
      });
      const c = await withCard('3.00', '4242424242424242');
      await runAt(api, new Date(Date.now() + 13 * DAY));
      expect(await autoPayments(c)).toEqual([]);
      await master.ok(B.settings, {
        i: { paymentTermDays: 14, reminderDays: [1], suspendAfterDays: null, autoChargeAttempts: 2 },
      });
    });

    it('a charge the gateway never answered is retried by the job with the same key, and succeeds once', async () => {
      const c = await withCard('20.00', STRIPE_CARDS.visa, stripeId);
      stripe.server.fail('500', '500', '500');
      const pending = (await c.client.ok(PAY.pay, { i: { invoiceId: c.invoiceId } })).payInvoice;
      expect(pending.state).toBe('PENDING');
      // Not yet due for a retry.
      expect(await retryPending(api.orm, engine(), new Date())).toBe(0);
      const keys = new Set(
        stripe.server
          .to('/v1/payment_intents')
          .slice(-3)
          .map((r) => r.headers['idempotency-key']),
      );
      expect(await retryPending(api.orm, engine(), new Date(Date.now() + 5 * 60_000))).toBe(1);
      const done = (await c.client.ok(PAY.payment, { id: pending.id })).payment;
      expect(done).toMatchObject({ state: 'SUCCEEDED', attempts: 4 });
      expect(keys.size).toBe(1);
      expect(stripe.server.to('/v1/payment_intents').at(-1)!.headers['idempotency-key']).toBe([...keys][0]);
      expect(await entriesOf(c.client, c.accountId, 'PAYMENT')).toHaveLength(1);
    });

    it(`after ${MAX_ATTEMPTS} unanswered requests the payment is HELD for an admin; cancelling it frees the invoice`, async () => {
      const c = await withCard('6.00', STRIPE_CARDS.visa, stripeId);
      stripe.server.fail(...Array.from({ length: MAX_ATTEMPTS }, () => '500' as const));
      const pending = (await c.client.ok(PAY.pay, { i: { invoiceId: c.invoiceId } })).payInvoice;
      for (let hour = 2; hour < 40; hour += 2)
        await retryPending(api.orm, engine(), new Date(Date.now() + hour * 3600_000));
      const held = (await master.ok(PAY.payment, { id: pending.id })).payment;
      expect(held).toMatchObject({ state: 'HELD', attempts: MAX_ATTEMPTS });
      expect(held.reason).toContain('check the transaction at the gateway');
      // Held: the invoice cannot be charged again until an admin decides.
      expect((await c.client.ok(PAY.pay, { i: { invoiceId: c.invoiceId } })).payInvoice.id).toBe(pending.id);
      const cancelled = (
        await master.ok(PAY.resolve, {
          i: { paymentId: pending.id, credit: false, note: 'Not in the Stripe dashboard' },
        })
      ).resolveHeldPayment;
      expect(cancelled.state).toBe('CANCELLED');
      expect((await c.client.ok(PAY.pay, { i: { invoiceId: c.invoiceId } })).payInvoice.state).toBe('SUCCEEDED');
    });
  },
  GATEWAY_ENV,
);
