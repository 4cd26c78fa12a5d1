import { describe, expect, it } from 'vitest';
import { daysUntil, expiryLevel, pemFileName } from './certificateFiles';

const now = new Date('2026-03-01T12:00:00Z');

describe('daysUntil', () => {
  it('counts whole days left, rounded down', () => {
    expect(daysUntil('2026-03-31T12:00:00Z', now)).toBe(30);
    expect(daysUntil('2026-03-31T11:59:59Z', now)).toBe(29);
    expect(daysUntil('2026-03-01T18:00:00Z', now)).toBe(0);
  });

  it('is negative once the date has passed', () => {
    expect(daysUntil('2026-02-28T12:00:00Z', now)).toBe(-1);
    expect(daysUntil('2026-03-01T11:00:00Z', now)).toBe(-1);
  });
});

describe('expiryLevel', () => {
  it('is ok with 30 days or more left, soon under 30, expired at or after the end', () => {
    expect(expiryLevel('2026-06-01T00:00:00Z', now)).toBe('ok');
    expect(expiryLevel('2026-03-31T12:00:00Z', now)).toBe('ok');
    expect(expiryLevel('2026-03-31T11:00:00Z', now)).toBe('soon');
    expect(expiryLevel('2026-03-01T12:00:01Z', now)).toBe('soon');
    expect(expiryLevel('2026-03-01T12:00:00Z', now)).toBe('expired');
    expect(expiryLevel('2025-12-01T00:00:00Z', now)).toBe('expired');
  });
});

describe('pemFileName', () => {
  it('names the files after the first host name', () => {
    expect(pemFileName(['shop.example', 'www.shop.example'], 'certificate')).toBe('shop.example.pem');
    expect(pemFileName(['shop.example'], 'chain')).toBe('shop.example-chain.pem');
    expect(pemFileName(['shop.example'], 'csr')).toBe('shop.example.csr');
  });

  it('makes a wildcard and odd characters safe for a file system', () => {
    expect(pemFileName(['*.Shop.Example'], 'certificate')).toBe('_wildcard.shop.example.pem');
    expect(pemFileName(['a/b\\c:d'], 'certificate')).toBe('a_b_c_d.pem');
    expect(pemFileName(['..'], 'csr')).toBe('certificate.csr');
  });

  it('falls back to a plain name without host names', () => {
    expect(pemFileName([], 'certificate')).toBe('certificate.pem');
    expect(pemFileName([''], 'chain')).toBe('certificate-chain.pem');
  });
});
