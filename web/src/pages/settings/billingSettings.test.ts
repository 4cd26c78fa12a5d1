import { describe, expect, it } from 'vitest';
import { billingSettingsInput, billingSettingsValues, startOfDay } from './billingSettings';

const AUTO = { autoChargeDaysBefore: '0', autoChargeAttempts: '3' };
const BASE = { paymentTermDays: '14', reminderDays: '', suspendAfterDays: '', ...AUTO };

describe('billing settings input', () => {
  it('reads the reminder days from a comma-separated list and an empty suspension as never', () => {
    expect(
      billingSettingsInput({ paymentTermDays: ' 14 ', reminderDays: '3, 10,20', suspendAfterDays: '', ...AUTO }),
    ).toEqual({
      input: {
        paymentTermDays: 14,
        reminderDays: [3, 10, 20],
        suspendAfterDays: null,
        autoChargeDaysBefore: 0,
        autoChargeAttempts: 3,
      },
    });
    expect(billingSettingsInput({ paymentTermDays: '0', reminderDays: ' ', suspendAfterDays: '30', ...AUTO })).toEqual({
      input: {
        paymentTermDays: 0,
        reminderDays: [],
        suspendAfterDays: 30,
        autoChargeDaysBefore: 0,
        autoChargeAttempts: 3,
      },
    });
  });

  it('names each field that is not a whole number', () => {
    expect(
      billingSettingsInput({ paymentTermDays: '', reminderDays: '3, ten', suspendAfterDays: '1.5', ...AUTO }),
    ).toEqual({
      problems: { paymentTermDays: 'required', reminderDays: 'dayList', suspendAfterDays: 'wholeNumber' },
    });
    expect(
      billingSettingsInput({ paymentTermDays: '-1', reminderDays: '', suspendAfterDays: '', ...AUTO }).problems,
    ).toEqual({ paymentTermDays: 'wholeNumber' });
  });

  it('reads the automatic charge days and attempts as whole numbers, both required', () => {
    expect(billingSettingsInput({ ...BASE, autoChargeDaysBefore: ' 5 ', autoChargeAttempts: '0' }).input).toMatchObject(
      { autoChargeDaysBefore: 5, autoChargeAttempts: 0 },
    );
    expect(billingSettingsInput({ ...BASE, autoChargeDaysBefore: '', autoChargeAttempts: 'two' }).problems).toEqual({
      autoChargeDaysBefore: 'required',
      autoChargeAttempts: 'wholeNumber',
    });
  });

  it('shows the stored settings as typed', () => {
    expect(
      billingSettingsValues({
        paymentTermDays: 14,
        reminderDays: [3, 10],
        suspendAfterDays: null,
        autoChargeDaysBefore: 2,
        autoChargeAttempts: 3,
      }),
    ).toEqual({
      paymentTermDays: '14',
      reminderDays: '3, 10',
      suspendAfterDays: '',
      autoChargeDaysBefore: '2',
      autoChargeAttempts: '3',
    });
  });
});

describe('tax rate start', () => {
  it('is the start of the chosen day in the local time zone', () => {
    expect(startOfDay('2027-01-01')).toBe(new Date(2027, 0, 1).toISOString());
    expect(startOfDay('')).toBeNull();
    expect(startOfDay('2027-13-45')).toBeNull();
  });
});
