import type { settingsEn } from './settings.en';

/** German messages of the company settings page. */
export const settingsDe: Record<keyof typeof settingsEn, string> = {
  'nav.settings': 'Firmeneinstellungen',
  'nav.desc.settings': 'Firmenname und -angaben, Standard-Skin und -Sprache, E-Mail-Vorlagen.',
  'settings.title': 'Firmeneinstellungen',
  'settings.intro': 'Was Ihre Kunden sehen, und das Aussehen für Benutzer, die noch keines gewählt haben.',
  'settings.name': 'Firmenname',
  'settings.skin': 'Standard-Skin',
  'settings.language': 'Standardsprache',
  'settings.productCredit': 'Heliosphere unter dem Anmeldeformular nennen',
  'settings.productCreditHint': 'Nur Ihr eigenes Panel: die Panels der Reseller zeigen den Produktnamen nie.',
  'settings.save': 'Einstellungen speichern',
  'settings.saved': 'Die Einstellungen wurden gespeichert.',
  'company.details': 'Firmenangaben',
  'company.detailsHint': 'Für Rechnungen und für Kunden, die Hilfe suchen. Ein leeres Feld löscht die Angabe.',
  'company.legalName': 'Eingetragener Name',
  'company.legalNameHint': 'Der Firmenname laut Register, für Rechnungen.',
  'company.address': 'Anschrift',
  'company.taxId': 'Steuernummer',
  'company.taxIdHint': 'USt-IdNr. oder Steuernummer.',
  'company.supportEmail': 'Support-E-Mail',
  'company.supportPhone': 'Support-Telefon',
  'company.supportPhoneHint': 'Zum Beispiel +49 30 1234567',
};
