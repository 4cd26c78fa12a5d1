import { Language } from '../../graphql/presentation';
import { MailEvent } from './mail-events';

export interface MailText {
  subject: string;
  body: string;
}

/**
 * The built-in templates, per event and language: what a company's mail says until its admins
 * override it. Never the product's name: each mail speaks for the company that sends it, and the
 * renderer ends every body with that company's signature.
 */
export const DEFAULT_TEMPLATES: Record<MailEvent, Record<Language, MailText>> = {
  WELCOME: {
    EN: {
      subject: 'Welcome to {{companyName}}',
      body: [
        'Dear {{customerName}},',
        '',
        'thank you for signing up. Your account {{accountId}} ({{accountName}}) on the plan {{planName}} has been opened.',
        'Your login: {{login}}',
        '',
        'Sign in to your control panel: {{panelUrl}}',
      ].join('\n'),
    },
    DE: {
      subject: 'Willkommen bei {{companyName}}',
      body: [
        'Guten Tag {{customerName}},',
        '',
        'vielen Dank für Ihre Anmeldung. Ihr Konto {{accountId}} ({{accountName}}) mit dem Tarif {{planName}} wurde eröffnet.',
        'Ihr Benutzername: {{login}}',
        '',
        'Melden Sie sich in Ihrem Control Panel an: {{panelUrl}}',
      ].join('\n'),
    },
  },
  INVOICE_ISSUED: {
    EN: {
      subject: '{{companyName}}: invoice {{invoiceNumber}} for account {{accountId}}',
      body: [
        'Dear {{customerName}},',
        '',
        'invoice {{invoiceNumber}} for your account {{accountId}} ({{accountName}}) was issued on {{issueDate}}.',
        'Amount: {{amount}}, due on {{dueDate}}.',
        '',
        'See and pay it in your control panel: {{invoiceUrl}}',
      ].join('\n'),
    },
    DE: {
      subject: '{{companyName}}: Rechnung {{invoiceNumber}} für Konto {{accountId}}',
      body: [
        'Guten Tag {{customerName}},',
        '',
        'am {{issueDate}} wurde die Rechnung {{invoiceNumber}} für Ihr Konto {{accountId}} ({{accountName}}) ausgestellt.',
        'Betrag: {{amount}}, fällig am {{dueDate}}.',
        '',
        'Sie finden und bezahlen sie in Ihrem Control Panel: {{invoiceUrl}}',
      ].join('\n'),
    },
  },
  INVOICE_REMINDER: {
    EN: {
      subject: '{{companyName}}: payment overdue on account {{accountId}}',
      body: [
        'Dear {{customerName}},',
        '',
        '{{openInvoices}} invoice(s) of your account {{accountId}} ({{accountName}}) are open, the oldest (number {{invoiceNumber}}) overdue for {{daysOverdue}} day(s).',
        'Amount due: {{amount}}.',
        '{{suspensionWarning}}',
        '',
        'Pay in your control panel: {{panelUrl}}',
      ].join('\n'),
    },
    DE: {
      subject: '{{companyName}}: Zahlung für Konto {{accountId}} überfällig',
      body: [
        'Guten Tag {{customerName}},',
        '',
        '{{openInvoices}} Rechnung(en) Ihres Kontos {{accountId}} ({{accountName}}) sind offen, die älteste (Nummer {{invoiceNumber}}) seit {{daysOverdue}} Tag(en) überfällig.',
        'Offener Betrag: {{amount}}.',
        '{{suspensionWarning}}',
        '',
        'Bezahlen Sie in Ihrem Control Panel: {{panelUrl}}',
      ].join('\n'),
    },
  },
  ACCOUNT_SUSPENDED: {
    EN: {
      subject: '{{companyName}}: account {{accountId}} suspended for non-payment',
      body: [
        'Dear {{customerName}},',
        '',
        '{{openInvoices}} invoice(s) of your account {{accountId}} ({{accountName}}) are open, the oldest (number {{invoiceNumber}}) overdue for {{daysOverdue}} day(s).',
        'Amount due: {{amount}}.',
        'The account has been suspended: its web sites and databases are stopped. It is resumed as soon as the amount due is paid.',
        '',
        'Pay in your control panel: {{panelUrl}}',
      ].join('\n'),
    },
    DE: {
      subject: '{{companyName}}: Konto {{accountId}} wegen Zahlungsverzug gesperrt',
      body: [
        'Guten Tag {{customerName}},',
        '',
        '{{openInvoices}} Rechnung(en) Ihres Kontos {{accountId}} ({{accountName}}) sind offen, die älteste (Nummer {{invoiceNumber}}) seit {{daysOverdue}} Tag(en) überfällig.',
        'Offener Betrag: {{amount}}.',
        'Das Konto wurde gesperrt: seine Websites und Datenbanken sind angehalten. Es wird wieder freigegeben, sobald der offene Betrag bezahlt ist.',
        '',
        'Bezahlen Sie in Ihrem Control Panel: {{panelUrl}}',
      ].join('\n'),
    },
  },
  PAYMENT_RECEIPT: {
    EN: {
      subject: '{{companyName}}: payment of {{amount}} received',
      body: [
        'Dear {{customerName}},',
        '',
        'thank you: we received your payment of {{amount}} for your account {{accountId}} ({{accountName}}) on {{paidDate}}, via {{method}}.',
        'Payment reference: {{paymentId}}',
      ].join('\n'),
    },
    DE: {
      subject: '{{companyName}}: Zahlung über {{amount}} erhalten',
      body: [
        'Guten Tag {{customerName}},',
        '',
        'vielen Dank: Ihre Zahlung über {{amount}} für Ihr Konto {{accountId}} ({{accountName}}) ist am {{paidDate}} über {{method}} eingegangen.',
        'Zahlungsreferenz: {{paymentId}}',
      ].join('\n'),
    },
  },
  PAYMENT_DECLINED: {
    EN: {
      subject: '{{companyName}}: your card was declined for invoice {{invoiceNumber}}',
      body: [
        'Dear {{customerName}},',
        '',
        'We tried to charge {{amount}} to your card {{card}} for invoice {{invoiceNumber}}.',
        'The bank declined it: {{reason}}',
        '',
        'Please pay the invoice in your control panel, or save another card there: {{panelUrl}}',
      ].join('\n'),
    },
    DE: {
      subject: '{{companyName}}: Ihre Karte wurde für Rechnung {{invoiceNumber}} abgelehnt',
      body: [
        'Guten Tag {{customerName}},',
        '',
        'wir haben versucht, {{amount}} von Ihrer Karte {{card}} für die Rechnung {{invoiceNumber}} abzubuchen.',
        'Die Bank hat abgelehnt: {{reason}}',
        '',
        'Bitte bezahlen Sie die Rechnung in Ihrem Control Panel oder hinterlegen Sie dort eine andere Karte: {{panelUrl}}',
      ].join('\n'),
    },
  },
  PASSWORD_CHANGED: {
    EN: {
      subject: '{{companyName}}: your password was changed',
      body: [
        'Dear {{customerName}},',
        '',
        'the password of your login {{login}} was changed on {{changedAt}}.',
        'If that was not you, answer this e-mail at once.',
      ].join('\n'),
    },
    DE: {
      subject: '{{companyName}}: Ihr Passwort wurde geändert',
      body: [
        'Guten Tag {{customerName}},',
        '',
        'das Passwort Ihres Benutzers {{login}} wurde am {{changedAt}} geändert.',
        'Wenn Sie das nicht waren, antworten Sie bitte sofort auf diese E-Mail.',
      ].join('\n'),
    },
  },
  PASSWORD_RESET: {
    EN: {
      subject: '{{companyName}}: reset your password',
      body: [
        'Dear {{customerName}},',
        '',
        'someone (we hope you) asked to reset the password of your login {{login}}.',
        'To choose a new password, open this link before {{expiresAt}}; it works once:',
        '',
        '{{resetUrl}}',
        '',
        'Setting a new password signs you out everywhere. If you did not ask for this, ignore this',
        'e-mail: your password stays as it is.',
      ].join('\n'),
    },
    DE: {
      subject: '{{companyName}}: Passwort zurücksetzen',
      body: [
        'Guten Tag {{customerName}},',
        '',
        'jemand (hoffentlich Sie) möchte das Passwort Ihres Benutzers {{login}} zurücksetzen.',
        'Um ein neues Passwort zu wählen, öffnen Sie diesen Link vor {{expiresAt}}; er gilt einmal:',
        '',
        '{{resetUrl}}',
        '',
        'Mit dem neuen Passwort werden Sie überall abgemeldet. Wenn Sie das nicht angefordert haben,',
        'ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.',
      ].join('\n'),
    },
  },
  EMAIL_VERIFICATION: {
    EN: {
      subject: '{{companyName}}: please confirm your e-mail address',
      body: [
        'Dear {{customerName}},',
        '',
        'please confirm that {{email}} is the address of your login {{login}} by opening this link',
        'before {{expiresAt}}:',
        '',
        '{{verifyUrl}}',
        '',
        'If you did not sign up with us or change your address, ignore this e-mail.',
      ].join('\n'),
    },
    DE: {
      subject: '{{companyName}}: Bitte bestätigen Sie Ihre E-Mail-Adresse',
      body: [
        'Guten Tag {{customerName}},',
        '',
        'bitte bestätigen Sie, dass {{email}} die Adresse Ihres Benutzers {{login}} ist, indem Sie',
        'diesen Link vor {{expiresAt}} öffnen:',
        '',
        '{{verifyUrl}}',
        '',
        'Wenn Sie sich nicht bei uns angemeldet oder Ihre Adresse nicht geändert haben, ignorieren Sie diese E-Mail.',
      ].join('\n'),
    },
  },
  OPERATOR_ALERT: {
    EN: {
      subject: '{{companyName}}: {{alertTitle}}',
      body: [
        'Dear {{adminName}},',
        '',
        '{{alertIntro}}',
        '',
        '{{alertMessage}}',
        '',
        'Fix it here: {{fixUrl}}',
        '{{alertFooter}}',
      ].join('\n'),
    },
    DE: {
      subject: '{{companyName}}: {{alertTitle}}',
      body: [
        'Guten Tag {{adminName}},',
        '',
        '{{alertIntro}}',
        '',
        '{{alertMessage}}',
        '',
        'Hier beheben: {{fixUrl}}',
        '{{alertFooter}}',
      ].join('\n'),
    },
  },
  CERTIFICATE_RENEWAL_FAILED: {
    EN: {
      subject: '{{companyName}}: the certificate for {{names}} could not be renewed',
      body: [
        'Dear {{customerName}},',
        '',
        'the SSL certificate for {{names}} could not be renewed. The certificate authority answered:',
        '',
        '{{reason}}',
        '',
        'The current certificate keeps serving until it expires on {{expiresAt}}; the panel tries again every day until then.',
        'Check that the names still point at our servers, then issue it again: {{certificateUrl}}',
      ].join('\n'),
    },
    DE: {
      subject: '{{companyName}}: das Zertifikat für {{names}} konnte nicht erneuert werden',
      body: [
        'Guten Tag {{customerName}},',
        '',
        'das SSL-Zertifikat für {{names}} konnte nicht erneuert werden. Die Zertifizierungsstelle antwortete:',
        '',
        '{{reason}}',
        '',
        'Das aktuelle Zertifikat gilt weiter bis zum {{expiresAt}}; das Panel versucht es bis dahin täglich erneut.',
        'Prüfen Sie, ob die Namen noch auf unsere Server zeigen, und stellen Sie es dann neu aus: {{certificateUrl}}',
      ].join('\n'),
    },
  },
  CUSTOM_JOB_ORDERED: {
    EN: {
      subject: '{{companyName}}: new custom job #{{jobId}} ordered: {{jobTitle}}',
      body: [
        'Hello {{adminName}},',
        '',
        '{{customerName}} ordered “{{jobTitle}}” for account {{accountId}} ({{amount}}). Their brief:',
        '',
        '{{brief}}',
        '',
        'Open the job: {{jobUrl}}',
      ].join('\n'),
    },
    DE: {
      subject: '{{companyName}}: neuer Auftrag #{{jobId}} bestellt: {{jobTitle}}',
      body: [
        'Hallo {{adminName}},',
        '',
        '{{customerName}} hat „{{jobTitle}}“ für Konto {{accountId}} bestellt ({{amount}}). Die Beschreibung:',
        '',
        '{{brief}}',
        '',
        'Auftrag öffnen: {{jobUrl}}',
      ].join('\n'),
    },
  },
  CUSTOM_JOB_UPDATED: {
    EN: {
      subject: '{{companyName}}: your job “{{jobTitle}}” is now {{state}}',
      body: [
        'Dear {{customerName}},',
        '',
        'your custom job #{{jobId}} “{{jobTitle}}” (account {{accountId}}) is now: {{state}}.',
        '',
        'See the job and its messages: {{jobUrl}}',
      ].join('\n'),
    },
    DE: {
      subject: '{{companyName}}: Ihr Auftrag „{{jobTitle}}“ ist jetzt {{state}}',
      body: [
        'Guten Tag {{customerName}},',
        '',
        'Ihr Auftrag #{{jobId}} „{{jobTitle}}“ (Konto {{accountId}}) ist jetzt: {{state}}.',
        '',
        'Auftrag und Nachrichten ansehen: {{jobUrl}}',
      ].join('\n'),
    },
  },
  TICKET_OPENED: {
    EN: {
      subject: '[#{{ticketNumber}}] New ticket: {{subject}}',
      body: [
        'Hello {{recipientName}},',
        '',
        '{{customerName}} (account {{accountId}}) opened ticket #{{ticketNumber}} ({{category}}, priority {{priority}}):',
        '',
        '{{message}}',
        '',
        'Answer it in the panel: {{ticketUrl}}',
      ].join('\n'),
    },
    DE: {
      subject: '[#{{ticketNumber}}] Neues Ticket: {{subject}}',
      body: [
        'Hallo {{recipientName}},',
        '',
        '{{customerName}} (Konto {{accountId}}) hat Ticket #{{ticketNumber}} eröffnet ({{category}}, Priorität {{priority}}):',
        '',
        '{{message}}',
        '',
        'Im Panel beantworten: {{ticketUrl}}',
      ].join('\n'),
    },
  },
  TICKET_REPLY: {
    EN: {
      subject: '[#{{ticketNumber}}] {{subject}}',
      body: [
        'Hello {{recipientName}},',
        '',
        '{{authorName}} wrote on ticket #{{ticketNumber}}:',
        '',
        '{{message}}',
        '',
        'Reply to this e-mail to answer, or in the panel: {{ticketUrl}}',
      ].join('\n'),
    },
    DE: {
      subject: '[#{{ticketNumber}}] {{subject}}',
      body: [
        'Hallo {{recipientName}},',
        '',
        '{{authorName}} schrieb zu Ticket #{{ticketNumber}}:',
        '',
        '{{message}}',
        '',
        'Antworten Sie auf diese E-Mail oder im Panel: {{ticketUrl}}',
      ].join('\n'),
    },
  },
};

/** The signature's labels, per language. */
export const SIGNATURE_LABELS: Record<Language, { taxId: string; support: string; panel: string }> = {
  [Language.EN]: { taxId: 'VAT/tax number', support: 'Support', panel: 'Control panel' },
  [Language.DE]: { taxId: 'USt-IdNr./Steuernummer', support: 'Support', panel: 'Control Panel' },
};
