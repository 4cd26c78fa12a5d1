import type { alertsEn } from './alerts.en';

/** German messages of operator alerts. */
export const alertsDe: Record<keyof typeof alertsEn, string> = {
  'alerts.heading': 'Einrichtungsprobleme, die Kunden aufhalten',
  'alerts.title.NO_ROOM': 'Kein Server hat Platz',
  'alerts.title.NAME_SERVER_ADDRESS': 'Ein Nameserver hat keine IP-Adresse',
  'alerts.title.SERVER_ADDRESS': 'Ein Server hat keine IP-Adresse',
  'alerts.title.SERVICE_DOMAIN': 'Keine Service-Domain eingerichtet',
  'alerts.title.other': 'Einrichtungsproblem',
  'alerts.seen.one': 'Eine Anfrage aufgehalten; zuletzt am {date}.',
  'alerts.seen': '{count} Anfragen aufgehalten; zuletzt am {date}.',
  'alerts.fix': 'Beheben',
  'alerts.dismiss': 'Ausblenden',
};
