import { FakeServer, type Received, type Reply } from './fake-server';

/*
 * Authorize.Net's JSON API as documented (https://developer.authorize.net/api/reference/): one
 * endpoint, /xml/v1/request.api; the request object's name says the call; merchantAuthentication
 * comes first; answers start with a UTF-8 byte-order mark. A transaction repeating one within its
 * duplicateWindow (same amount, invoice number and payment profile) is answered with error 11 and
 * the original's transId.
 */

export const AUTHNET = { apiLoginId: '5KP3u95bQpv', transactionKey: '346HZ32z3fP4hTG2' };
export const AUTHNET_CARDS = { visa: '4111111111111111', declined: '4000300011112220' };

const ok = { resultCode: 'Ok', message: [{ code: 'I00001', text: 'Successful.' }] };
const reply = (body: unknown): Reply => ({ status: 200, body: `\uFEFF${JSON.stringify(body)}` });
const error = (code: string, text: string) => reply({ messages: { resultCode: 'Error', message: [{ code, text }] } });

interface Txn {
  transId: string;
  type: string;
  amount: string;
  invoiceNumber: string;
  profile: string;
  responseCode: string;
  refTransId?: string;
  at: number;
}

export class FakeAuthorizeNet {
  readonly server: FakeServer;
  readonly transactions: Txn[] = [];
  /** The bodies of every request, parsed (their key order is the wire order). */
  readonly requests: Record<string, any>[] = [];
  private readonly profiles = new Map<string, { number: string; expirationDate: string; paymentProfileId: string }>();
  private seq = 2149186775;

  constructor(slowMs?: number) {
    this.server = new FakeServer((r) => this.handle(r), slowMs);
  }

  /** Approved charges, less what a repeat within the window did not charge again. */
  get charges(): Txn[] {
    return this.transactions.filter((t) => t.type === 'authCaptureTransaction' && t.responseCode === '1');
  }

  private handle(r: Received): Reply {
    if (r.path !== '/xml/v1/request.api' || r.method !== 'POST') return { status: 404, body: 'Not Found' };
    let body: Record<string, any>;
    try {
      body = JSON.parse(r.body);
    } catch {
      return error('E00003', 'An error occurred while parsing the request.');
    }
    this.requests.push(body);
    const [call] = Object.keys(body);
    const req = body[call!];
    if (Object.keys(req ?? {})[0] !== 'merchantAuthentication')
      return error('E00003', 'The element order is invalid: merchantAuthentication must come first.');
    const auth = req.merchantAuthentication;
    if (auth.name !== AUTHNET.apiLoginId || auth.transactionKey !== AUTHNET.transactionKey)
      return error('E00007', 'User authentication failed due to invalid authentication values.');
    if (call === 'createCustomerProfileRequest') return this.createProfile(req);
    if (call === 'createTransactionRequest') return this.transaction(req);
    if (call === 'getTransactionDetailsRequest') {
      const t = this.transactions.find((x) => x.transId === req.transId);
      if (!t) return error('E00040', 'The record cannot be found.');
      return reply({
        transaction: {
          transId: t.transId,
          transactionType: t.type,
          transactionStatus: t.responseCode === '1' ? 'capturedPendingSettlement' : 'declined',
          responseCode: Number(t.responseCode),
          authAmount: t.amount,
        },
        messages: ok,
      });
    }
    return error('E00045', `The root node does not reference a valid XML namespace: ${call}`);
  }

  private createProfile(req: any): Reply {
    const pp = req.profile?.paymentProfiles;
    const card = pp?.payment?.creditCard;
    if (!card?.cardNumber || !/^\d{4}-\d{2}$/.test(card.expirationDate ?? ''))
      return error('E00013', 'Field format error.');
    if (card.cardNumber === AUTHNET_CARDS.declined) return error('E00027', 'This transaction has been declined.');
    const customerProfileId = String(500000 + this.profiles.size);
    const paymentProfileId = String(800000 + this.profiles.size);
    this.profiles.set(customerProfileId, {
      number: card.cardNumber,
      expirationDate: card.expirationDate,
      paymentProfileId,
    });
    return reply({
      customerProfileId,
      customerPaymentProfileIdList: [paymentProfileId],
      customerShippingAddressIdList: [],
      validationDirectResponseList: [
        '1,1,1,This transaction has been approved.,000000,Y,0,none,Test transaction for ValidateCustomerPaymentProfile.,0.00,CC,auth_only',
      ],
      messages: ok,
    });
  }

  private transaction(req: any): Reply {
    const t = req.transactionRequest ?? {};
    const window = (t.transactionSettings?.setting ?? []).find(
      (s: any) => s.settingName === 'duplicateWindow',
    )?.settingValue;
    const order = t.order?.invoiceNumber ?? '';
    if (!/^\d+\.\d{2}$/.test(t.amount ?? '')) return error('E00027', 'A valid amount is required.');
    if (order.length > 20) return error('E00013', 'invoiceNumber: the length must be at most 20.');
    const profile = t.profile
      ? `${t.profile.customerProfileId}/${t.profile.paymentProfile?.paymentProfileId}`
      : `ref:${t.refTransId}`;
    const now = Date.now();
    const dup =
      window &&
      this.transactions.find(
        (x) =>
          x.type === t.transactionType &&
          x.amount === t.amount &&
          x.invoiceNumber === order &&
          x.profile === profile &&
          now - x.at < Number(window) * 1000,
      );
    if (dup) {
      return reply({
        transactionResponse: {
          responseCode: '3',
          authCode: '',
          transId: dup.transId,
          refTransID: '',
          errors: [{ errorCode: '11', errorText: 'A duplicate transaction has been submitted.' }],
        },
        refId: req.refId,
        messages: { resultCode: 'Error', message: [{ code: 'E00027', text: 'The transaction was unsuccessful.' }] },
      });
    }
    const transId = String(this.seq++);
    if (t.transactionType === 'authCaptureTransaction') {
      const p = this.profiles.get(t.profile?.customerProfileId ?? '');
      if (!p || p.paymentProfileId !== t.profile?.paymentProfile?.paymentProfileId)
        return error('E00040', 'Customer Profile ID or Customer Payment Profile ID not found.');
      const declined = p.number === AUTHNET_CARDS.declined || t.amount === '70.02'; // a declined card, or the sandbox's decline amount
      this.transactions.push({
        transId,
        type: t.transactionType,
        amount: t.amount,
        invoiceNumber: order,
        profile,
        responseCode: declined ? '2' : '1',
        at: now,
      });
      if (declined) {
        return reply({
          transactionResponse: {
            responseCode: '2',
            authCode: '000000',
            avsResultCode: 'Y',
            cvvResultCode: 'N',
            transId,
            refTransID: '',
            accountNumber: `XXXX${p.number.slice(-4)}`,
            accountType: 'Visa',
            errors: [{ errorCode: '2', errorText: 'This transaction has been declined.' }],
          },
          refId: req.refId,
          messages: { resultCode: 'Error', message: [{ code: 'E00027', text: 'The transaction was unsuccessful.' }] },
        });
      }
      return reply({
        transactionResponse: {
          responseCode: '1',
          authCode: 'HW617E',
          avsResultCode: 'Y',
          cvvResultCode: 'P',
          cavvResultCode: '2',
          transId,
          refTransID: '',
          transHash: '',
          testRequest: '0',
          accountNumber: `XXXX${p.number.slice(-4)}`,
          accountType: 'Visa',
          messages: [{ code: '1', description: 'This transaction has been approved.' }],
        },
        refId: req.refId,
        messages: ok,
      });
    }
    if (t.transactionType === 'refundTransaction') {
      const original = this.transactions.find((x) => x.transId === t.refTransId && x.responseCode === '1');
      const last4 = t.payment?.creditCard?.cardNumber;
      const p = original && this.profiles.get(original.profile.split('/')[0]!);
      if (!original || !p || p.number.slice(-4) !== last4) {
        return reply({
          transactionResponse: {
            responseCode: '3',
            transId: '0',
            errors: [
              {
                errorCode: '54',
                errorText: 'The referenced transaction does not meet the criteria for issuing a credit.',
              },
            ],
          },
          messages: { resultCode: 'Error', message: [{ code: 'E00027', text: 'The transaction was unsuccessful.' }] },
        });
      }
      this.transactions.push({
        transId,
        type: t.transactionType,
        amount: t.amount,
        invoiceNumber: order,
        profile,
        responseCode: '1',
        refTransId: t.refTransId,
        at: now,
      });
      return reply({
        transactionResponse: {
          responseCode: '1',
          authCode: '',
          transId,
          refTransID: t.refTransId,
          accountNumber: `XXXX${last4}`,
          messages: [{ code: '1', description: 'This transaction has been approved.' }],
        },
        refId: req.refId,
        messages: ok,
      });
    }
    return error('E00003', `Unknown transactionType ${t.transactionType}`);
  }
}
