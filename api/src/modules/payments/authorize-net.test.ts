import { expect, it } from 'vitest';
import { describeApi } from '../../test/api';
import { AUTHNET, AUTHNET_CARDS, FakeAuthorizeNet } from '../../test/fakes/authorize-net';
import { cardProcessorScenarios } from './card-scenarios.testing';
import { card, customerOwing, entriesOf, GATEWAY_ENV, PAY } from './testing';

/* PAY-1 through the Authorize.Net adapter, against a fake Authorize.Net speaking its JSON API on loopback. */
describeApi(
  'card payments through Authorize.Net',
  (api) => {
    const authnet = new FakeAuthorizeNet(1000);
    const ctx = cardProcessorScenarios(api, {
      kind: 'AUTHORIZE_NET',
      server: authnet.server,
      credentials: AUTHNET,
      cards: { approved: AUTHNET_CARDS.visa, declined: AUTHNET_CARDS.declined },
      declineReason: 'This transaction has been declined.',
      charged: () => authnet.charges.length,
    });

    it('speaks Authorize.Net: a customer profile, then authCaptureTransaction on it with a duplicate window', async () => {
      const c = await customerOwing(api, ctx.master, '12.50');
      const saved = (
        await c.client.ok(PAY.saveCard, { i: { gatewayId: ctx.gatewayId, card: card(AUTHNET_CARDS.visa) } })
      ).saveCard;
      expect(saved).toMatchObject({ brand: 'Visa', last4: '1111', gatewayId: ctx.gatewayId });
      const profile = authnet.requests.at(-1)!.createCustomerProfileRequest;
      expect(Object.keys(profile)).toEqual(['merchantAuthentication', 'profile', 'validationMode']);
      expect(profile.profile.paymentProfiles.payment.creditCard).toEqual({
        cardNumber: AUTHNET_CARDS.visa,
        expirationDate: `${card('').expYear}-12`,
        cardCode: '123',
      });

      const paid = (await c.client.ok(PAY.pay, { i: { invoiceId: c.invoiceId } })).payInvoice;
      expect(paid).toMatchObject({ state: 'SUCCEEDED', transactionId: authnet.charges.at(-1)!.transId });
      const tx = authnet.requests.at(-1)!.createTransactionRequest;
      expect(Object.keys(tx)).toEqual(['merchantAuthentication', 'refId', 'transactionRequest']);
      expect(tx.merchantAuthentication).toEqual({ name: AUTHNET.apiLoginId, transactionKey: AUTHNET.transactionKey });
      expect(Object.keys(tx.transactionRequest)).toEqual([
        'transactionType',
        'amount',
        'currencyCode',
        'profile',
        'order',
        'transactionSettings',
      ]);
      expect(tx.transactionRequest).toMatchObject({
        transactionType: 'authCaptureTransaction',
        amount: '12.50',
        currencyCode: 'USD',
        transactionSettings: { setting: [{ settingName: 'duplicateWindow', settingValue: '28800' }] },
      });
      expect(tx.transactionRequest.order.invoiceNumber.length).toBeLessThanOrEqual(20);
      expect(tx.refId.length).toBeLessThanOrEqual(20);
    });

    it('a retry after a timeout is flagged a duplicate (error 11); the original transaction is looked up and credited once', async () => {
      const c = await customerOwing(api, ctx.master, '15.00');
      await c.client.ok(PAY.saveCard, { i: { gatewayId: ctx.gatewayId, card: card(AUTHNET_CARDS.visa) } });
      const from = authnet.requests.length;
      authnet.server.fail('slow');
      const paid = (await c.client.ok(PAY.pay, { i: { invoiceId: c.invoiceId } })).payInvoice;
      const calls = authnet.requests.slice(from).map((r) => Object.keys(r)[0]);
      expect(calls).toEqual(['createTransactionRequest', 'createTransactionRequest', 'getTransactionDetailsRequest']);
      const [first] = authnet.requests.slice(from);
      expect(paid).toMatchObject({ state: 'SUCCEEDED', transactionId: authnet.charges.at(-1)!.transId });
      expect(authnet.requests.at(-1)!.getTransactionDetailsRequest.transId).toBe(paid.transactionId);
      expect(authnet.requests[from + 1]!.createTransactionRequest.transactionRequest.order).toEqual(
        first!.createTransactionRequest.transactionRequest.order,
      );
    });

    it('a refund is a refundTransaction referring to the charge, with the card’s last four digits', async () => {
      const c = await customerOwing(api, ctx.master, '8.00');
      const paid = (
        await c.client.ok(PAY.pay, {
          i: { invoiceId: c.invoiceId, gatewayId: ctx.gatewayId, card: card(AUTHNET_CARDS.visa) },
        })
      ).payInvoice;
      await ctx.master.ok(`mutation($i: MoneyActionInput!) { addCredit(input: $i) { id } }`, {
        i: { accountId: c.accountId, amount: '8.00', reason: 'Service outage' },
      });
      const refund = (
        await ctx.master.ok(PAY.refund, { i: { paymentId: paid.id, amount: '8.00', reason: 'Outage refund' } })
      ).refundCardPayment;
      expect(refund.state).toBe('SUCCEEDED');
      expect(authnet.requests.at(-1)!.createTransactionRequest.transactionRequest).toMatchObject({
        transactionType: 'refundTransaction',
        amount: '8.00',
        refTransId: paid.transactionId,
        payment: { creditCard: { cardNumber: '1111', expirationDate: 'XXXX' } },
      });
      expect((await entriesOf(c.client, c.accountId, 'REFUND'))[0]!.amount.amount).toBe('-8.00');
    });

    it('wrong credentials: FAILED with the gateway’s message, no money moves', async () => {
      const c = await customerOwing(api, ctx.master, '5.00');
      await c.client.ok(PAY.saveCard, { i: { gatewayId: ctx.gatewayId, card: card(AUTHNET_CARDS.visa) } });
      await ctx.master.ok(PAY.update, {
        id: ctx.gatewayId,
        i: {
          kind: 'AUTHORIZE_NET',
          name: 'Authorize.Net',
          currencies: ['USD'],
          baseUrl: authnet.server.url,
          transactionKey: 'wrong-key',
        },
      });
      const p = (await c.client.ok(PAY.pay, { i: { invoiceId: c.invoiceId } })).payInvoice;
      expect(p).toMatchObject({
        state: 'FAILED',
        reason: 'Authorize.Net: E00007 User authentication failed due to invalid authentication values.',
      });
      await ctx.master.ok(PAY.update, {
        id: ctx.gatewayId,
        i: {
          kind: 'AUTHORIZE_NET',
          name: 'Authorize.Net',
          currencies: ['USD'],
          baseUrl: authnet.server.url,
          transactionKey: AUTHNET.transactionKey,
        },
      });
      expect((await c.client.ok(PAY.pay, { i: { invoiceId: c.invoiceId } })).payInvoice.state).toBe('SUCCEEDED');
    });
  },
  GATEWAY_ENV,
);
