import { describe, expect, it } from 'vitest';
import {
  asMoneyAction,
  formatAmount,
  isNegative,
  isPositive,
  MONEY_ACTIONS,
  newIdempotencyKey,
  standingOf,
} from './money';

describe('balance standing', () => {
  it('reads credit, debt or settled from the sign of the minor units', () => {
    expect(standingOf('2550')).toBe('CREDIT');
    expect(standingOf('1')).toBe('CREDIT');
    expect(standingOf('-5')).toBe('OWES');
    expect(standingOf('0')).toBe('SETTLED');
    expect(standingOf('-0')).toBe('SETTLED');
  });

  it('stays exact beyond what a float holds', () => {
    expect(standingOf('-90071992547409930001')).toBe('OWES');
    expect(isNegative('-90071992547409930001')).toBe(true);
    expect(isNegative('90071992547409930001')).toBe(false);
    expect(isNegative('0')).toBe(false);
    expect(isPositive('90071992547409930001')).toBe(true);
    expect(isPositive('0')).toBe(false);
    expect(isPositive('-1')).toBe(false);
  });
});

describe('amount formatting', () => {
  it('uses the locale’s separators and keeps every digit', () => {
    expect(formatAmount('25.50', 'en-GB')).toBe('25.50');
    expect(formatAmount('25.50', 'de-DE')).toBe('25,50');
    expect(formatAmount('1234567.05', 'en-GB')).toBe('1,234,567.05');
    expect(formatAmount('1234567.05', 'de-DE')).toBe('1.234.567,05');
    expect(formatAmount('90071992547409930.01', 'en-GB')).toBe('90,071,992,547,409,930.01');
    expect(formatAmount('1200', 'en-GB')).toBe('1,200');
  });

  it('signs negatives, and positives only when asked', () => {
    expect(formatAmount('-0.05', 'en-GB')).toBe('-0.05');
    expect(formatAmount('-30.00', 'de-DE')).toBe('-30,00');
    expect(formatAmount('25.00', 'en-GB', { signed: true })).toBe('+25.00');
    expect(formatAmount('25.00', 'en-GB')).toBe('25.00');
    expect(formatAmount('0.00', 'en-GB', { signed: true })).toBe('0.00');
  });
});

describe('money actions', () => {
  it('offers payment, credit and refund, payment by default', () => {
    expect(MONEY_ACTIONS).toEqual(['PAYMENT', 'CREDIT', 'REFUND']);
    expect(asMoneyAction('REFUND')).toBe('REFUND');
    expect(asMoneyAction('CHARGE')).toBe('PAYMENT');
  });
});

describe('idempotency keys', () => {
  it('are new each time and within the API’s 8–200 characters', () => {
    const a = newIdempotencyKey();
    const b = newIdempotencyKey();
    expect(a).not.toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(8);
    expect(a.length).toBeLessThanOrEqual(200);
  });
});
