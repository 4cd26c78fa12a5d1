import type { CertificateSource, CertificateState } from '../../graphql/generated/graphql';
import { daysUntil } from '../domains/certificateFiles';

/** Under this many days left, a certificate nobody renews for the customer is worth a warning. */
export const EXPIRY_WARNING_DAYS = 30;

export interface WarnableCertificate {
  id: string;
  state: CertificateState;
  source: CertificateSource;
  notAfter?: string | null;
  lastError?: string | null;
  domainId?: string | null;
}

/** Why a certificate is on the home page: past its end, close to it, or its last ACME order failed. */
export type WarningReason = 'expired' | 'expiring' | 'failed';

export interface CertificateWarning<C extends WarnableCertificate> {
  cert: C;
  reason: WarningReason;
  /** Days left (negative once expired); null without an end date (a failed first issue). */
  days: number | null;
}

/**
 * The certificates a customer should act on, most urgent first: EXPIRED ones; ACTIVE ones ending
 * within 30 days that the panel does not renew (not ACME: an ACME one renews itself unless its
 * last renewal failed); and any whose last ACME issue or renewal failed (`lastError`), FAILED ones
 * included. Signing requests and certificates being issued are not warnings.
 */
export function certificateWarnings<C extends WarnableCertificate>(
  certs: readonly C[],
  now: Date = new Date(),
): CertificateWarning<C>[] {
  const out: CertificateWarning<C>[] = [];
  for (const cert of certs) {
    const days = cert.notAfter ? daysUntil(cert.notAfter, now) : null;
    const past = cert.notAfter ? new Date(cert.notAfter).getTime() <= now.getTime() : false;
    let reason: WarningReason | null = null;
    if (cert.state === 'EXPIRED' || (cert.state === 'ACTIVE' && past)) reason = 'expired';
    else if (cert.lastError || cert.state === 'FAILED') reason = 'failed';
    else if (cert.state === 'ACTIVE' && cert.source !== 'ACME' && days !== null && days < EXPIRY_WARNING_DAYS)
      reason = 'expiring';
    if (reason) out.push({ cert, reason, days });
  }
  // Expired first, then by the time left (soonest first); no end date sorts as most urgent of its kind.
  const rank = (w: CertificateWarning<C>) => (w.reason === 'expired' ? 0 : 1);
  return out.sort((a, b) => rank(a) - rank(b) || (a.days ?? -Infinity) - (b.days ?? -Infinity));
}
