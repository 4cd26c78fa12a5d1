import { describe, expect, it } from 'vitest';
import { billingSettingsInput, billingSettingsValues, startOfDay } from './billingSettings';

describe('billing settings input', () => {
  it('reads the reminder days from a comma-separated list and an empty suspension as never', () => {
    expect(billingSettingsInput({ paymentTermDays: ' 14 ', reminderDays: '3, 10,20', suspendAfterDays: '' })).toEqual({
      input: { paymentTermDays: 14, reminderDays: [3, 10, 20], suspendAfterDays: null },
    });
    expect(billingSettingsInput({ paymentTermDays: '0', reminderDays: ' ', suspendAfterDays: '30' })).toEqual({
      input: { paymentTermDays: 0, reminderDays: [], suspendAfterDays: 30 },
    });
  });

  it('names each field that is not a whole number', () => {
    expect(billingSettingsInput({ paymentTermDays: '', reminderDays: '3, ten', suspendAfterDays: '1.5' })).toEqual({
      problems: { paymentTermDays: 'required', reminderDays: 'dayList', suspendAfterDays: 'wholeNumber' },
    });
    expect(billingSettingsInput({ paymentTermDays: '-1', reminderDays: '', suspendAfterDays: '' }).problems).toEqual({ paymentTermDays: 'wholeNumber' });
  });

  it('shows the stored settings as typed', () => {
    expect(billingSettingsValues({ paymentTermDays: 14, reminderDays: [3, 10], suspendAfterDays: null })).toEqual({ paymentTermDays: '14', reminderDays: '3, 10', suspendAfterDays: '' });
  });
});

describe('tax rate start', () => {
  it('is the start of the chosen day in the local time zone', () => {
    expect(startOfDay('2027-01-01')).toBe(new Date(2027, 0, 1).toISOString());
    expect(startOfDay('')).toBeNull();
    expect(startOfDay('2027-13-45')).toBeNull();
  });
});
