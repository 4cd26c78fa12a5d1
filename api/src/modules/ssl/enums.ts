import { registerEnumType } from 'type-graphql';

/** What a certificate secures (SSL-1..5). */
export enum CertificateKind {
  SITE = 'SITE',
  WILDCARD = 'WILDCARD',
  PANEL = 'PANEL',
  MAIL = 'MAIL',
}
registerEnumType(CertificateKind, {
  name: 'CertificateKind',
  description:
    "SITE: a web site's own (SSL-1); WILDCARD: the shared one on the service domain (SSL-2); PANEL: a control panel's host (SSL-3, SSL-4); MAIL: the mail service's (SSL-5).",
});

/** Where a certificate came from. */
export enum CertificateSource {
  UPLOADED = 'UPLOADED',
  ACME = 'ACME',
  SELF_SIGNED = 'SELF_SIGNED',
}
registerEnumType(CertificateSource, {
  name: 'CertificateSource',
  description: 'Uploaded, issued over ACME, or self-signed.',
});

export enum CertificateState {
  /** A signing request was made in the panel; the signed certificate has not been uploaded yet. */
  REQUESTED = 'REQUESTED',
  /** Being issued over ACME for the first time. */
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  FAILED = 'FAILED',
}
registerEnumType(CertificateState, {
  name: 'CertificateState',
  description:
    'REQUESTED: a CSR waits for its signed certificate; PENDING: being issued over ACME; ACTIVE; EXPIRED; FAILED (issuing failed).',
});

/** Keys the panel makes, and the only kinds it accepts (SSL-1): RSA ≥ 2048 bits, ECDSA P-256 or P-384. */
export enum KeyType {
  RSA_2048 = 'RSA_2048',
  RSA_3072 = 'RSA_3072',
  RSA_4096 = 'RSA_4096',
  EC_P256 = 'EC_P256',
  EC_P384 = 'EC_P384',
}
registerEnumType(KeyType, {
  name: 'KeyType',
  description: 'RSA of 2048, 3072 or 4096 bits, or ECDSA on P-256 or P-384.',
});
