import crypto from 'node:crypto';
import { FakeServer, type Received, type Reply } from './fake-server';

/*
 * Stripe's API as documented (https://docs.stripe.com/api): form-encoded bodies, Bearer secret
 * key, JSON answers; a card error is HTTP 402 with error.type card_error; a request repeated with
 * the same Idempotency-Key gets the first answer again (Idempotent-Replayed: true).
 */

export const STRIPE_KEY = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';
/** Stripe's test cards: approved, and declined with a generic decline. */
export const STRIPE_CARDS = { visa: '4242424242424242', declined: '4000000000000002' };

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => ({
  status,
  body: JSON.stringify(body),
  headers: { 'request-id': `req_${crypto.randomBytes(6).toString('hex')}`, ...headers },
});
const id = (prefix: string) => `${prefix}_${crypto.randomBytes(12).toString('hex')}`;

export class FakeStripe {
  readonly server: FakeServer;
  /** PaymentIntents actually created (what the card was charged). */
  readonly charges: { id: string; amount: number; currency: string; customer: string }[] = [];
  readonly refunds: { id: string; payment_intent: string; amount: number }[] = [];
  private readonly methods = new Map<string, { number: string; exp_month: number; exp_year: number }>();
  private readonly customers = new Map<string, string>();
  private readonly replays = new Map<string, Reply>();

  constructor(slowMs?: number) {
    this.server = new FakeServer((r) => this.handle(r), slowMs);
  }

  private handle(r: Received): Reply {
    if (r.headers.authorization !== `Bearer ${STRIPE_KEY}`) {
      return json(401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided: sk_test_****' } });
    }
    if (r.headers['content-type'] !== 'application/x-www-form-urlencoded')
      return json(400, {
        error: { type: 'invalid_request_error', message: 'Invalid request: form encoding expected' },
      });
    const key = r.headers['idempotency-key'] as string | undefined;
    if (key && this.replays.has(`${r.path}:${key}`)) {
      const first = this.replays.get(`${r.path}:${key}`)!;
      return { ...first, headers: { ...first.headers, 'idempotent-replayed': 'true' } };
    }
    const f = new URLSearchParams(r.body);
    const reply = this.route(r.path, f);
    if (key) this.replays.set(`${r.path}:${key}`, reply);
    return reply;
  }

  private route(path: string, f: URLSearchParams): Reply {
    if (path === '/v1/payment_methods') {
      const number = f.get('card[number]') ?? '';
      const pm = id('pm');
      this.methods.set(pm, {
        number,
        exp_month: Number(f.get('card[exp_month]')),
        exp_year: Number(f.get('card[exp_year]')),
      });
      return json(200, {
        id: pm,
        object: 'payment_method',
        type: 'card',
        billing_details: { name: f.get('billing_details[name]') },
        card: {
          brand: number.startsWith('4') ? 'visa' : 'mastercard',
          last4: number.slice(-4),
          exp_month: Number(f.get('card[exp_month]')),
          exp_year: Number(f.get('card[exp_year]')),
          funding: 'credit',
          country: 'US',
        },
      });
    }
    if (path === '/v1/customers') {
      const pm = f.get('payment_method') ?? '';
      if (!this.methods.has(pm))
        return json(400, {
          error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such PaymentMethod: '${pm}'` },
        });
      const cus = id('cus');
      this.customers.set(cus, pm);
      return json(200, { id: cus, object: 'customer', email: f.get('email'), description: f.get('description') });
    }
    if (path === '/v1/payment_intents') {
      const pm = f.get('payment_method') ?? '';
      const card = this.methods.get(pm);
      if (!card || this.customers.get(f.get('customer') ?? '') !== pm)
        return json(400, {
          error: { type: 'invalid_request_error', code: 'resource_missing', message: 'No such PaymentMethod' },
        });
      const amount = Number(f.get('amount'));
      const pi = id('pi');
      const intent = {
        id: pi,
        object: 'payment_intent',
        amount,
        currency: f.get('currency'),
        customer: f.get('customer'),
        payment_method: pm,
        confirmation_method: 'automatic',
        description: f.get('description'),
      };
      if (card.number === STRIPE_CARDS.declined) {
        return json(402, {
          error: {
            type: 'card_error',
            code: 'card_declined',
            decline_code: 'generic_decline',
            message: 'Your card was declined.',
            payment_intent: {
              ...intent,
              status: 'requires_payment_method',
              last_payment_error: {
                code: 'card_declined',
                decline_code: 'generic_decline',
                message: 'Your card was declined.',
              },
            },
          },
        });
      }
      this.charges.push({ id: pi, amount, currency: f.get('currency') ?? '', customer: f.get('customer') ?? '' });
      return json(200, { ...intent, status: 'succeeded', amount_received: amount, latest_charge: id('ch') });
    }
    if (path === '/v1/refunds') {
      const pi = f.get('payment_intent') ?? '';
      const charge = this.charges.find((c) => c.id === pi);
      if (!charge)
        return json(400, {
          error: {
            type: 'invalid_request_error',
            code: 'resource_missing',
            message: `No such payment_intent: '${pi}'`,
          },
        });
      const amount = Number(f.get('amount') ?? charge.amount);
      const refunded = this.refunds.filter((r) => r.payment_intent === pi).reduce((s, r) => s + r.amount, 0);
      if (refunded + amount > charge.amount)
        return json(400, {
          error: {
            type: 'invalid_request_error',
            code: 'charge_already_refunded',
            message: 'Refund amount is greater than unrefunded amount on charge',
          },
        });
      const re = { id: id('re'), payment_intent: pi, amount };
      this.refunds.push(re);
      return json(200, { ...re, object: 'refund', currency: charge.currency, status: 'succeeded' });
    }
    return json(404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (POST: ${path})` } });
  }
}
