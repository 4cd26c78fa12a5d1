import { describe, expect, it } from 'vitest';
import {
  CERTIFICATE_STATES,
  certificatesForAdmin,
  companyKinds,
  companySlot,
  pick,
  type ListedCertificate,
} from './certificateList';

type Row = ListedCertificate & { id: string };
const row = (id: string, c: Partial<ListedCertificate>): Row => ({
  id,
  state: 'ACTIVE',
  source: 'UPLOADED',
  kind: 'SITE',
  notAfter: '2027-01-01T00:00:00Z',
  lastError: null,
  ...c,
});
const ids = (rows: Row[]) => rows.map((r) => r.id);
const ALL = { state: '', source: '', kind: '' };

describe('certificatesForAdmin', () => {
  const rows = [
    row('late', { notAfter: '2027-06-01T00:00:00Z' }),
    row('soon', { notAfter: '2026-07-01T00:00:00Z', source: 'ACME' }),
    row('csr', { state: 'REQUESTED', notAfter: null }),
    row('renewal-failed', { source: 'ACME', notAfter: '2026-12-01T00:00:00Z', lastError: 'rate limited' }),
    row('failed', { source: 'ACME', state: 'FAILED', notAfter: null, lastError: 'no answer' }),
    row('wild', { kind: 'WILDCARD', notAfter: '2026-08-01T00:00:00Z' }),
  ];

  it('puts failed issues and renewals first, then the soonest expiry; no end date last', () => {
    expect(ids(certificatesForAdmin(rows, ALL))).toEqual(['renewal-failed', 'failed', 'soon', 'wild', 'late', 'csr']);
  });

  it('filters by state, source and kind together', () => {
    expect(ids(certificatesForAdmin(rows, { ...ALL, source: 'ACME' }))).toEqual(['renewal-failed', 'failed', 'soon']);
    expect(ids(certificatesForAdmin(rows, { ...ALL, state: 'FAILED' }))).toEqual(['failed']);
    expect(ids(certificatesForAdmin(rows, { ...ALL, kind: 'WILDCARD' }))).toEqual(['wild']);
    expect(ids(certificatesForAdmin(rows, { state: 'ACTIVE', source: 'ACME', kind: 'SITE' }))).toEqual([
      'renewal-failed',
      'soon',
    ]);
  });

  it('ignores a filter value from the URL that is not one of the choices', () => {
    expect(pick('ACTIVE', CERTIFICATE_STATES)).toBe('ACTIVE');
    expect(pick("ACTIVE' OR 1=1", CERTIFICATE_STATES)).toBe('');
  });
});

describe('companyKinds', () => {
  it('offers the mail certificate to the master admin only', () => {
    expect(companyKinds(true)).toContain('MAIL');
    expect(companyKinds(false)).toEqual(['PANEL', 'WILDCARD']);
  });
});

describe('companySlot', () => {
  const c = (
    id: string,
    kind: ListedCertificate['kind'],
    state: ListedCertificate['state'],
    source: ListedCertificate['source'] = 'ACME',
  ) => row(id, { kind, state, source });

  it('shows the certificate that serves, and a pending or failed order beside it', () => {
    const certs = [c('3', 'PANEL', 'PENDING'), c('2', 'PANEL', 'ACTIVE'), c('1', 'WILDCARD', 'FAILED')];
    expect(companySlot(certs, 'PANEL')).toEqual({ serving: certs[1], order: certs[0] });
    expect(companySlot(certs, 'WILDCARD')).toEqual({ serving: null, order: certs[2] });
    expect(companySlot(certs, 'MAIL')).toEqual({ serving: null, order: null });
  });

  it('an order that succeeded is the one serving, with nothing beside it', () => {
    const certs = [c('5', 'PANEL', 'ACTIVE'), c('4', 'PANEL', 'EXPIRED', 'UPLOADED')];
    expect(companySlot(certs, 'PANEL')).toEqual({ serving: certs[0], order: null });
  });
});
