import { describe, expect, it } from 'vitest';
import { formatAmount, isCurrency, minorDigits, parseAmount } from './money';

describe('money: exact minor units', () => {
  it('knows each currency’s minor unit from ISO 4217', () => {
    expect([minorDigits('USD'), minorDigits('EUR'), minorDigits('JPY'), minorDigits('BHD')]).toEqual([2, 2, 0, 3]);
    expect(isCurrency('USD')).toBe(true);
    expect(isCurrency('usd')).toBe(false);
    expect(isCurrency('XYZ')).toBe(false);
  });

  it('parses typed amounts exactly, with no float in between', () => {
    const minor = (t: string, c = 'USD') => {
      const r = parseAmount(t, c);
      return r.ok ? r.minor : r.message;
    };
    expect(minor('12.34')).toBe(1234n);
    expect(minor('0.1')).toBe(10n);
    expect(minor('0.29')).toBe(29n); // 0.29 * 100 is 28.999999999999996 in floating point
    expect(minor('1200', 'JPY')).toBe(1200n);
    expect(minor('1.005', 'BHD')).toBe(1005n);
    expect(minor('10000000000')).toBe(1_000_000_000_000n); // the maximum, ten billion
  });

  it('refuses signs, too many decimals, zero, separators and absurd sizes', () => {
    const bad = (t: string, c = 'USD') => {
      const r = parseAmount(t, c);
      return r.ok ? `accepted ${r.minor}` : r.message;
    };
    expect(bad('-5')).toContain('positive amount');
    expect(bad('+5')).toContain('positive amount');
    expect(bad('1.234')).toContain('more than 2 decimals');
    expect(bad('5.5', 'JPY')).toContain('JPY has no decimals');
    expect(bad('0.00')).toContain('more than zero');
    expect(bad('1,000.00')).toContain('positive amount');
    expect(bad('1e3')).toContain('positive amount');
    expect(bad('10000000000.01')).toContain('at most 10000000000.00');
  });

  it('prints minor units back in major units, signed', () => {
    expect(formatAmount(1234n, 'USD')).toBe('12.34');
    expect(formatAmount(-5n, 'USD')).toBe('-0.05');
    expect(formatAmount(0n, 'USD')).toBe('0.00');
    expect(formatAmount(1200n, 'JPY')).toBe('1200');
    expect(formatAmount(1005n, 'BHD')).toBe('1.005');
  });
});
