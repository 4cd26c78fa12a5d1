/** English messages of the home page's certificate warnings. */
export const certWarningsEn = {
  'certWarnings.heading': 'SSL certificates to look at',
  'certWarnings.expired': 'Expired on {date}: visitors see a security warning.',
  'certWarnings.expiring': 'Expires in {days} days ({date}) and is not renewed automatically.',
  'certWarnings.renewalFailed': 'The automatic renewal failed; the certificate serves until {date}.',
  'certWarnings.issueFailed': 'The free certificate could not be issued.',
  'certWarnings.open': 'Open the domain',
} as const;
