import type { MailEvent } from '../../graphql/generated/graphql';

/** The e-mails in the order the page lists them. */
export const MAIL_EVENTS: readonly MailEvent[] = [
  'WELCOME',
  'INVOICE_ISSUED',
  'PAYMENT_RECEIPT',
  'INVOICE_REMINDER',
  'ACCOUNT_SUSPENDED',
  'PAYMENT_DECLINED',
  'PASSWORD_CHANGED',
  'PASSWORD_RESET',
  'EMAIL_VERIFICATION',
  'OPERATOR_ALERT',
  'CERTIFICATE_RENEWAL_FAILED',
  'CUSTOM_JOB_ORDERED',
  'CUSTOM_JOB_UPDATED',
  'TICKET_OPENED',
  'TICKET_REPLY',
];

/** A placeholder as a template writes it. */
export const placeholderText = (name: string): string => `{{${name}}}`;

/** `text` with `insert` put in place of the selection [start, end); the caret goes after it. */
export function insertAt(text: string, insert: string, start: number, end: number): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length };
}
