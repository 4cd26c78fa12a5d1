import type { homeEn } from './home.en';

/** German messages of the start page. */
export const homeDe: Record<keyof typeof homeEn, string> = {
  'nav.home': 'Startseite',
  'nav.desc.home': 'Startseite mit den häufigsten Aufgaben.',
  'home.title': 'Startseite',
  'home.welcome': 'Willkommen, {login}.',
  'home.quickAccess': 'Schnellzugriff',
  'home.activeAccount': 'Aktives Konto: #{id} {name}',
};
