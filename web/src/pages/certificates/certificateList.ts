import type { CertificateKind, CertificateSource, CertificateState } from '../../graphql/generated/graphql';

export const CERTIFICATE_STATES: readonly CertificateState[] = ['ACTIVE', 'PENDING', 'REQUESTED', 'FAILED', 'EXPIRED'];
export const CERTIFICATE_SOURCES: readonly CertificateSource[] = ['ACME', 'UPLOADED', 'SELF_SIGNED'];
export const CERTIFICATE_KINDS: readonly CertificateKind[] = ['SITE', 'WILDCARD', 'PANEL', 'MAIL'];

export interface ListedCertificate {
  state: CertificateState;
  source: CertificateSource;
  kind: CertificateKind;
  notAfter?: string | null;
  lastError?: string | null;
}

/** The list's filters; an empty value shows all. */
export interface CertificateFilters {
  state: string;
  source: string;
  kind: string;
}

/** A filter value from the URL, kept only when it is one of `allowed` (else: no filter). */
export function pick<T extends string>(value: string, allowed: readonly T[]): T | '' {
  return (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

/** Whether a certificate needs an admin: its ACME issue or renewal failed. */
export const needsAttention = (c: ListedCertificate): boolean => !!c.lastError || c.state === 'FAILED';

/**
 * The rows an admin looks at first, over the page fetched (the API has no such arguments): the
 * filters applied, failed issues and renewals first, then the soonest end of validity, then the
 * rest in the API's order (newest first). Sorting is stable, so equal rows keep that order.
 */
export function certificatesForAdmin<C extends ListedCertificate>(rows: readonly C[], f: CertificateFilters): C[] {
  const end = (c: C) => (c.notAfter ? new Date(c.notAfter).getTime() : Infinity);
  return rows
    .filter(
      (c) =>
        (!f.state || c.state === f.state) && (!f.source || c.source === f.source) && (!f.kind || c.kind === f.kind),
    )
    .map((c, i) => ({ c, i }))
    .sort((a, b) => Number(needsAttention(b.c)) - Number(needsAttention(a.c)) || end(a.c) - end(b.c) || a.i - b.i)
    .map(({ c }) => c);
}

/** The company's certificates an admin installs; MAIL is the master admin's alone (the API refuses others). */
export const companyKinds = (master: boolean): readonly CertificateKind[] =>
  master ? ['PANEL', 'WILDCARD', 'MAIL'] : ['PANEL', 'WILDCARD'];

interface CompanyCertificate {
  kind: CertificateKind;
  state: CertificateState;
  source: CertificateSource;
}

/**
 * One kind's place on the company certificates page, from `companyCertificates` (newest first):
 * the certificate that serves (ACTIVE, else the newest that is neither being issued nor failed),
 * and the newest ACME order when it is still PENDING or FAILED (shown beside the one serving).
 */
export function companySlot<C extends CompanyCertificate>(
  certs: readonly C[],
  kind: CertificateKind,
): { serving: C | null; order: C | null } {
  const mine = certs.filter((c) => c.kind === kind);
  const settled = (c: C) => c.state !== 'PENDING' && c.state !== 'FAILED';
  const serving = mine.find((c) => c.state === 'ACTIVE') ?? mine.find(settled) ?? null;
  const newest = mine[0] ?? null;
  const order = newest && !settled(newest) && newest.source === 'ACME' ? newest : null;
  return { serving, order };
}
