import crypto from 'node:crypto';
import { registerEnumType } from 'type-graphql';

/** What a webhook can be told about: the name each event has in its payload's `type`. */
export enum WebhookEventType {
  ACCOUNT_CREATED = 'account.created',
  ACCOUNT_SUSPENDED = 'account.suspended',
  ACCOUNT_RESUMED = 'account.resumed',
  DOMAIN_ACTIVE = 'domain.active',
  INVOICE_ISSUED = 'invoice.issued',
  INVOICE_PAID = 'invoice.paid',
  PAYMENT_FAILED = 'payment.failed',
  TICKET_REPLIED = 'ticket.replied',
}
registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description:
    'An event a webhook can subscribe to; its payload’s `type` is the dotted name (ACCOUNT_CREATED: "account.created"). ACCOUNT_CREATED, ACCOUNT_SUSPENDED, ACCOUNT_RESUMED: an account’s life. DOMAIN_ACTIVE: a domain’s zone and site are in place. INVOICE_ISSUED, INVOICE_PAID. PAYMENT_FAILED: a card charge was declined or failed. TICKET_REPLIED: the company’s staff answered a support ticket.',
});

/** The `type` of the event "Send test event" sends; no one subscribes to it. */
export const TEST_EVENT = 'webhook.test';

export const EVENT_TYPES: readonly WebhookEventType[] = Object.values(WebhookEventType);

/**
 * The body every delivery sends, the same for every event: a stable envelope whose `data` holds
 * ids and key fields (never a secret). `id` is the event's, the same for every webhook told about
 * it and on every retry, so a receiver can drop a repeat.
 */
export interface WebhookEnvelope {
  id: string;
  type: string;
  createdAt: string;
  data: Record<string, string | number | boolean | null>;
}

export function envelope(type: string, data: WebhookEnvelope['data'], at = new Date(), id?: string): WebhookEnvelope {
  return { id: id ?? `evt_${crypto.randomBytes(12).toString('hex')}`, type, createdAt: at.toISOString(), data };
}
