import { registerEnumType } from 'type-graphql';

/** The e-mails the panel sends, each with its own template per language (LF-2, issue 17). */
export enum MailEvent {
  WELCOME = 'WELCOME',
  INVOICE_ISSUED = 'INVOICE_ISSUED',
  INVOICE_REMINDER = 'INVOICE_REMINDER',
  ACCOUNT_SUSPENDED = 'ACCOUNT_SUSPENDED',
  PAYMENT_RECEIPT = 'PAYMENT_RECEIPT',
  PAYMENT_DECLINED = 'PAYMENT_DECLINED',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  PASSWORD_RESET = 'PASSWORD_RESET',
  EMAIL_VERIFICATION = 'EMAIL_VERIFICATION',
  OPERATOR_ALERT = 'OPERATOR_ALERT',
  CERTIFICATE_RENEWAL_FAILED = 'CERTIFICATE_RENEWAL_FAILED',
  CUSTOM_JOB_ORDERED = 'CUSTOM_JOB_ORDERED',
  CUSTOM_JOB_UPDATED = 'CUSTOM_JOB_UPDATED',
  TICKET_OPENED = 'TICKET_OPENED',
  TICKET_REPLY = 'TICKET_REPLY',
}
registerEnumType(MailEvent, {
  name: 'MailEvent',
  description: 'An e-mail the panel sends; each has a template per language that a company may override.',
  valuesConfig: {
    WELCOME: { description: 'To a new customer after signing up.' },
    INVOICE_ISSUED: { description: 'An invoice was issued to an account.' },
    INVOICE_REMINDER: { description: 'An invoice is overdue (dunning reminder).' },
    ACCOUNT_SUSPENDED: { description: 'An account was suspended for non-payment.' },
    PAYMENT_RECEIPT: { description: 'A payment was received.' },
    PAYMENT_DECLINED: { description: 'The billing run could not charge the saved card.' },
    PASSWORD_CHANGED: { description: 'A user’s password was changed (by them or by an admin).' },
    PASSWORD_RESET: { description: 'A single-use link to set a new password, asked for on the sign-in page.' },
    EMAIL_VERIFICATION: {
      description: 'A link that verifies a user’s e-mail address (after signing up or changing the address).',
    },
    OPERATOR_ALERT: { description: 'To the company’s admins: a setup problem stopped a customer’s request.' },
    CERTIFICATE_RENEWAL_FAILED: {
      description:
        'A certificate from ACME could not be renewed (to its customer, and to the company’s admins); the old one serves until it expires.',
    },
    CUSTOM_JOB_ORDERED: { description: 'To the company’s admins: a customer ordered a custom job.' },
    CUSTOM_JOB_UPDATED: { description: 'To the customer: the state of their custom job changed.' },
    TICKET_OPENED: {
      description: 'To the company’s support staff (the assignee, else its admins): a customer opened a ticket.',
    },
    TICKET_REPLY: {
      description:
        'A ticket was answered: the staff’s answer to the customer, or the customer’s reply to the staff (never a staff note).',
    },
  },
});

/** Every mail may use these; the panel fills them from the company sending it. */
export const COMMON_PLACEHOLDERS = ['companyName', 'panelUrl', 'supportEmail', 'supportPhone'] as const;

/** What each mail's template may use besides the common ones (a fixed list: anything else is refused). */
export const EVENT_PLACEHOLDERS: Record<MailEvent, readonly string[]> = {
  WELCOME: ['customerName', 'login', 'accountId', 'accountName', 'planName'],
  INVOICE_ISSUED: [
    'customerName',
    'accountId',
    'accountName',
    'invoiceNumber',
    'amount',
    'issueDate',
    'dueDate',
    'invoiceUrl',
  ],
  INVOICE_REMINDER: [
    'customerName',
    'accountId',
    'accountName',
    'openInvoices',
    'invoiceNumber',
    'daysOverdue',
    'amount',
    'suspensionWarning',
  ],
  ACCOUNT_SUSPENDED: [
    'customerName',
    'accountId',
    'accountName',
    'openInvoices',
    'invoiceNumber',
    'daysOverdue',
    'amount',
  ],
  PAYMENT_RECEIPT: [
    'customerName',
    'accountId',
    'accountName',
    'amount',
    'paymentId',
    'method',
    'invoiceNumber',
    'paidDate',
  ],
  PAYMENT_DECLINED: ['customerName', 'accountId', 'amount', 'card', 'invoiceNumber', 'reason'],
  PASSWORD_CHANGED: ['customerName', 'login', 'changedAt'],
  PASSWORD_RESET: ['customerName', 'login', 'resetUrl', 'expiresAt'],
  EMAIL_VERIFICATION: ['customerName', 'login', 'email', 'verifyUrl', 'expiresAt'],
  OPERATOR_ALERT: ['adminName', 'alertTitle', 'alertIntro', 'alertMessage', 'fixUrl', 'alertFooter'],
  CERTIFICATE_RENEWAL_FAILED: ['customerName', 'names', 'expiresAt', 'reason', 'certificateUrl'],
  CUSTOM_JOB_ORDERED: ['adminName', 'customerName', 'accountId', 'jobId', 'jobTitle', 'amount', 'brief', 'jobUrl'],
  CUSTOM_JOB_UPDATED: ['customerName', 'accountId', 'jobId', 'jobTitle', 'state', 'jobUrl'],
  TICKET_OPENED: [
    'recipientName',
    'ticketNumber',
    'subject',
    'customerName',
    'accountId',
    'category',
    'priority',
    'message',
    'ticketUrl',
  ],
  TICKET_REPLY: ['recipientName', 'ticketNumber', 'subject', 'authorName', 'message', 'ticketUrl'],
};

/** What a mail is for and must keep: a link the recipient cannot do without (a company's wording that dropped it would lock them out). */
export const REQUIRED_PLACEHOLDERS: Partial<Record<MailEvent, readonly string[]>> = {
  PASSWORD_RESET: ['resetUrl'],
  EMAIL_VERIFICATION: ['verifyUrl'],
};

/** The placeholders `event`'s template may use, common ones first. */
export function placeholdersOf(event: MailEvent): string[] {
  return [...COMMON_PLACEHOLDERS, ...EVENT_PLACEHOLDERS[event]];
}

/** The values an event's mail is written with (the common ones are added by the renderer). */
export type MailValues = Record<string, string | number | bigint | null | undefined>;
