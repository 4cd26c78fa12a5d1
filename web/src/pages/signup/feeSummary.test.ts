import { describe, expect, it } from 'vitest';
import { feeSummary, sumMoney } from './feeSummary';

const usd = (amount: string) => ({
  amount,
  minorUnits: String(Math.round(Number(amount) * 100)),
  currency: 'USD',
});

describe('feeSummary', () => {
  it('adds the plan’s setup fee to the first period: 9.99 a month + 5.00 setup is a first invoice of 14.99', () => {
    const summary = feeSummary({ setupFee: usd('5.00'), resources: [] }, usd('9.99'));
    expect(summary.setup).toEqual(usd('5.00'));
    expect(summary.firstInvoice).toEqual(usd('14.99'));
  });

  it('counts the resources’ setup fees with the plan’s', () => {
    const summary = feeSummary(
      { setupFee: usd('10.00'), resources: [{ setupFee: usd('2.50') }, { setupFee: usd('0.00') }] },
      usd('54.00'),
    );
    expect(summary.setup).toEqual(usd('12.50'));
    expect(summary.firstInvoice).toEqual(usd('66.50'));
  });

  it('has no setup line when nothing is charged once: the first invoice is the period’s price', () => {
    const summary = feeSummary({ setupFee: usd('0.00'), resources: [{ setupFee: usd('0.00') }] }, usd('5.00'));
    expect(summary.setup).toBeNull();
    expect(summary.firstInvoice).toEqual(usd('5.00'));
  });
});

describe('sumMoney', () => {
  it('adds exactly in minor units, whatever the size, keeping the decimals', () => {
    expect(
      sumMoney([
        { amount: '90071992547409.93', minorUnits: '9007199254740993', currency: 'EUR' },
        { amount: '0.07', minorUnits: '7', currency: 'EUR' },
      ]),
    ).toEqual({ amount: '90071992547410.00', minorUnits: '9007199254741000', currency: 'EUR' });
    expect(sumMoney([{ amount: '0.05', minorUnits: '5', currency: 'EUR' }])).toEqual({
      amount: '0.05',
      minorUnits: '5',
      currency: 'EUR',
    });
    expect(sumMoney([{ amount: '1200', minorUnits: '1200', currency: 'JPY' }, usdLike('JPY', '34', '34')])).toEqual({
      amount: '1234',
      minorUnits: '1234',
      currency: 'JPY',
    });
  });

  it('refuses to add two currencies', () => {
    expect(() => sumMoney([usd('1.00'), { amount: '1.00', minorUnits: '100', currency: 'EUR' }])).toThrow();
  });
});

function usdLike(currency: string, amount: string, minorUnits: string) {
  return { amount, minorUnits, currency };
}
