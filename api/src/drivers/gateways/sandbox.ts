import crypto from 'node:crypto';
import { checkSignedBody, signBody } from '../../http/signed-body';
import { luhnOk, cardSummary } from './cards';
import type {
  CardGateway,
  ChargeRequest,
  GatewayOutcome,
  RedirectGateway,
  RedirectRequest,
  RefundRequest,
  VerifiedNotification,
} from './types';

/*
 * The built-in sandbox gateway: test mode only, no money moves. It lets a fresh install take a
 * payment end to end. Cards: only the published test numbers below are accepted, each with a
 * fixed outcome. Redirect: a checkout page served by the panel itself (/sandbox-gateway/checkout)
 * whose "Pay" sends a notification signed like the panel's own webhooks (http/signed-body.ts).
 */

export const SANDBOX_CARDS: Record<
  string,
  { outcome: 'approve' } | { outcome: 'decline'; code: string; reason: string }
> = {
  '4242424242424242': { outcome: 'approve' },
  '5555555555554444': { outcome: 'approve' },
  '4000000000000002': { outcome: 'decline', code: 'card_declined', reason: 'Your card was declined.' },
  '4000000000009995': { outcome: 'decline', code: 'insufficient_funds', reason: 'Your card has insufficient funds.' },
  '4000000000000069': { outcome: 'decline', code: 'expired_card', reason: 'Your card has expired.' },
};

export const SANDBOX_CHECKOUT_PATH = '/sandbox-gateway/checkout';
export const SIGNATURE_HEADER = 'x-sandbox-signature';
const TOLERANCE_S = 300;

const digest = (secret: string, text: string) => crypto.createHmac('sha256', secret).update(text).digest('hex');
const short = (text: string) => crypto.createHash('sha256').update(text).digest('hex').slice(0, 20);

/** The fields of a sandbox checkout, and their signature: the page can only complete what the panel started. */
export function checkoutFields(secret: string, gatewayId: number, req: RedirectRequest): URLSearchParams {
  const q = new URLSearchParams({
    gateway: String(gatewayId),
    payment: String(req.paymentId),
    amount_minor: req.amountMinor.toString(),
    currency: req.currency,
    description: req.description,
    return: req.returnUrl,
    cancel: req.cancelUrl,
  });
  q.set('sig', digest(secret, q.toString()));
  return q;
}

/** The checkout's fields when their signature holds (`sig` last, over everything before it). */
export function readCheckout(secret: string, q: URLSearchParams): Record<string, string> | null {
  const sig = q.get('sig') ?? '';
  const rest = new URLSearchParams([...q].filter(([k]) => k !== 'sig' && k !== 'action'));
  const want = digest(secret, rest.toString());
  if (sig.length !== want.length || !crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(want))) return null;
  return Object.fromEntries(rest);
}

/** A notification body and its signature header, as the sandbox sends them. */
export function signNotification(
  secret: string,
  event: Record<string, unknown>,
  now = Date.now(),
): { body: string; signature: string } {
  const body = JSON.stringify(event);
  return { body, signature: signBody(secret, body, now) };
}

export class SandboxGateway implements CardGateway, RedirectGateway {
  constructor(
    private readonly gatewayId: number,
    private readonly secret: string,
  ) {}

  async tokenize(card: Parameters<CardGateway['tokenize']>[0]) {
    const known = SANDBOX_CARDS[card.number];
    if (!known || !luhnOk(card.number)) {
      return {
        outcome: 'error' as const,
        message: 'The sandbox takes only its test card numbers, such as 4242 4242 4242 4242',
      };
    }
    // The test cards' last four digits are distinct, so they name the card in the token.
    return {
      ok: true as const,
      card: { token: `sbx_${card.number.slice(-4)}_${crypto.randomBytes(8).toString('hex')}`, ...cardSummary(card) },
    };
  }

  async charge(req: ChargeRequest): Promise<GatewayOutcome> {
    const last4 = /^sbx_(\d{4})_/.exec(req.token)?.[1];
    const card = last4 ? Object.entries(SANDBOX_CARDS).find(([n]) => n.endsWith(last4))?.[1] : undefined;
    if (!card) return { outcome: 'error', message: 'not a sandbox card token' };
    if (card.outcome === 'decline') return { outcome: 'declined', reason: card.reason, code: card.code };
    return { outcome: 'approved', transactionId: `sbx_ch_${short(req.idempotencyKey)}` };
  }

  async refund(req: RefundRequest): Promise<GatewayOutcome> {
    return { outcome: 'approved', transactionId: `sbx_re_${short(req.idempotencyKey)}` };
  }

  redirectUrl(req: RedirectRequest): string {
    return `${SANDBOX_CHECKOUT_PATH}?${checkoutFields(this.secret, this.gatewayId, req)}`;
  }

  async verifyNotification(body: string, headers: Record<string, string | undefined>): Promise<VerifiedNotification> {
    const problem = checkSignedBody(this.secret, body, headers[SIGNATURE_HEADER] ?? '', TOLERANCE_S);
    if (problem === 'unsigned') return { ok: false, reason: 'the notification is not signed', retryable: false };
    if (problem === 'too old')
      return { ok: false, reason: 'the notification’s signature is too old', retryable: false };
    if (problem === 'mismatch')
      return { ok: false, reason: 'the notification’s signature does not match', retryable: false };
    let e: {
      id?: string;
      type?: string;
      payment?: number;
      amount_minor?: string;
      currency?: string;
      transaction?: string;
    };
    try {
      e = JSON.parse(body);
    } catch {
      return { ok: false, reason: 'the notification is not JSON', retryable: false };
    }
    if (!e.id || !e.transaction) return { ok: false, reason: 'the notification has no event ID', retryable: false };
    return {
      ok: true,
      eventId: e.id,
      paymentId: typeof e.payment === 'number' ? e.payment : null,
      completed: e.type === 'checkout.completed',
      status: e.type ?? '',
      amountMinor: /^\d{1,15}$/.test(e.amount_minor ?? '') ? BigInt(e.amount_minor!) : null,
      currency: e.currency ?? '',
      transactionId: e.transaction,
    };
  }
}
