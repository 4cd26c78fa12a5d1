import type { explorerEn } from './explorer.en';

/** German messages of the API explorer. */
export const explorerDe: Record<keyof typeof explorerEn, string> = {
  'nav.explorer': 'API-Explorer',
  'nav.desc.explorer': 'Die GraphQL-API als Sie selbst ausprobieren und ihre Dokumentation lesen.',
  'explorer.title': 'API-Explorer',
  'explorer.intro':
    'Alle Abfragen und Änderungen, die das Panel verwendet, ausgeführt als Sie. Die Dokumentation des Schemas steht im Bereich „Docs“; Skripte verwenden statt Ihrer Sitzung ein API-Token.',
  'explorer.response': 'Antwort',
};
