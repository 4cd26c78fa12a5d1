import type { mailEn } from './mail.en';

/** German messages of the e-mail cards of the company settings page. */
export const mailDe: Record<keyof typeof mailEn, string> = {
  'mail.title': 'E-Mail-Vorlagen',
  'mail.intro':
    'Die E-Mails, die das Panel an Ihre Kunden und Administratoren sendet. Jede hat einen eingebauten Text je Sprache; Ihr eigener ersetzt ihn. Ihre Firmenangaben stehen als Signatur unter jeder E-Mail.',
  'mail.event': 'E-Mail',
  'mail.language': 'Sprache',
  'mail.event.WELCOME': 'Willkommen nach der Anmeldung',
  'mail.event.INVOICE_ISSUED': 'Rechnung ausgestellt',
  'mail.event.PAYMENT_RECEIPT': 'Zahlungsbestätigung',
  'mail.event.INVOICE_REMINDER': 'Zahlungserinnerung',
  'mail.event.ACCOUNT_SUSPENDED': 'Konto wegen Zahlungsverzug gesperrt',
  'mail.event.PAYMENT_DECLINED': 'Karte abgelehnt',
  'mail.event.PASSWORD_CHANGED': 'Passwort geändert',
  'mail.event.PASSWORD_RESET': 'Link zum Zurücksetzen des Passworts',
  'mail.event.EMAIL_VERIFICATION': 'Bestätigung der E-Mail-Adresse',
  'mail.event.OPERATOR_ALERT': 'Problem in der Einrichtung (an Administratoren)',
  'mail.event.CERTIFICATE_RENEWAL_FAILED': 'Zertifikat nicht erneuert',
  'mail.event.CUSTOM_JOB_ORDERED': 'Auftrag bestellt',
  'mail.event.CUSTOM_JOB_UPDATED': 'Auftrag aktualisiert',
  'mail.event.TICKET_OPENED': 'Neues Support-Ticket (an das Team)',
  'mail.event.TICKET_REPLY': 'Antwort auf ein Support-Ticket',
  'mail.eventHint.WELCOME': 'Geht an neue Kunden nach der Anmeldung.',
  'mail.eventHint.INVOICE_ISSUED': 'Geht für jede Rechnung an die Rechnungsadresse des Kontos.',
  'mail.eventHint.PAYMENT_RECEIPT': 'Geht nach einer Zahlung per Karte oder über einen Zahlungsanbieter.',
  'mail.eventHint.INVOICE_REMINDER': 'Geht an Ihren Erinnerungstagen, solange Rechnungen überfällig sind.',
  'mail.eventHint.ACCOUNT_SUSPENDED': 'Geht, wenn der Abrechnungslauf ein Konto wegen überfälliger Rechnungen sperrt.',
  'mail.eventHint.PAYMENT_DECLINED': 'Geht, wenn der Abrechnungslauf eine gespeicherte Karte nicht belasten konnte.',
  'mail.eventHint.PASSWORD_CHANGED':
    'Geht an Benutzer, deren Passwort geändert wurde, von ihnen selbst oder von einem Administrator.',
  'mail.eventHint.PASSWORD_RESET':
    'Wird gesendet, wenn jemand auf der Anmeldeseite ein neues Passwort anfordert; muss den Platzhalter resetUrl enthalten, den einmaligen Link.',
  'mail.eventHint.EMAIL_VERIFICATION':
    'Wird nach der Registrierung oder einer Adressänderung gesendet; muss den Platzhalter verifyUrl enthalten, den Bestätigungslink.',
  'mail.eventHint.OPERATOR_ALERT':
    'Geht an Ihre Administratoren, wenn ein Problem in der Einrichtung eine Kundenanfrage verhindert hat.',
  'mail.eventHint.CERTIFICATE_RENEWAL_FAILED':
    'Geht an den Kunden und Ihre Administratoren, wenn ein kostenloses Zertifikat nicht erneuert werden konnte; das alte gilt bis zum Ablauf.',
  'mail.eventHint.CUSTOM_JOB_ORDERED': 'Geht an Ihre Administratoren, wenn ein Kunde einen Auftrag bestellt.',
  'mail.eventHint.CUSTOM_JOB_UPDATED': 'Geht an den Kunden, wenn sich der Stand seines Auftrags ändert.',
  'mail.eventHint.TICKET_OPENED':
    'Geht an die zuständige Person, sonst an Ihre Administratoren, wenn ein Kunde ein Ticket eröffnet.',
  'mail.eventHint.TICKET_REPLY':
    'Geht an den Kunden bei jeder Antwort des Teams und an das Team bei jeder Antwort des Kunden; nie bei internen Notizen. Antworten per E-Mail landen im Ticket.',
  'mail.overridden': 'Ihr Text',
  'mail.builtIn': 'Eingebauter Text',
  'mail.subject': 'Betreff',
  'mail.body': 'Text',
  'mail.bodyHint': 'Reiner Text. Ihre Signatur wird darunter angefügt.',
  'mail.placeholders': 'Platzhalter',
  'mail.placeholdersHint': 'Ein Klick fügt ihn an der Cursorposition ein; in jeder E-Mail steht dort sein Wert.',
  'mail.save': 'Vorlage speichern',
  'mail.saved': 'Die Vorlage wurde gespeichert. Ab jetzt geschriebene E-Mails verwenden sie.',
  'mail.reset': 'Zurück zum eingebauten Text',
  'mail.resetQuestion': 'Ihren Text dieser E-Mail in dieser Sprache verwerfen?',
  'mail.resetDone': 'Der eingebaute Text wird wieder verwendet.',
  'mail.preview': 'Vorschau',
  'mail.previewFix': 'Korrigieren Sie die Vorlage, um die Vorschau zu aktualisieren.',
  'mail.from': 'Von',
  'mail.replyTo': 'Antwort an',
  'mail.sender.title': 'E-Mail-Absender',
  'mail.sender.intro': 'Name und Adresse, von denen Ihre E-Mails kommen. Ein leeres Feld verwendet die Voreinstellung.',
  'mail.sender.name': 'Absendername',
  'mail.sender.nameHint': 'Wirksam: {name}',
  'mail.sender.address': 'Absenderadresse',
  'mail.sender.addressHint': 'Wirksam: {address}',
  'mail.sender.replyTo': 'Antworten gehen an Ihre Support-E-Mail, {address}.',
  'mail.sender.noReplyTo':
    'Antworten gehen an die Absenderadresse: Tragen Sie in den Firmenangaben eine Support-E-Mail ein, um sie dort zu erhalten.',
  'mail.sender.save': 'Absender speichern',
  'mail.sender.saved': 'Der Absender wurde gespeichert.',
};
