/**
 * The adapters to payment gateways (PAY-1, PAY-2). Each speaks one provider's documented wire
 * protocol; the panel's payment code sees only these types. A card's number and CVC pass through
 * `tokenize` to the gateway and are never returned, logged or stored: the panel keeps the token.
 */

export interface CardDetails {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string;
  holderName: string;
}

/** What the panel may keep of a card. */
export interface CardToken {
  token: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

export interface ChargeRequest {
  amountMinor: bigint;
  currency: string;
  token: string;
  /** Ours, the same on every retry of one payment: the gateway answers a retry with the first outcome. */
  idempotencyKey: string;
  description: string;
  /** The invoice number, for the gateway's order reference. */
  invoiceNumber: string;
}

export interface RefundRequest {
  amountMinor: bigint;
  currency: string;
  /** The gateway's ID of the charge being refunded. */
  transactionId: string;
  idempotencyKey: string;
  /** The card's last four digits (Authorize.Net wants them with a refund). */
  last4: string;
}

/**
 * A gateway's answer. `approved` and `declined` are final. `unknown` means the outcome is not
 * known (timeout, 5xx, a broken answer): the same request may be retried with the same key.
 * `error` is final too and moved no money: the request itself was refused (bad credentials, a
 * malformed request), so retrying would fail the same way.
 */
export type GatewayOutcome =
  | { outcome: 'approved'; transactionId: string }
  | { outcome: 'declined'; reason: string; code: string }
  | { outcome: 'unknown'; message: string }
  | { outcome: 'error'; message: string };

export interface CardGateway {
  tokenize(
    card: CardDetails,
    customer: { reference: string; email: string | null },
  ): Promise<{ ok: true; card: CardToken } | Exclude<GatewayOutcome, { outcome: 'approved' }>>;
  charge(req: ChargeRequest): Promise<GatewayOutcome>;
  refund(req: RefundRequest): Promise<GatewayOutcome>;
}

/** What a redirect gateway needs to send the customer to its payment page. */
export interface RedirectRequest {
  paymentId: number;
  amountMinor: bigint;
  currency: string;
  description: string;
  invoiceNumber: string;
  returnUrl: string;
  cancelUrl: string;
  notifyUrl: string;
}

/** A gateway's notification, checked: who sent it is proven (signature or call-back). */
export type VerifiedNotification =
  | {
      ok: true;
      /** The gateway's event (transaction) ID: the same notification twice credits once. */
      eventId: string;
      /** Our payment, as we handed it to the gateway. */
      paymentId: number | null;
      /** Only a completed payment credits; anything else is recorded and ignored. */
      completed: boolean;
      status: string;
      amountMinor: bigint | null;
      currency: string;
      /** The gateway's transaction ID, kept as the ledger entry's reference. */
      transactionId: string;
      /** When the notification names a receiving account other than ours. */
      wrongReceiver?: boolean;
    }
  /** Forged, altered, stale or unreadable: rejected, nothing recorded against a payment. */
  | { ok: false; reason: string; retryable: boolean };

export interface RedirectGateway {
  redirectUrl(req: RedirectRequest): string;
  verifyNotification(body: string, headers: Record<string, string | undefined>): Promise<VerifiedNotification>;
}
