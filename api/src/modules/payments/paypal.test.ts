import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { FakePayPal, PAYPAL_BUSINESS } from '../../test/fakes/paypal';
import { setupMaster, type MasterClient } from '../../test/factories';
import { customerOwing, entriesOf, GATEWAY_ENV, gatewayAt, invoiceOf, PAY, type Customer } from './testing';

/* PAY-2: PayPal Payments Standard: the redirect, and IPN notifications verified by calling PayPal back. */
describeApi(
  'redirect payments through PayPal Standard',
  (api) => {
    const paypal = new FakePayPal();
    let master: MasterClient;
    let gatewayId: string;

    beforeAll(async () => {
      await paypal.server.start();
      master = await setupMaster(api);
      gatewayId = await gatewayAt(master, 'PAYPAL_STANDARD', paypal.server.url, { merchantAccount: PAYPAL_BUSINESS });
    });
    afterAll(() => paypal.server.stop());

    /** A customer owing `fee` who chose PayPal: the Buy Now fields the panel sent them to PayPal with. */
    const checkout = async (fee = '12.50'): Promise<Customer & { fields: URLSearchParams; paymentId: string }> => {
      const c = await customerOwing(api, master, fee);
      const r = (await c.client.ok(PAY.redirect, { inv: c.invoiceId, g: gatewayId })).startRedirectPayment;
      expect(r.payment).toMatchObject({ state: 'PENDING', method: 'REDIRECT', amount: { amount: fee } });
      return { ...c, fields: paypal.checkout(r.url), paymentId: r.payment.id };
    };
    const paymentOf = async (c: Customer, id: string) => (await c.client.ok(PAY.payment, { id })).payment;

    it('sends the customer to PayPal with the Buy Now fields; the verified IPN credits the account and pays the invoice', async () => {
      const c = await checkout('12.50');
      const f = c.fields;
      expect(
        Object.fromEntries(
          ['cmd', 'business', 'amount', 'currency_code', 'custom', 'no_shipping'].map((k) => [k, f.get(k)]),
        ),
      ).toEqual({
        cmd: '_xclick',
        business: PAYPAL_BUSINESS,
        amount: '12.50',
        currency_code: 'USD',
        custom: c.paymentId,
        no_shipping: '1',
      });
      expect(f.get('return')).toBe(`http://127.0.0.1:${api.port}/invoices/${c.invoiceId}?payment=${c.paymentId}`);
      expect(f.get('notify_url')).toBe(`http://127.0.0.1:${api.port}/payments/notify/${gatewayId}`);

      const ipn = paypal.ipn(f);
      expect(await paypal.send(f.get('notify_url')!, ipn)).toEqual({ status: 200, text: 'credited' });
      // The panel asked PayPal whether it sent exactly this.
      expect(paypal.server.received.filter((r) => r.method === 'POST').at(-1)!.body).toBe(
        `cmd=_notify-validate&${ipn}`,
      );
      expect(await paymentOf(c, c.paymentId)).toMatchObject({
        state: 'SUCCEEDED',
        transactionId: new URLSearchParams(ipn).get('txn_id'),
      });
      expect((await invoiceOf(c.client, c.invoiceId)).state).toBe('PAID');
      expect(await entriesOf(c.client, c.accountId, 'PAYMENT')).toHaveLength(1);

      // PayPal resends the same IPN (it does until it sees a 200): nothing more is credited.
      expect(await paypal.send(f.get('notify_url')!, ipn)).toEqual({ status: 200, text: 'duplicate' });
      expect(await entriesOf(c.client, c.accountId, 'PAYMENT')).toHaveLength(1);
    });

    it('the same IPN twice at once credits once', async () => {
      const c = await checkout('6.00');
      const ipn = paypal.ipn(c.fields);
      const answers = await Promise.all(Array.from({ length: 5 }, () => paypal.send(c.fields.get('notify_url')!, ipn)));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
      expect(answers.filter((a) => a.text === 'credited')).toHaveLength(1);
      expect(await entriesOf(c.client, c.accountId, 'PAYMENT')).toHaveLength(1);
    });

    it('a tampered IPN (not what PayPal sent) is rejected and changes nothing', async () => {
      const c = await checkout('12.50');
      const genuine = new URLSearchParams(paypal.ipn(c.fields));
      genuine.set('payment_status', 'Completed');
      genuine.set('mc_gross', '12.50');
      genuine.set('txn_id', 'FORGED12345'); // a body PayPal never sent: it answers INVALID
      expect((await paypal.send(c.fields.get('notify_url')!, genuine.toString())).status).toBe(400);
      expect((await paymentOf(c, c.paymentId)).state).toBe('PENDING');
      expect((await invoiceOf(c.client, c.invoiceId)).state).toBe('OPEN');
      expect(await entriesOf(c.client, c.accountId, 'PAYMENT')).toEqual([]);
    });

    it('a verified IPN whose amount does not match is held for review, not credited; an admin credits what arrived', async () => {
      const c = await checkout('12.50');
      expect(await paypal.send(c.fields.get('notify_url')!, paypal.ipn(c.fields, { mc_gross: '10.00' }))).toEqual({
        status: 200,
        text: 'held',
      });
      const held = await paymentOf(c, c.paymentId);
      expect(held).toMatchObject({ state: 'HELD', received: { amount: '10.00', currency: 'USD' } });
      expect(held.reason).toContain('reported 10.00 USD, but 12.50 USD was asked for');
      expect(await entriesOf(c.client, c.accountId, 'PAYMENT')).toEqual([]);
      expect((await master.ok(PAY.payments, { s: 'HELD' })).payments.nodes.map((p: { id: string }) => p.id)).toContain(
        c.paymentId,
      );

      const credited = (
        await master.ok(PAY.resolve, {
          i: { paymentId: c.paymentId, credit: true, note: 'Checked in PayPal: 10.00 arrived' },
        })
      ).resolveHeldPayment;
      expect(credited.state).toBe('SUCCEEDED');
      expect((await entriesOf(c.client, c.accountId, 'PAYMENT'))[0]!.amount.amount).toBe('10.00');
      const inv = await invoiceOf(c.client, c.invoiceId);
      expect([inv.state, inv.amountDue.amount]).toEqual(['OPEN', '2.50']);
      expect(
        (await master.fails(PAY.resolve, { i: { paymentId: c.paymentId, credit: false, note: 'again' } })).extensions
          ?.code,
      ).toBe('CONFLICT');
    });

    it('a wrong currency or another receiver is held too; a Pending status waits for its Completed', async () => {
      const a = await checkout('5.00');
      expect((await paypal.send(a.fields.get('notify_url')!, paypal.ipn(a.fields, { mc_currency: 'EUR' }))).text).toBe(
        'held',
      );
      expect((await paymentOf(a, a.paymentId)).state).toBe('HELD');
      const cancel = await master.fails(PAY.resolve, {
        i: { paymentId: a.paymentId, credit: true, note: 'EUR arrived' },
      });
      expect(cancel.message).toContain('EUR');

      const b = await checkout('5.00');
      expect(
        (
          await paypal.send(
            b.fields.get('notify_url')!,
            paypal.ipn(b.fields, {
              receiver_email: 'someone-else@example.test',
              business: 'someone-else@example.test',
              receiver_id: 'OTHER',
            }),
          )
        ).text,
      ).toBe('held');
      expect((await paymentOf(b, b.paymentId)).reason).toContain('another');

      const c = await checkout('5.00');
      const txn = 'PENDING0001';
      expect(
        (
          await paypal.send(
            c.fields.get('notify_url')!,
            paypal.ipn(c.fields, { payment_status: 'Pending', pending_reason: 'echeck', txn_id: txn }),
          )
        ).text,
      ).toBe('ignored');
      expect((await paymentOf(c, c.paymentId)).state).toBe('PENDING');
      expect((await paypal.send(c.fields.get('notify_url')!, paypal.ipn(c.fields, { txn_id: txn }))).text).toBe(
        'credited',
      );
      expect((await paymentOf(c, c.paymentId)).state).toBe('SUCCEEDED');
    });

    it('when PayPal cannot be reached to verify, the panel answers 503 so PayPal sends the IPN again', async () => {
      const c = await checkout('4.00');
      const ipn = paypal.ipn(c.fields);
      paypal.server.fail('500');
      expect((await paypal.send(c.fields.get('notify_url')!, ipn)).status).toBe(503);
      expect((await paymentOf(c, c.paymentId)).state).toBe('PENDING');
      expect((await paypal.send(c.fields.get('notify_url')!, ipn)).text).toBe('credited');
    });

    it('a customer who cancels on PayPal’s page cancels the payment; PayPal’s later IPN still credits it', async () => {
      const c = await checkout('7.00');
      const cancelled = (
        await c.client.ok(`mutation($id: ID!) { cancelRedirectPayment(id: $id) { state reason } }`, { id: c.paymentId })
      ).cancelRedirectPayment;
      expect(cancelled).toEqual({ state: 'CANCELLED', reason: 'Cancelled at the gateway’s page' });
      expect((await paypal.send(c.fields.get('notify_url')!, paypal.ipn(c.fields))).text).toBe('credited');
      expect((await paymentOf(c, c.paymentId)).state).toBe('SUCCEEDED');
      const other = await customerOwing(api, master, '1.00');
      expect(
        (
          await other.client.fails(`mutation($id: ID!) { cancelRedirectPayment(id: $id) { state } }`, {
            id: c.paymentId,
          })
        ).extensions?.code,
      ).toBe('NOT_FOUND');
    });

    it('notifications for an unknown gateway, or not POSTed, are refused', async () => {
      const base = `http://127.0.0.1:${api.port}/payments/notify`;
      expect((await fetch(`${base}/999999`, { method: 'POST', body: 'txn_id=1' })).status).toBe(404);
      expect((await fetch(`${base}/${gatewayId}`)).status).toBe(405);
      expect((await fetch(`${base}/abc`, { method: 'POST', body: '' })).status).toBe(404);
    });
  },
  GATEWAY_ENV,
);
