import { describe, expect, it } from 'vitest';
import { companyDetailsOf } from './companyDetails';

describe('companyDetailsOf', () => {
  it('gives every detail as text, empty where the company has none', () => {
    expect(
      companyDetailsOf({ legalName: 'Cloud Nine GmbH', address: 'Hauptstr. 1\n10115 Berlin', taxId: null }),
    ).toEqual({
      legalName: 'Cloud Nine GmbH',
      address: 'Hauptstr. 1\n10115 Berlin',
      taxId: '',
      supportEmail: '',
      supportPhone: '',
    });
  });

  it('gives empty values before the company is loaded', () => {
    expect(Object.values(companyDetailsOf(null))).toEqual(['', '', '', '', '']);
  });
});
