import crypto from 'node:crypto';
import { FakeServer, type Received, type Reply } from './fake-server';

/*
 * PayPal Payments Standard as documented: the buyer's browser GETs /cgi-bin/webscr with the Buy Now
 * fields; after payment PayPal POSTs an IPN (form-encoded) to notify_url; the listener POSTs it
 * back prefixed with cmd=_notify-validate and PayPal answers VERIFIED (it sent exactly that) or INVALID.
 */

export const PAYPAL_BUSINESS = 'sales@sunrise-hosting.example';

export class FakePayPal {
  readonly server: FakeServer;
  /** IPN bodies this "PayPal" sent: the only ones it verifies. */
  private readonly issued = new Set<string>();

  constructor() {
    this.server = new FakeServer((r) => this.handle(r));
  }

  private handle(r: Received): Reply {
    if (r.path !== '/cgi-bin/webscr') return { status: 404, body: 'Not Found' };
    if (r.method === 'GET')
      return {
        status: 200,
        body: '<html><body>PayPal checkout</body></html>',
        headers: { 'content-type': 'text/html' },
      };
    if (!r.body.startsWith('cmd=_notify-validate&')) return { status: 400, body: 'bad request' };
    const original = r.body.slice('cmd=_notify-validate&'.length);
    return {
      status: 200,
      body: this.issued.has(original) ? 'VERIFIED' : 'INVALID',
      headers: { 'content-type': 'text/plain' },
    };
  }

  /** The Buy Now fields of the last checkout the panel sent a buyer to. */
  checkout(url: string): URLSearchParams {
    return new URL(url).searchParams;
  }

  /** The IPN PayPal sends when the buyer paid the checkout `fields` (with `over` changed, as a real but different payment). */
  ipn(fields: URLSearchParams, over: Record<string, string> = {}): string {
    const ipn = new URLSearchParams({
      mc_gross: fields.get('amount') ?? '',
      protection_eligibility: 'Eligible',
      payer_id: 'LPLWNMTBWMFAY',
      payment_date: '20:12:59 Jan 13, 2026 PST',
      payment_status: 'Completed',
      charset: 'UTF-8',
      first_name: 'John',
      mc_fee: '0.88',
      notify_version: '3.9',
      custom: fields.get('custom') ?? '',
      payer_status: 'verified',
      business: fields.get('business') ?? '',
      quantity: '1',
      verify_sign: crypto.randomBytes(20).toString('hex'),
      payer_email: 'buyer@example.test',
      txn_id: `61E67681CH${crypto.randomBytes(4).toString('hex').toUpperCase()}`,
      payment_type: 'instant',
      last_name: 'Doe',
      receiver_email: fields.get('business') ?? '',
      payment_fee: '',
      receiver_id: 'S8XGHLYDW9T3S',
      txn_type: 'web_accept',
      item_name: fields.get('item_name') ?? '',
      mc_currency: fields.get('currency_code') ?? '',
      item_number: fields.get('item_number') ?? '',
      residence_country: 'US',
      invoice: fields.get('invoice') ?? '',
      ipn_track_id: crypto.randomBytes(6).toString('hex'),
      ...over,
    }).toString();
    this.issued.add(ipn);
    return ipn;
  }

  /** POSTs an IPN to the panel's notify_url, as PayPal does. */
  async send(notifyUrl: string, ipn: string): Promise<{ status: number; text: string }> {
    const res = await fetch(notifyUrl, {
      method: 'POST',
      body: ipn,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    return { status: res.status, text: await res.text() };
  }
}
