import type { CertificateSource, CertificateState } from '../../graphql/generated/graphql';

/** What the SSL card needs to know of the certificate it shows. */
export interface CardCertificate {
  state: CertificateState;
  source: CertificateSource;
  lastError?: string | null;
  notAfter?: string | null;
}

/**
 * What the SSL card offers for the site's certificate (newest first, as `WebSite.certificate`):
 * - `issue`: nothing serves or will (no certificate, a signing request only, an expired upload), so
 *   "Issue free certificate" is the card's primary action;
 * - `pending`: a free one is being issued, and the page polls until the worker settles it;
 * - `retry`: the first issue failed (or the certificate expired) over ACME: "Try again" with its error;
 * - `renew`: an ACME certificate that serves; `renewalError` when its last renewal failed;
 * - `https`: the redirect and HSTS switches work only once a certificate serves (ACTIVE).
 */
export interface SslCardView {
  issue: boolean;
  pending: boolean;
  retry: boolean;
  renew: boolean;
  renewalError: string | null;
  failure: string | null;
  https: boolean;
}

export function sslCardView(cert: CardCertificate | null): SslCardView {
  const acme = cert?.source === 'ACME';
  const state = cert?.state;
  const active = state === 'ACTIVE';
  return {
    issue: !cert || state === 'REQUESTED' || (!acme && state === 'EXPIRED'),
    pending: state === 'PENDING',
    retry: acme && (state === 'FAILED' || state === 'EXPIRED'),
    renew: acme && active,
    renewalError: acme && active ? (cert?.lastError ?? null) : null,
    failure: state === 'FAILED' ? (cert?.lastError ?? null) : null,
    https: active,
  };
}

/** Whether the page should poll the domain: its site's free certificate is being issued. */
export function certificatePending(site: { certificate?: { state: CertificateState } | null } | null | undefined) {
  return site?.certificate?.state === 'PENDING';
}
