import type { certificatesEn } from './certificates.en';

/** Deutsche Texte der Zertifikatsliste für Admins. */
export const certificatesDe: { readonly [K in keyof typeof certificatesEn]: string } = {
  'nav.adminCertificates': 'Zertifikate',
  'nav.desc.adminCertificates': 'Alle SSL-Zertifikate der Kunden Ihrer Firma.',
  'certificates.title': 'Zertifikate',
  'certificates.intro':
    'SSL-Zertifikate der Websites Ihrer Kunden und Signieranfragen, die auf ihres warten, die neuesten zuerst.',
  'certificates.empty': 'Keine Zertifikate.',
  'certificates.accountFilter': 'Konto-ID',
  'certificates.col.account': 'Konto',
  'certificates.col.names': 'Hostnamen',
  'certificates.col.kind': 'Für',
  'certificates.col.state': 'Status',
  'certificates.col.issuer': 'Ausgestellt von',
  'certificates.col.expires': 'Läuft ab',
  'certificates.kind.SITE': 'Website',
  'certificates.kind.WILDCARD': 'Gemeinsames Wildcard-Zertifikat',
  'certificates.kind.PANEL': 'Control Panel',
  'certificates.kind.MAIL': 'Mail',
  'certificates.moreNames': '+{count} weitere',
};
