import type { Config } from '../../config';
import { AUTHORIZE_NET_URLS, AuthorizeNetGateway } from '../../drivers/gateways/authorize-net';
import { PAYPAL_URLS, PayPalStandardGateway } from '../../drivers/gateways/paypal';
import { SandboxGateway } from '../../drivers/gateways/sandbox';
import { STRIPE_URL, StripeGateway } from '../../drivers/gateways/stripe';
import type { CardGateway, RedirectGateway } from '../../drivers/gateways/types';
import type { SecretBox } from '../../secrets';
import { GatewayKind } from './enums';
import type { PaymentGateway } from './gateway.entity';
import { paymentSettings } from './settings';

/** The secret fields each kind needs; every one is required. */
export const SECRET_FIELDS: Record<GatewayKind, readonly string[]> = {
  [GatewayKind.SANDBOX]: ['webhookSecret'],
  [GatewayKind.AUTHORIZE_NET]: ['apiLoginId', 'transactionKey'],
  [GatewayKind.STRIPE]: ['secretKey'],
  [GatewayKind.PAYPAL_STANDARD]: [],
};

/** The gateway's secrets, opened (only ever in memory, for one request to it). */
export function openCredentials(
  secrets: SecretBox,
  gateway: Pick<PaymentGateway, 'credentials'>,
): Record<string, string> {
  return gateway.credentials ? (JSON.parse(secrets.open(gateway.credentials)) as Record<string, string>) : {};
}

/** Builds the adapter that speaks the gateway's protocol, at its base URL (or the provider's own). */
export function adapterFor(
  config: Config,
  secrets: SecretBox,
  gateway: Pick<PaymentGateway, 'id' | 'kind' | 'credentials' | 'baseUrl' | 'testMode' | 'merchantAccount'>,
): { card?: CardGateway; redirect?: RedirectGateway } {
  const creds = openCredentials(secrets, gateway);
  const http = { timeoutMs: paymentSettings.of(config).timeoutMs };
  const base = gateway.baseUrl?.replace(/\/+$/, '');
  switch (gateway.kind) {
    case GatewayKind.SANDBOX: {
      const sandbox = new SandboxGateway(gateway.id, creds.webhookSecret ?? '');
      return { card: sandbox, redirect: sandbox };
    }
    case GatewayKind.AUTHORIZE_NET:
      return {
        card: new AuthorizeNetGateway(
          base ?? AUTHORIZE_NET_URLS[gateway.testMode ? 'test' : 'live'],
          { apiLoginId: creds.apiLoginId ?? '', transactionKey: creds.transactionKey ?? '' },
          http,
        ),
      };
    case GatewayKind.STRIPE:
      return { card: new StripeGateway(base ?? STRIPE_URL, creds.secretKey ?? '', http) };
    case GatewayKind.PAYPAL_STANDARD: {
      const urls = base ? { checkout: base, verify: base } : PAYPAL_URLS[gateway.testMode ? 'test' : 'live'];
      return { redirect: new PayPalStandardGateway(urls, gateway.merchantAccount ?? '', http) };
    }
  }
}
