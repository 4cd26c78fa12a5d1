import type { coreEn } from './core.en';

/** German messages of the shell. The type makes a missing key a compile error. */
export const coreDe: Record<keyof typeof coreEn, string> = {
  'app.name': 'Heliosphere',
  'app.tagline': 'Hosting-Verwaltung',

  'common.loading': 'Wird geladen…',
  'common.save': 'Speichern',
  'common.cancel': 'Abbrechen',
  'common.search': 'Suchen',
  'common.nextPage': 'Nächste Seite',
  'common.firstPage': 'Erste Seite',
  'common.showing': '{count} von {total}',
  'common.created': 'Angelegt',
  'common.actions': 'Aktionen',
  'common.open': 'Öffnen',
  'common.retry': 'Erneut versuchen',
  'common.optional': 'optional',
  'common.required': 'Pflichtfeld',
  'common.delete': 'Löschen',

  'error.network': 'Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  'error.tooManyRequests': 'Zu viele fehlgeschlagene Versuche. Versuchen Sie es in {seconds} Sekunden erneut.',
  'error.tooManyRequestsMinutes': 'Zu viele fehlgeschlagene Versuche. Versuchen Sie es in {minutes} Minuten erneut.',
  'error.unexpected': 'Etwas ist schiefgegangen. Bitte versuchen Sie es erneut.',
  'error.loadFailed': 'Diese Seite konnte nicht geladen werden.',
  'error.field': '{field}: {message}',

  'nav.main': 'Hauptnavigation',
  'navGroup.main': 'Allgemein',
  'navGroup.hosting': 'Hosting',
  'navGroup.admin': 'Verwaltung',
  'navGroup.cluster': 'Cluster',
  'navGroup.me': 'Mein Konto',
  'nav.backHome': 'Startseite',
  'nav.openMenu': 'Menü {group} öffnen',

  'role.MASTER_ADMIN': 'Hauptadministrator',
  'role.RESELLER_ADMIN': 'Reseller-Administrator',
  'role.SUPPORT_STAFF': 'Support-Team',
  'role.END_USER': 'Endkunde',

  'status.ACTIVE': 'Aktiv',
  'status.SUSPENDED': 'Gesperrt',
  'status.MODERATION': 'In Prüfung',

  'skin.LEFT_MENU': 'Menü links',
  'skin.NO_MENU': 'Ohne Menü',
  'skin.EXPRESSIA': 'EXPressia',

  'language.EN': 'English',
  'language.DE': 'Deutsch',
};
