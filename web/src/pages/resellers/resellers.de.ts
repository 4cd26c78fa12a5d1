import type { resellersEn } from './resellers.en';

/** German messages of the Resellers page. */
export const resellersDe: Record<keyof typeof resellersEn, string> = {
  'nav.resellers': 'Reseller',
  'nav.desc.resellers': 'Hosting-Firmen unter eigener Marke innerhalb Ihrer Firma.',
  'resellers.title': 'Reseller',
  'resellers.intro': 'Hosting-Firmen unter eigener Marke mit eigenem Verwaltungs-Host.',
  'resellers.col.name': 'Firma',
  'resellers.col.host': 'Verwaltungs-Host',
  'resellers.col.skin': 'Standard-Skin',
  'resellers.col.language': 'Standardsprache',
  'resellers.root': 'Ihre Firma',
  'resellers.empty': 'Noch keine Reseller.',
  'resellers.create': 'Neuer Reseller',
  'resellers.name': 'Firmenname',
  'resellers.host': 'Verwaltungs-Host',
  'resellers.hostHint': 'Zum Beispiel cp.reseller.example',
  'resellers.adminLogin': 'Administrator-Login',
  'resellers.adminEmail': 'E-Mail-Adresse des Administrators',
  'resellers.adminPassword': 'Administrator-Passwort',
  'resellers.submit': 'Reseller anlegen',
  'resellers.created': 'Der Reseller „{name}“ wurde angelegt.',
};
