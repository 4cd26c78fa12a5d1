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

  'header.activeAccount': 'Aktives Konto',
  'header.accountOption': '#{id} · {name}',
  'header.signedInAs': 'Angemeldet als',
  'header.logout': 'Abmelden',
  'header.help': 'Hilfe',

  'impersonation.banner': 'Angemeldet als {login} durch {admin}',
  'impersonation.return': 'Zurück zu meinem Panel',
  'impersonation.logInAs': 'Anmelden als',
  'impersonation.logInAsLabel': 'Als {login} anmelden',

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
  'skin.desc.LEFT_MENU': 'Ein Seitenmenü mit allen Seiten und einer Schnellzugriffs-Startseite.',
  'skin.desc.NO_MENU': 'Kein Menü: Sie wechseln über die Symbole der Startseite zwischen den Seiten.',
  'skin.desc.EXPRESSIA': 'Eine waagerechte Navigationsleiste mit Ausklappmenüs und Symbole auf der Startseite.',

  'language.EN': 'English',
  'language.DE': 'Deutsch',

  'setup.title': 'Verwaltung einrichten',
  'setup.intro': 'Legen Sie Ihre Hosting-Firma und ihren Hauptadministrator an. Das geschieht nur einmal.',
  'setup.company': 'Firmenname',
  'setup.login': 'Administrator-Login',
  'setup.loginHint': '3–32 Zeichen: Buchstaben, Ziffern, Punkt, Bindestrich, Unterstrich.',
  'setup.email': 'E-Mail-Adresse',
  'setup.password': 'Passwort',
  'setup.passwordHint': 'Mindestens 8 Zeichen.',
  'setup.submit': 'Anlegen und anmelden',

  'login.title': 'Anmelden',
  'login.intro': 'Melden Sie sich an der Verwaltung von {company} an.',
  'login.login': 'Login',
  'login.password': 'Passwort',
  'login.submit': 'Anmelden',
  'login.suspended': 'Der Dienst von {company} ist gesperrt. Bitte wenden Sie sich an Ihren Anbieter.',

  'impersonate.title': 'Als Benutzer anmelden',
  'impersonate.noToken': 'Dieser Anmelde-Link ist unvollständig. Wählen Sie in Ihrem Panel erneut „Anmelden als“.',
  'impersonate.toLogin': 'Zur Anmeldeseite',

  'notFound.title': 'Seite nicht gefunden',
  'notFound.text': 'Unter dieser Adresse gibt es keine Seite.',
  'forbidden.title': 'Kein Zugriff',
  'forbidden.text': 'Ihre Rolle kann diese Seite nicht verwenden.',
};
