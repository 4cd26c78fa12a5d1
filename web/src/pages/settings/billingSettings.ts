import type { BillingSettingsInput } from '../../graphql/generated/graphql';

/** The billing settings form as typed. */
export type BillingSettingsValues = {
  paymentTermDays: string;
  /** Days overdue, separated by commas (or spaces): "3, 10, 20". */
  reminderDays: string;
  /** Empty: never suspend. */
  suspendAfterDays: string;
  /** Days before the due date saved cards are charged (0: on the due date). */
  autoChargeDaysBefore: string;
  /** Charge attempts per invoice, one a day (0: no automatic charges). */
  autoChargeAttempts: string;
};

/** Why a field cannot be sent: the API's Int would refuse the whole request without naming it. */
export type DaysProblem = 'required' | 'wholeNumber' | 'dayList';

export type BillingSettingsResult =
  | { input: BillingSettingsInput; problems?: never }
  | { input?: never; problems: Partial<Record<keyof BillingSettingsValues, DaysProblem>> };

const WHOLE = /^\d{1,6}$/;

interface StoredSettings {
  paymentTermDays: number;
  reminderDays: readonly number[];
  suspendAfterDays: number | null;
  autoChargeDaysBefore: number;
  autoChargeAttempts: number;
}

export function billingSettingsValues(r: StoredSettings): BillingSettingsValues {
  return {
    paymentTermDays: String(r.paymentTermDays),
    reminderDays: r.reminderDays.join(', '),
    suspendAfterDays: r.suspendAfterDays === null ? '' : String(r.suspendAfterDays),
    autoChargeDaysBefore: String(r.autoChargeDaysBefore),
    autoChargeAttempts: String(r.autoChargeAttempts),
  };
}

/** The input for the typed values; ranges (0–365, at most 10 reminders, 0–60 days, 0–10 attempts) are the API's to check. */
export function billingSettingsInput(values: BillingSettingsValues): BillingSettingsResult {
  const problems: Partial<Record<keyof BillingSettingsValues, DaysProblem>> = {};
  const term = values.paymentTermDays.trim();
  if (term === '') problems.paymentTermDays = 'required';
  else if (!WHOLE.test(term)) problems.paymentTermDays = 'wholeNumber';
  const days = values.reminderDays.split(/[\s,;]+/).filter(Boolean);
  if (!days.every((d) => WHOLE.test(d))) problems.reminderDays = 'dayList';
  const suspend = values.suspendAfterDays.trim();
  if (suspend !== '' && !WHOLE.test(suspend)) problems.suspendAfterDays = 'wholeNumber';
  const before = values.autoChargeDaysBefore.trim();
  if (before === '') problems.autoChargeDaysBefore = 'required';
  else if (!WHOLE.test(before)) problems.autoChargeDaysBefore = 'wholeNumber';
  const attempts = values.autoChargeAttempts.trim();
  if (attempts === '') problems.autoChargeAttempts = 'required';
  else if (!WHOLE.test(attempts)) problems.autoChargeAttempts = 'wholeNumber';
  if (Object.keys(problems).length) return { problems };
  return {
    input: {
      paymentTermDays: Number(term),
      reminderDays: days.map(Number),
      suspendAfterDays: suspend === '' ? null : Number(suspend),
      autoChargeDaysBefore: Number(before),
      autoChargeAttempts: Number(attempts),
    },
  };
}

/** A date input's value (YYYY-MM-DD) as the start of that day where the admin is; null when empty or not a date. */
export function startOfDay(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const d = new Date(`${date}T00:00:00`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
