import { formatAmount, isCurrency, parseAmount } from '../../money';
import { post, type GatewayHttp } from './http';
import type { RedirectGateway, RedirectRequest, VerifiedNotification } from './types';

/*
 * PayPal Payments Standard (https://developer.paypal.com/api/nvp-soap/paypal-payments-standard/):
 * the customer is sent to /cgi-bin/webscr with a "Buy Now" (_xclick) form's fields; PayPal then
 * POSTs an Instant Payment Notification (IPN) to our notify_url. An IPN proves nothing by itself:
 * we POST it back verbatim, prefixed with cmd=_notify-validate, and PayPal answers VERIFIED or INVALID.
 */

export const PAYPAL_URLS = {
  live: { checkout: 'https://www.paypal.com', verify: 'https://ipnpb.paypal.com' },
  test: { checkout: 'https://www.sandbox.paypal.com', verify: 'https://ipnpb.sandbox.paypal.com' },
};
const PATH = '/cgi-bin/webscr';

export class PayPalStandardGateway implements RedirectGateway {
  constructor(
    private readonly urls: { checkout: string; verify: string },
    /** The merchant's PayPal account: its e-mail address or merchant ID. */
    private readonly business: string,
    private readonly http: GatewayHttp,
  ) {}

  redirectUrl(req: RedirectRequest): string {
    const q = new URLSearchParams({
      cmd: '_xclick',
      business: this.business,
      item_name: req.description,
      item_number: req.invoiceNumber,
      invoice: `hs-${req.paymentId}`,
      custom: String(req.paymentId),
      amount: formatAmount(req.amountMinor, req.currency),
      currency_code: req.currency,
      no_shipping: '1',
      charset: 'utf-8',
      return: req.returnUrl,
      cancel_return: req.cancelUrl,
      notify_url: req.notifyUrl,
    });
    return `${this.urls.checkout}${PATH}?${q}`;
  }

  async verifyNotification(body: string): Promise<VerifiedNotification> {
    const res = await post(
      `${this.urls.verify}${PATH}`,
      `cmd=_notify-validate&${body}`,
      { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'Heliosphere-IPN-Verification' },
      this.http,
    );
    if (res.kind === 'none' || res.status >= 500)
      return {
        ok: false,
        reason: `PayPal could not verify the notification now (${res.kind === 'none' ? res.message : `HTTP ${res.status}`})`,
        retryable: true,
      };
    const verdict = res.body.trim();
    if (verdict !== 'VERIFIED')
      return {
        ok: false,
        reason: `PayPal did not verify the notification (${verdict.slice(0, 20) || `HTTP ${res.status}`})`,
        retryable: false,
      };
    const f = new URLSearchParams(body);
    const currency = (f.get('mc_currency') ?? '').toUpperCase();
    const gross = f.get('mc_gross') ?? '';
    const amount = isCurrency(currency) ? parseAmount(gross, currency) : null;
    const custom = f.get('custom') ?? '';
    const receiver = (f.get('receiver_email') ?? f.get('business') ?? '').toLowerCase();
    const receiverId = f.get('receiver_id') ?? '';
    const status = f.get('payment_status') ?? '';
    const txn = f.get('txn_id') ?? '';
    if (!txn) return { ok: false, reason: 'the notification has no txn_id', retryable: false };
    return {
      ok: true,
      eventId: `${txn}:${status}`,
      paymentId: /^\d{1,12}$/.test(custom) ? Number(custom) : null,
      completed: status === 'Completed',
      status,
      amountMinor: amount?.ok ? amount.minor : null,
      currency,
      transactionId: txn,
      wrongReceiver: receiver !== this.business.toLowerCase() && receiverId !== this.business,
    };
  }
}
