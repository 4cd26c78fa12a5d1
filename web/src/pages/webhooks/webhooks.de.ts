import type { webhooksEn } from './webhooks.en';

/** Deutsche Texte der Webhooks. */
export const webhooksDe: { readonly [K in keyof typeof webhooksEn]: string } = {
  'nav.webhooks': 'Webhooks',
  'nav.desc.adminWebhooks': 'Informieren Sie Ihre Systeme über Konten, Rechnungen, Zahlungen und Tickets Ihrer Kunden.',
  'nav.desc.webhooks': 'Informieren Sie Ihre Systeme, wenn mit diesem Konto etwas geschieht.',

  'webhooks.title': 'Webhooks',
  'webhooks.introCompany':
    'Wir senden an jede URL ein signiertes JSON-Ereignis, wenn mit einem Konto Ihrer Firma etwas geschieht.',
  'webhooks.introAccount':
    'Wir senden an jede URL ein signiertes JSON-Ereignis, wenn mit Konto #{id} ({name}) etwas geschieht.',
  'webhooks.add': 'Webhook hinzufügen',
  'webhooks.empty': 'Noch keine Webhooks.',
  'webhooks.col.url': 'URL',
  'webhooks.col.events': 'Ereignisse',
  'webhooks.col.state': 'Status',
  'webhooks.enabled': 'An',
  'webhooks.disabled': 'Aus',
  'webhooks.eventCount': '{count} Ereignisse',
  'webhooks.edit': 'Bearbeiten',
  'webhooks.log': 'Zustellprotokoll',
  'webhooks.sendTest': 'Testereignis senden',
  'webhooks.testSent': 'Testereignis gesendet; die Zustellung erscheint im Protokoll.',
  'webhooks.rotate': 'Neues Geheimnis',
  'webhooks.rotateQuestion': '{url} ein neues Signaturgeheimnis geben? Das alte gilt sofort nicht mehr.',
  'webhooks.rotated': 'Neues Geheimnis erstellt. Kopieren Sie es jetzt: Es wird nicht noch einmal gezeigt.',
  'webhooks.delete': 'Löschen',
  'webhooks.deleteQuestion': 'Den Webhook an {url} samt Zustellprotokoll löschen?',
  'webhooks.deleted': 'Webhook gelöscht.',

  'webhooks.form.add': 'Webhook hinzufügen',
  'webhooks.form.edit': 'Webhook bearbeiten',
  'webhooks.form.url': 'URL',
  'webhooks.form.urlHint': 'http:// oder https://; die Ereignisse werden als JSON hierher gesendet (POST).',
  'webhooks.form.description': 'Beschreibung',
  'webhooks.form.events': 'Ereignisse',
  'webhooks.form.enabled': 'Ereignisse zustellen',
  'webhooks.form.save': 'Webhook speichern',
  'webhooks.form.cancel': 'Abbrechen',
  'webhooks.saved': 'Webhook gespeichert.',
  'webhooks.created': 'Webhook hinzugefügt. Kopieren Sie jetzt sein Geheimnis: Es wird nicht noch einmal gezeigt.',

  'webhooks.secret.title': 'Signaturgeheimnis',
  'webhooks.secret.help':
    'Jede Zustellung trägt x-heliosphere-signature: t=<Zeit>,v1=<HMAC-SHA256 von "<Zeit>.<Body>" mit diesem Geheimnis, hex>. Prüfen Sie sie, bevor Sie dem Inhalt trauen.',
  'webhooks.secret.done': 'Ich habe es kopiert',

  'webhooks.event.ACCOUNT_CREATED': 'Konto angelegt',
  'webhooks.event.ACCOUNT_SUSPENDED': 'Konto gesperrt',
  'webhooks.event.ACCOUNT_RESUMED': 'Konto entsperrt',
  'webhooks.event.DOMAIN_ACTIVE': 'Domain aktiv',
  'webhooks.event.INVOICE_ISSUED': 'Rechnung ausgestellt',
  'webhooks.event.INVOICE_PAID': 'Rechnung bezahlt',
  'webhooks.event.PAYMENT_FAILED': 'Zahlung fehlgeschlagen',
  'webhooks.event.TICKET_REPLIED': 'Ticket beantwortet',

  'webhooks.deliveries.title': 'Zustellprotokoll: {url}',
  'webhooks.deliveries.empty': 'Noch nichts zugestellt. Senden Sie ein Testereignis, um die URL zu prüfen.',
  'webhooks.deliveries.col.time': 'Wann',
  'webhooks.deliveries.col.event': 'Ereignis',
  'webhooks.deliveries.col.attempt': 'Versuch',
  'webhooks.deliveries.col.status': 'Antwort',
  'webhooks.deliveries.col.duration': 'Dauer',
  'webhooks.deliveries.col.detail': 'Details',
  'webhooks.deliveries.noAnswer': 'Keine Antwort',
  'webhooks.deliveries.ms': '{ms} ms',

  'webhooks.policy.title': 'Wohin Webhooks dürfen',
  'webhooks.policy.allowPrivate': 'Private, Loopback- und Link-Local-Adressen erlauben',
  'webhooks.policy.allowPrivateHint':
    'Aus (empfohlen): Niemand kann das Panel Ihr eigenes Netz oder eine Cloud-Metadatenadresse aufrufen lassen.',
  'webhooks.policy.saved': 'Webhook-Richtlinie gespeichert.',
};
