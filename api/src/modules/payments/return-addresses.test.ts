import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config';
import { describeApi } from '../../test/api';
import { GqlClient } from '../../test/client';
import { createReseller, setupMaster, type MasterClient } from '../../test/factories';
import { FakePayPal, PAYPAL_BUSINESS } from '../../test/fakes/paypal';
import { createPlan, invoicesOf, signupOn } from '../billing/testing';
import { customerOwing, GATEWAY_ENV, gatewayAt, PAY, type Customer } from './testing';

const PANEL = 'https://panel.example.test';
const FORGED = { host: 'evil.example', 'x-forwarded-host': 'evil.example' };

/** The same signed-in customer, sending a Host (and X-Forwarded-Host) of an attacker's choosing. */
function forged(client: GqlClient, host: string, headers: Record<string, string> = {}): GqlClient {
  const copy = new GqlClient(client.port, host, headers);
  copy.sessionCookie = client.sessionCookie;
  return copy;
}

/* A gateway sends the customer back, and posts its notifications, to addresses the panel gave it.
 * They are built from configuration (the company's panel host, else PUBLIC_URL), never from the
 * request's Host, which the caller writes: a forged one sent customers to any site. */
describeApi(
  'return addresses sent to gateways come from configuration, not from the Host header',
  (api) => {
    const paypal = new FakePayPal();
    let master: MasterClient;
    let sandboxId: string;
    let paypalId: string;

    beforeAll(async () => {
      await paypal.server.start();
      master = await setupMaster(api);
      sandboxId = (await master.ok(PAY.gateways)).paymentGateways[0].id;
      paypalId = await gatewayAt(master, 'PAYPAL_STANDARD', paypal.server.url, { merchantAccount: PAYPAL_BUSINESS });
    });
    afterAll(() => paypal.server.stop());

    const redirect = async (c: Customer, client: GqlClient, gatewayId: string) =>
      (await client.ok(PAY.redirect, { inv: c.invoiceId, g: gatewayId })).startRedirectPayment as {
        url: string;
        payment: { id: string };
      };

    it('PayPal gets return, cancel_return and notify_url on PUBLIC_URL, whatever Host and X-Forwarded-Host say', async () => {
      const c = await customerOwing(api, master, '7.00');
      const r = await redirect(
        c,
        forged(c.client, FORGED.host, { 'x-forwarded-host': FORGED['x-forwarded-host'] }),
        paypalId,
      );
      const f = paypal.checkout(r.url);
      expect({
        return: f.get('return'),
        cancel_return: f.get('cancel_return'),
        notify_url: f.get('notify_url'),
      }).toEqual({
        return: `${PANEL}/invoices/${c.invoiceId}?payment=${r.payment.id}`,
        cancel_return: `${PANEL}/invoices/${c.invoiceId}?payment=${r.payment.id}&cancelled=1`,
        notify_url: `${PANEL}/payments/notify/${paypalId}`,
      });
    });

    it("the sandbox checkout's address and its cancel redirect are on PUBLIC_URL, whatever Host and X-Forwarded-Host say", async () => {
      const c = await customerOwing(api, master, '8.00');
      const r = await redirect(
        c,
        forged(c.client, 'evil.example:8443', { 'x-forwarded-host': 'evil.example' }),
        sandboxId,
      );
      const checkout = new URL(r.url);
      expect(checkout.origin).toBe(PANEL);
      // The customer presses Cancel on the checkout page (reached on this server, with a forged Host too).
      const form = new URLSearchParams(checkout.searchParams);
      form.set('action', 'cancel');
      const cancelled = await forged(c.client, FORGED.host, { 'x-forwarded-host': FORGED['x-forwarded-host'] }).request(
        'POST',
        checkout.pathname,
        form.toString(),
        { 'content-type': 'application/x-www-form-urlencoded' },
      );
      expect(cancelled.status).toBe(303);
      expect(cancelled.headers.location).toBe(`${PANEL}/invoices/${c.invoiceId}?payment=${r.payment.id}&cancelled=1`);
    });

    it("a company with its own panel host gets that host (with PUBLIC_URL's scheme), not the port or name the request carried", async () => {
      const admin = await createReseller(master, api);
      const gateway = await admin.ok(PAY.create, { i: { kind: 'SANDBOX', name: 'Test', currencies: ['USD'] } });
      const s = await signupOn(api, admin.cpHost, await createPlan(admin, { recurringFee: '9.00' }), 1);
      const [invoice] = await invoicesOf(s.client, s.accountId);
      const r = await redirect(
        { client: s.client, accountId: s.accountId, invoiceId: invoice.id },
        forged(s.client, `${admin.cpHost}:6666`),
        gateway.createPaymentGateway.id,
      );
      const checkout = new URL(r.url);
      expect(checkout.origin).toBe(`https://${admin.cpHost}`);
      expect(checkout.searchParams.get('cancel')).toBe(
        `https://${admin.cpHost}/invoices/${invoice.id}?payment=${r.payment.id}&cancelled=1`,
      );
    });
  },
  { ...GATEWAY_ENV, PUBLIC_URL: `${PANEL}/`, TRUST_PROXY: 'true' },
);

describe('PUBLIC_URL', () => {
  it('is an http(s) origin; a path, query or other scheme is refused; the default is this host and port', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://panel.example.com/' }).publicUrl).toBe('https://panel.example.com');
    expect(loadConfig({ PUBLIC_URL: 'http://panel.example.com:8080' }).publicUrl).toBe('http://panel.example.com:8080');
    for (const bad of [
      'panel.example.com',
      'ftp://panel.example.com',
      'https://panel.example.com/panel',
      'https://panel.example.com/?a=1',
      'https://u:p@panel.example.com',
      'javascript:alert(1)',
    ]) {
      expect(() => loadConfig({ PUBLIC_URL: bad }), bad).toThrow(ConfigError);
    }
    expect(loadConfig({}).publicUrl).toBe('http://localhost:4000');
    expect(loadConfig({ HOST: '127.0.0.1', PORT: '8080' }).publicUrl).toBe('http://127.0.0.1:8080');
  });
});
