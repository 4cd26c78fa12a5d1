import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countryOptions } from './countries';
import { preselected } from './signupChoice';

const plan = (id: string, months: number[]) => ({
  id,
  periods: months.map((m) => ({
    months: m,
    discountPercent: '0',
    price: { amount: '1.00', minorUnits: '100', currency: 'USD' },
  })),
});

describe('preselected', () => {
  it('chooses the only plan, with its shortest period (the API lists periods shortest first)', () => {
    expect(preselected([plan('7', [1, 12])])).toEqual({ planId: '7', months: 1 });
    expect(preselected([plan('7', [12])])).toEqual({ planId: '7', months: 12 });
  });

  it('chooses nothing when there are plans to compare, or none at all', () => {
    expect(preselected([plan('7', [1]), plan('8', [1])])).toBeNull();
    expect(preselected([])).toBeNull();
    expect(preselected([plan('7', [])])).toBeNull();
  });
});

describe('countryOptions', () => {
  it('offers the 249 ISO 3166 codes once each, every one with a name', () => {
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    for (const locale of ['en-GB', 'de-DE']) {
      const options = countryOptions(locale);
      expect(options).toHaveLength(249);
      expect(options.filter((o) => o.name === o.code)).toEqual([]);
    }
  });

  it('names countries in the panel’s language, sorted as that language sorts', () => {
    const de = countryOptions('de-DE');
    expect(de.find((o) => o.code === 'DE')?.name).toBe('Deutschland');
    expect(countryOptions('en-GB').find((o) => o.code === 'DE')?.name).toBe('Germany');
    const names = de.map((o) => o.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('de-DE').compare));
    // "Österreich" sorts with the O's in German, not after Z.
    expect(names.indexOf('Österreich')).toBeLessThan(names.indexOf('Polen'));
  });
});
