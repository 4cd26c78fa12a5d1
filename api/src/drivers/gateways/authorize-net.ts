import { formatAmount } from '../../money';
import { cardSummary } from './cards';
import { parseJson, post, type GatewayHttp } from './http';
import type { CardGateway, ChargeRequest, GatewayOutcome, RefundRequest } from './types';

/*
 * Authorize.Net's JSON API (https://developer.authorize.net/api/reference/): one endpoint, a
 * request object named for the call, merchantAuthentication first (the API reads the JSON in the
 * XML schema's element order). It has no idempotency header. A retry is made safe instead by an
 * order invoice number unique to our payment plus an explicit duplicateWindow: the gateway then
 * answers a repeat with error 11 and the original transaction's ID, whose outcome we look up.
 */

export const AUTHORIZE_NET_URLS = { live: 'https://api.authorize.net', test: 'https://apitest.authorize.net' };
const PATH = '/xml/v1/request.api';
const DUPLICATE_WINDOW_SECONDS = '28800'; // the longest the gateway allows: eight hours of safe retries

interface Messages {
  resultCode?: string;
  message?: { code?: string; text?: string }[];
}
interface TransactionResponse {
  responseCode?: string;
  transId?: string;
  messages?: { code?: string; description?: string }[];
  errors?: { errorCode?: string; errorText?: string }[];
}
interface Answer {
  messages?: Messages;
  transactionResponse?: TransactionResponse;
  [key: string]: unknown;
}

export interface AuthorizeNetCredentials {
  apiLoginId: string;
  transactionKey: string;
}

export class AuthorizeNetGateway implements CardGateway {
  constructor(
    private readonly baseUrl: string,
    private readonly creds: AuthorizeNetCredentials,
    private readonly http: GatewayHttp,
  ) {}

  private auth() {
    return { name: this.creds.apiLoginId, transactionKey: this.creds.transactionKey };
  }

  private async call(
    request: string,
    body: Record<string, unknown>,
  ): Promise<{ ok: true; answer: Answer } | Extract<GatewayOutcome, { outcome: 'unknown' | 'error' }>> {
    const res = await post(
      `${this.baseUrl}${PATH}`,
      JSON.stringify({ [request]: { merchantAuthentication: this.auth(), ...body } }),
      { 'content-type': 'application/json' },
      this.http,
    );
    if (res.kind === 'none') return { outcome: 'unknown', message: res.message };
    if (res.status >= 500) return { outcome: 'unknown', message: `Authorize.Net answered HTTP ${res.status}` };
    const answer = parseJson(res.body) as Answer | undefined;
    if (res.status !== 200 || !answer || typeof answer !== 'object') {
      return res.status === 200
        ? { outcome: 'unknown', message: 'Authorize.Net sent an answer that is not JSON' }
        : { outcome: 'error', message: `Authorize.Net answered HTTP ${res.status}` };
    }
    return { ok: true, answer };
  }

  async tokenize(card: Parameters<CardGateway['tokenize']>[0], customer: Parameters<CardGateway['tokenize']>[1]) {
    const r = await this.call('createCustomerProfileRequest', {
      profile: {
        merchantCustomerId: customer.reference.slice(0, 20),
        ...(customer.email ? { email: customer.email } : {}),
        paymentProfiles: {
          customerType: 'individual',
          billTo: { firstName: card.holderName.slice(0, 50) },
          payment: {
            creditCard: {
              cardNumber: card.number,
              expirationDate: `${card.expYear}-${String(card.expMonth).padStart(2, '0')}`,
              cardCode: card.cvc,
            },
          },
        },
      },
      validationMode: 'liveMode',
    });
    if (!('ok' in r)) return r;
    const a = r.answer as Answer & { customerProfileId?: string; customerPaymentProfileIdList?: string[] };
    const paymentProfileId = a.customerPaymentProfileIdList?.[0];
    if (a.messages?.resultCode === 'Ok' && a.customerProfileId && paymentProfileId) {
      return { ok: true as const, card: { token: `${a.customerProfileId}/${paymentProfileId}`, ...cardSummary(card) } };
    }
    const m = a.messages?.message?.[0];
    // E00027: the validation charge was declined; its text is the bank's reason.
    if (m?.code === 'E00027')
      return { outcome: 'declined' as const, reason: m.text ?? 'The card was declined', code: m.code };
    return {
      outcome: 'error' as const,
      message: `Authorize.Net: ${m?.code ?? '?'} ${m?.text ?? 'refused the card profile'}`,
    };
  }

  charge(req: ChargeRequest): Promise<GatewayOutcome> {
    const [customerProfileId, paymentProfileId] = req.token.split('/');
    return this.transaction(req.idempotencyKey, {
      transactionType: 'authCaptureTransaction',
      amount: formatAmount(req.amountMinor, req.currency),
      currencyCode: req.currency,
      profile: { customerProfileId, paymentProfile: { paymentProfileId } },
      order: {
        invoiceNumber: orderNumber(req.invoiceNumber, req.idempotencyKey),
        description: req.description.slice(0, 255),
      },
    });
  }

  refund(req: RefundRequest): Promise<GatewayOutcome> {
    return this.transaction(req.idempotencyKey, {
      transactionType: 'refundTransaction',
      amount: formatAmount(req.amountMinor, req.currency),
      currencyCode: req.currency,
      payment: { creditCard: { cardNumber: req.last4, expirationDate: 'XXXX' } },
      refTransId: req.transactionId,
      order: { invoiceNumber: orderNumber('R', req.idempotencyKey) },
    });
  }

  private async transaction(key: string, transactionRequest: Record<string, unknown>): Promise<GatewayOutcome> {
    const r = await this.call('createTransactionRequest', {
      refId: key.slice(-20),
      transactionRequest: {
        ...transactionRequest,
        transactionSettings: { setting: [{ settingName: 'duplicateWindow', settingValue: DUPLICATE_WINDOW_SECONDS }] },
      },
    });
    if (!('ok' in r)) return r;
    const t = r.answer.transactionResponse;
    const error = t?.errors?.[0];
    if (t?.responseCode === '1' && t.transId) return { outcome: 'approved', transactionId: t.transId };
    if (t?.responseCode === '2')
      return {
        outcome: 'declined',
        reason: error?.errorText ?? 'This transaction has been declined.',
        code: error?.errorCode ?? '2',
      };
    if (t?.responseCode === '4')
      return { outcome: 'unknown', message: 'Authorize.Net is holding the transaction for review' };
    if (t?.responseCode === '3' && error?.errorCode === '11' && t.transId && t.transId !== '0')
      return this.original(t.transId);
    if (t?.responseCode === '3')
      return { outcome: 'error', message: `Authorize.Net: ${error?.errorCode ?? '?'} ${error?.errorText ?? 'error'}` };
    const m = r.answer.messages?.message?.[0];
    return {
      outcome: 'error',
      message: `Authorize.Net: ${m?.code ?? '?'} ${m?.text ?? 'no transaction in the answer'}`,
    };
  }

  /** A retry was flagged a duplicate: the first attempt reached the gateway; its outcome is ours. */
  private async original(transId: string): Promise<GatewayOutcome> {
    const r = await this.call('getTransactionDetailsRequest', { transId });
    if (!('ok' in r)) return r;
    const t = (
      r.answer as {
        transaction?: {
          responseCode?: number | string;
          transactionStatus?: string;
          responseReasonDescription?: string;
        };
      }
    ).transaction;
    const code = String(t?.responseCode ?? '');
    if (code === '1') return { outcome: 'approved', transactionId: transId };
    if (code === '2')
      return {
        outcome: 'declined',
        reason: t?.responseReasonDescription ?? 'This transaction has been declined.',
        code: '2',
      };
    return {
      outcome: 'unknown',
      message: `Authorize.Net transaction ${transId} is ${t?.transactionStatus ?? 'in an unknown state'}`,
    };
  }
}

/** The order's invoice number (20 characters at most): the invoice's, then our payment's key, so it is unique per payment. */
function orderNumber(invoice: string, key: string): string {
  const tail = key.replace(/[^A-Za-z0-9]/g, '').slice(-10);
  return `${invoice.slice(0, 20 - tail.length - 1)}-${tail}`;
}
