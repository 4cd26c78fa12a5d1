import type { accountsEn } from './accounts.en';

/** German messages of the Accounts pages: the list, and moving an account’s web sites. */
export const accountsDe: Record<keyof typeof accountsEn, string> = {
  'nav.accounts': 'Konten',
  'nav.desc.accounts': 'Konten suchen, sperren und wieder freigeben.',
  'accounts.title': 'Konten',
  'accounts.intro': 'Alle Hosting-Konten Ihrer Kunden.',
  'accounts.searchLabel': 'Konten suchen',
  'accounts.searchPlaceholder': 'Nummer, Name, Login oder E-Mail des Inhabers',
  'accounts.statusLabel': 'Status',
  'accounts.statusAll': 'Alle Status',
  'accounts.col.id': 'Nr.',
  'accounts.col.name': 'Name',
  'accounts.col.owner': 'Inhaber',
  'accounts.col.status': 'Status',
  'accounts.suspend': 'Sperren',
  'accounts.resume': 'Freigeben',
  'accounts.reasonLabel': 'Grund für die Sperrung von Konto {id}',
  'accounts.reasonPlaceholder': 'Grund, für den Inhaber sichtbar',
  'accounts.confirmSuspend': 'Konto sperren',
  'accounts.empty': 'Keine Konten gefunden.',
  'accounts.suspended': 'Konto {id} wurde gesperrt.',
  'accounts.resumed': 'Konto {id} wurde freigegeben.',
  'moveSites.title': 'Websites umziehen',
  'moveSites.explain':
    'Kopiert die Websites des Kontos auf einen anderen Webserver derselben Gruppe und liefert sie von dort aus; die DNS-Einträge folgen; der alte Server liefert weiter aus, bis die Caches abgelaufen sind.',
  'moveSites.server': 'Ziel-Webserver',
  'moveSites.serverHintAll':
    'Alle Webserver sind aufgeführt; die Websites können nur innerhalb der Gruppe ihres jetzigen Servers umziehen.',
  'moveSites.serverHintGroup': 'Die anderen Webserver der Gruppe von {server}, auf dem die Websites jetzt liegen.',
  'moveSites.choose': 'Webserver wählen',
  'moveSites.noGroup': 'Keine Gruppe',
  'moveSites.option': '{name} auf {machine}',
  'moveSites.disabled': 'gesperrt',
  'moveSites.machineDown': 'Maschine nicht erreichbar',
  'moveSites.none': 'Es gibt keinen anderen Webserver, auf den die Websites umziehen könnten.',
  'moveSites.submit': 'Websites umziehen',
  'moveSites.movedNone': 'Konto #{id} hat keine Websites auf {from}; seine neuen Websites kommen ab jetzt auf {to}.',
  'moveSites.movedOne':
    '1 Website zieht von {from} nach {to} um; die alte Kopie wird entfernt, sobald die DNS-Caches umgestellt sind (nach einer Stunde).',
  'moveSites.movedOther':
    '{count} Websites ziehen von {from} nach {to} um; die alten Kopien werden entfernt, sobald die DNS-Caches umgestellt sind (nach einer Stunde).',
};
