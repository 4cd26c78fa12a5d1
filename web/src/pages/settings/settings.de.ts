import type { settingsEn } from './settings.en';

/** German messages of the company settings page. */
export const settingsDe: Record<keyof typeof settingsEn, string> = {
  'nav.settings': 'Firmeneinstellungen',
  'nav.desc.settings': 'Firmenname, Standard-Skin und -Sprache.',
  'settings.title': 'Firmeneinstellungen',
  'settings.intro': 'Was Ihre Kunden sehen, und das Aussehen für Benutzer, die noch keines gewählt haben.',
  'settings.name': 'Firmenname',
  'settings.skin': 'Standard-Skin',
  'settings.language': 'Standardsprache',
  'settings.save': 'Einstellungen speichern',
  'settings.saved': 'Die Einstellungen wurden gespeichert.',
};
