import type { certWarningsEn } from './certWarnings.en';

/** Deutsche Texte der Zertifikatswarnungen auf der Startseite. */
export const certWarningsDe: { readonly [K in keyof typeof certWarningsEn]: string } = {
  'certWarnings.heading': 'SSL-Zertifikate, die Aufmerksamkeit brauchen',
  'certWarnings.expired': 'Abgelaufen am {date}: Besucher sehen eine Sicherheitswarnung.',
  'certWarnings.expiring': 'Läuft in {days} Tagen ab ({date}) und wird nicht automatisch erneuert.',
  'certWarnings.renewalFailed': 'Die automatische Erneuerung ist fehlgeschlagen; das Zertifikat gilt bis {date}.',
  'certWarnings.issueFailed': 'Das kostenlose Zertifikat konnte nicht ausgestellt werden.',
  'certWarnings.open': 'Domain öffnen',
};
