import type { frameEn } from './frame.en';

export const frameDe: { readonly [K in keyof typeof frameEn]: string } = {
  'common.showAll': 'Alles anzeigen',
  'common.showLess': 'Weniger anzeigen',
  'common.copy': 'Kopieren',
  'common.copied': 'Kopiert',
  'common.copyFailed': 'Markieren Sie den Text und kopieren Sie ihn selbst',
  'nav.skipToContent': 'Zum Inhalt springen',
  'nav.menu': 'Menü',
  'nav.closeMenu': 'Menü schließen',
  'notFound.objectTitle': 'Nicht gefunden',
  'notFound.objectText': 'Was diese Adresse nennt, gibt es nicht (mehr), oder Sie dürfen es nicht sehen.',
  'notFound.backTo': 'Zurück zu {list}',
  'notFound.home': 'Startseite',
};
