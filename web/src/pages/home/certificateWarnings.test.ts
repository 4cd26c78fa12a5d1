import { describe, expect, it } from 'vitest';
import { certificateWarnings, type WarnableCertificate } from './certificateWarnings';

const NOW = new Date('2026-06-01T12:00:00Z');
const inDays = (d: number) => new Date(NOW.getTime() + d * 86_400_000).toISOString();
let next = 0;
const cert = (c: Partial<WarnableCertificate>): WarnableCertificate => ({
  id: String(++next),
  state: 'ACTIVE',
  source: 'UPLOADED',
  notAfter: inDays(200),
  lastError: null,
  domainId: '7',
  ...c,
});

const reasons = (certs: WarnableCertificate[]) =>
  certificateWarnings(certs, NOW).map((w) => [w.cert.id, w.reason, w.days] as const);

describe('certificateWarnings', () => {
  it('warns of an uploaded certificate within 30 days, not of one further off', () => {
    const soon = cert({ notAfter: inDays(12) });
    const later = cert({ notAfter: inDays(31) });
    expect(reasons([soon, later])).toEqual([[soon.id, 'expiring', 12]]);
  });

  it('does not warn of an ACME certificate close to its end: the panel renews it', () => {
    expect(reasons([cert({ source: 'ACME', notAfter: inDays(5) })])).toEqual([]);
  });

  it('warns of an ACME certificate whose renewal failed, whatever its time left', () => {
    const c = cert({ source: 'ACME', notAfter: inDays(60), lastError: 'rate limited' });
    expect(reasons([c])).toEqual([[c.id, 'failed', 60]]);
  });

  it('warns of expired and failed ones, expired first; pending and requested ones are not warnings', () => {
    const failed = cert({ source: 'ACME', state: 'FAILED', notAfter: null, lastError: 'no answer' });
    const expired = cert({ state: 'EXPIRED', notAfter: inDays(-3) });
    const lapsed = cert({ state: 'ACTIVE', notAfter: inDays(-1) }); // not swept to EXPIRED yet
    const quiet = [
      cert({ source: 'ACME', state: 'PENDING', notAfter: null }),
      cert({ state: 'REQUESTED', notAfter: null }),
    ];
    const out = reasons([failed, ...quiet, lapsed, expired]);
    expect(out.map(([id, reason]) => [id, reason])).toEqual([
      [expired.id, 'expired'],
      [lapsed.id, 'expired'],
      [failed.id, 'failed'],
    ]);
  });
});
