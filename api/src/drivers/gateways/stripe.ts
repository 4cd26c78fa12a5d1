import { parseJson, post, type GatewayHttp, type HttpAnswer } from './http';
import type { CardGateway, ChargeRequest, GatewayOutcome, RefundRequest } from './types';

/*
 * Stripe's API (https://docs.stripe.com/api): form-encoded POSTs with a secret key as Bearer
 * token. A card becomes a PaymentMethod attached to a Customer; a charge is a PaymentIntent
 * confirmed off-session; every POST carries an Idempotency-Key, so a retry gets the first answer.
 */

export const STRIPE_URL = 'https://api.stripe.com';

interface StripeError {
  error?: { type?: string; code?: string; decline_code?: string; message?: string };
}

/** Stripe's form encoding: nested keys in brackets (card[number]=…). */
export function formEncode(
  fields: Record<string, string | number | boolean | Record<string, string | number>>,
): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) {
    if (typeof v === 'object') for (const [sub, sv] of Object.entries(v)) p.append(`${k}[${sub}]`, String(sv));
    else p.append(k, String(v));
  }
  return p.toString();
}

export class StripeGateway implements CardGateway {
  constructor(
    private readonly baseUrl: string,
    private readonly secretKey: string,
    private readonly http: GatewayHttp,
  ) {}

  private send(path: string, fields: Parameters<typeof formEncode>[0], idempotencyKey?: string): Promise<HttpAnswer> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.secretKey}`,
      'content-type': 'application/x-www-form-urlencoded',
    };
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    return post(`${this.baseUrl}${path}`, formEncode(fields), headers, this.http);
  }

  async tokenize(card: Parameters<CardGateway['tokenize']>[0], customer: Parameters<CardGateway['tokenize']>[1]) {
    const pm = await this.send('/v1/payment_methods', {
      type: 'card',
      card: { number: card.number, exp_month: card.expMonth, exp_year: card.expYear, cvc: card.cvc },
      billing_details: { name: card.holderName },
    });
    const made = read<{
      id?: string;
      card?: { brand?: string; last4?: string; exp_month?: number; exp_year?: number };
    }>(pm);
    if (!('ok' in made)) return made;
    const c = made.body.card;
    if (!made.body.id || !c?.last4)
      return { outcome: 'unknown' as const, message: 'Stripe sent a payment method without a card' };
    const cus = await this.send('/v1/customers', {
      payment_method: made.body.id,
      description: customer.reference,
      ...(customer.email ? { email: customer.email } : {}),
    });
    const owner = read<{ id?: string }>(cus);
    if (!('ok' in owner)) return owner;
    if (!owner.body.id) return { outcome: 'unknown' as const, message: 'Stripe sent a customer without an ID' };
    return {
      ok: true as const,
      card: {
        token: `${owner.body.id}/${made.body.id}`,
        brand: brandName(c.brand),
        last4: c.last4,
        expMonth: c.exp_month ?? card.expMonth,
        expYear: c.exp_year ?? card.expYear,
      },
    };
  }

  async charge(req: ChargeRequest): Promise<GatewayOutcome> {
    const [customer, paymentMethod] = req.token.split('/');
    const res = await this.send(
      '/v1/payment_intents',
      {
        amount: req.amountMinor.toString(),
        currency: req.currency.toLowerCase(),
        customer: customer!,
        payment_method: paymentMethod!,
        confirm: 'true',
        off_session: 'true',
        description: req.description,
        metadata: { invoice: req.invoiceNumber },
      },
      req.idempotencyKey,
    );
    const r = read<{ id?: string; status?: string; last_payment_error?: { message?: string; code?: string } }>(res);
    if (!('ok' in r)) return r;
    if (r.body.status === 'succeeded' && r.body.id) return { outcome: 'approved', transactionId: r.body.id };
    if (r.body.status === 'processing')
      return { outcome: 'unknown', message: `Stripe is still processing ${r.body.id}` };
    // requires_action (3-D Secure) cannot be completed off-session: the customer must pay by hand.
    return {
      outcome: 'declined',
      reason: r.body.last_payment_error?.message ?? `The payment needs the card holder (Stripe: ${r.body.status})`,
      code: r.body.last_payment_error?.code ?? String(r.body.status),
    };
  }

  async refund(req: RefundRequest): Promise<GatewayOutcome> {
    const res = await this.send(
      '/v1/refunds',
      { payment_intent: req.transactionId, amount: req.amountMinor.toString() },
      req.idempotencyKey,
    );
    const r = read<{ id?: string; status?: string; failure_reason?: string }>(res);
    if (!('ok' in r)) return r;
    if ((r.body.status === 'succeeded' || r.body.status === 'pending') && r.body.id)
      return { outcome: 'approved', transactionId: r.body.id };
    return {
      outcome: 'declined',
      reason: r.body.failure_reason ?? `Stripe refund ${r.body.status}`,
      code: String(r.body.status),
    };
  }
}

/** Stripe's HTTP statuses: 200 ok, 402 a card error (declined), 409/429/5xx retryable, other 4xx our request's fault. */
function read<T>(res: HttpAnswer): { ok: true; body: T } | Exclude<GatewayOutcome, { outcome: 'approved' }> {
  if (res.kind === 'none') return { outcome: 'unknown', message: res.message };
  const body = parseJson(res.body);
  if (res.status === 200 && body && typeof body === 'object') return { ok: true, body: body as T };
  const e = (body as StripeError | undefined)?.error;
  if (res.status === 402 || e?.type === 'card_error') {
    return {
      outcome: 'declined',
      reason: e?.message ?? 'Your card was declined.',
      code: e?.decline_code ?? e?.code ?? 'card_declined',
    };
  }
  if (res.status >= 500 || res.status === 409 || res.status === 429 || res.status === 200)
    return { outcome: 'unknown', message: `Stripe answered HTTP ${res.status}${e?.message ? `: ${e.message}` : ''}` };
  return { outcome: 'error', message: `Stripe answered HTTP ${res.status}: ${e?.message ?? 'request refused'}` };
}

function brandName(brand: string | undefined): string {
  const names: Record<string, string> = {
    visa: 'Visa',
    mastercard: 'Mastercard',
    amex: 'American Express',
    discover: 'Discover',
    jcb: 'JCB',
    diners: 'Diners Club',
    unionpay: 'UnionPay',
  };
  return names[brand ?? ''] ?? 'Card';
}
