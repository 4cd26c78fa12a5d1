import { registerEnumType } from 'type-graphql';

/** The gateway protocols the panel speaks (PAY-1, PAY-2). */
export enum GatewayKind {
  /** Built in, test mode only: test cards and a test checkout page; no money moves. */
  SANDBOX = 'SANDBOX',
  AUTHORIZE_NET = 'AUTHORIZE_NET',
  STRIPE = 'STRIPE',
  PAYPAL_STANDARD = 'PAYPAL_STANDARD',
}
registerEnumType(GatewayKind, {
  name: 'GatewayKind',
  description:
    'SANDBOX (built-in, test mode), AUTHORIZE_NET and STRIPE (card processors), PAYPAL_STANDARD (the customer pays on PayPal’s page).',
});

/** How the customer pays through a gateway. */
export enum PaymentMethod {
  /** A card the panel charges itself, through a card processor. */
  CARD = 'CARD',
  /** The customer pays on the gateway's own page; its notification credits the account. */
  REDIRECT = 'REDIRECT',
}
registerEnumType(PaymentMethod, {
  name: 'PaymentMethod',
  description: 'CARD: charged by the panel. REDIRECT: paid on the gateway’s page.',
});

export const METHODS: Record<GatewayKind, PaymentMethod[]> = {
  [GatewayKind.SANDBOX]: [PaymentMethod.CARD, PaymentMethod.REDIRECT],
  [GatewayKind.AUTHORIZE_NET]: [PaymentMethod.CARD],
  [GatewayKind.STRIPE]: [PaymentMethod.CARD],
  [GatewayKind.PAYPAL_STANDARD]: [PaymentMethod.REDIRECT],
};

export enum PaymentKind {
  CHARGE = 'CHARGE',
  REFUND = 'REFUND',
}
registerEnumType(PaymentKind, {
  name: 'PaymentKind',
  description: 'CHARGE: money from the customer. REFUND: money back to the customer’s card.',
});

export enum PaymentState {
  /** Sent, or about to be: the answer is not in yet (it is retried with the same idempotency key). */
  PENDING = 'PENDING',
  /** Confirmed by the gateway; its ledger entry is written. */
  SUCCEEDED = 'SUCCEEDED',
  /** Refused by the card's bank; no money moved. */
  DECLINED = 'DECLINED',
  /** Refused by the gateway (configuration, a bad request); no money moved. */
  FAILED = 'FAILED',
  /** Needs an admin: a notification that does not match, or a gateway that never confirmed. */
  HELD = 'HELD',
  /** The customer left the gateway's page, or an admin rejected a held payment; no money moved. */
  CANCELLED = 'CANCELLED',
}
registerEnumType(PaymentState, {
  name: 'PaymentState',
  description:
    'PENDING (waiting for the gateway), SUCCEEDED (ledger entry written), DECLINED, FAILED, HELD (for an admin’s review), CANCELLED.',
});

export enum PaymentSource {
  /** The customer paid in the panel. */
  CUSTOMER = 'CUSTOMER',
  /** The billing run charged the saved card. */
  AUTO = 'AUTO',
  /** An admin (a refund). */
  ADMIN = 'ADMIN',
}
registerEnumType(PaymentSource, {
  name: 'PaymentSource',
  description: 'Who started it: the CUSTOMER, the billing run (AUTO) or an ADMIN.',
});
