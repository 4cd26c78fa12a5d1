const DAY = 86_400_000;

/** How a certificate's end of validity reads: fine, close (under 30 days: renew soon) or past. */
export type ExpiryLevel = 'ok' | 'soon' | 'expired';

/** Days left before `notAfter`, whole days rounded down; negative once it has passed. */
export function daysUntil(notAfter: string | Date, now: Date = new Date()): number {
  return Math.floor((new Date(notAfter).getTime() - now.getTime()) / DAY);
}

/** Expired once `notAfter` is not in the future; "soon" under 30 days left. */
export function expiryLevel(notAfter: string | Date, now: Date = new Date()): ExpiryLevel {
  const end = new Date(notAfter).getTime();
  if (end <= now.getTime()) return 'expired';
  return daysUntil(notAfter, now) < 30 ? 'soon' : 'ok';
}

/** What a file saved from the SSL card holds. */
export type PemFileKind = 'certificate' | 'chain' | 'csr';

/**
 * The name a certificate's file is saved under, from its first host name: `shop.com.pem`,
 * `shop.com-chain.pem`, `shop.com.csr`; a wildcard's star becomes `_wildcard`, anything a file
 * system could trip on becomes `_`.
 */
export function pemFileName(names: readonly string[], kind: PemFileKind): string {
  const first = names[0]?.trim().toLowerCase() ?? '';
  const base =
    first
      .replace(/^\*\./, '_wildcard.')
      .replace(/[^a-z0-9._-]/g, '_')
      .replace(/^\.+/, '') || 'certificate';
  if (kind === 'csr') return `${base}.csr`;
  return kind === 'chain' ? `${base}-chain.pem` : `${base}.pem`;
}
