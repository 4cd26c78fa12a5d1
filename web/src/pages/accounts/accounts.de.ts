import type { accountsEn } from './accounts.en';

/** German messages of the Accounts page. */
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
};
