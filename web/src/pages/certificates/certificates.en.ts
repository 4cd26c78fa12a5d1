/** English messages of the admins' list of certificates. */
export const certificatesEn = {
  'nav.adminCertificates': 'Certificates',
  'nav.desc.adminCertificates': 'Every SSL certificate of your company’s customers.',
  'certificates.title': 'Certificates',
  'certificates.intro':
    'SSL certificates of your customers’ sites and signing requests waiting for theirs, newest first.',
  'certificates.empty': 'No certificates.',
  'certificates.accountFilter': 'Account ID',
  'certificates.col.account': 'Account',
  'certificates.col.names': 'Host names',
  'certificates.col.kind': 'For',
  'certificates.col.state': 'State',
  'certificates.col.issuer': 'Issued by',
  'certificates.col.expires': 'Expires',
  'certificates.kind.SITE': 'Web site',
  'certificates.kind.WILDCARD': 'Shared wildcard',
  'certificates.kind.PANEL': 'Control panel',
  'certificates.kind.MAIL': 'Mail',
  'certificates.moreNames': '+{count} more',
} as const;
