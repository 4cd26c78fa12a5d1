import { describe, expect, it } from 'vitest';
import type { AdminPlanFieldsFragment } from '../../graphql/generated/graphql';
import {
  emptyPlanValues,
  errorKeys,
  errorsByKey,
  nextFreeMonths,
  periodRow,
  planInputFrom,
  planValuesFrom,
  RESOURCE_KINDS,
  type PlanValues,
} from './planValues';

const money = (amount: string, minorUnits: string) => ({ amount, minorUnits, currency: 'EUR' });

const saved: AdminPlanFieldsFragment = {
  id: '7',
  name: 'Business',
  description: 'For shops',
  platform: 'UNIX',
  signupEnabled: true,
  moderated: false,
  forResellers: false,
  oversellPercent: 0,
  setupFee: money('0.00', '0'),
  recurringFee: money('9.90', '990'),
  periods: [
    { months: 1, discountPercent: '0', price: money('9.90', '990') },
    { months: 12, discountPercent: '12.5', price: money('103.95', '10395') },
  ],
  resources: [
    {
      kind: 'DOMAIN',
      maxUnits: 5,
      freeUnits: 0,
      setupFee: money('0.00', '0'),
      recurringFee: money('1.00', '100'),
      usagePrice: money('0.00', '0'),
    },
    {
      kind: 'DISK_MB',
      maxUnits: null,
      freeUnits: 1000,
      setupFee: money('0.00', '0'),
      recurringFee: money('0.00', '0'),
      usagePrice: money('0.01', '1'),
    },
  ],
};

function including(values: PlanValues, ...kinds: string[]): PlanValues {
  return { ...values, resources: values.resources.map((r) => (kinds.includes(r.kind) ? { ...r, included: true } : r)) };
}

describe('plan form values', () => {
  it('start a new plan with a monthly period and every resource left out', () => {
    const v = emptyPlanValues();
    expect(v.periods.map((p) => p.months)).toEqual(['1']);
    expect(v.resources.map((r) => r.kind)).toEqual(RESOURCE_KINDS);
    expect(v.resources.every((r) => !r.included)).toBe(true);
  });

  it('read a saved plan: free amounts and no discount empty, no limit empty, missing kinds left out', () => {
    const v = planValuesFrom(saved);
    expect(v.setupFee).toBe('');
    expect(v.recurringFee).toBe('9.90');
    expect(v.periods.map((p) => [p.months, p.discountPercent])).toEqual([
      ['1', ''],
      ['12', '12.5'],
    ]);
    const domain = v.resources.find((r) => r.kind === 'DOMAIN')!;
    expect(domain).toMatchObject({
      included: true,
      maxUnits: '5',
      freeUnits: '',
      recurringFee: '1.00',
      usagePrice: '',
    });
    expect(v.resources.find((r) => r.kind === 'DISK_MB')).toMatchObject({
      included: true,
      maxUnits: '',
      freeUnits: '1000',
      usagePrice: '0.01',
    });
    expect(v.resources.find((r) => r.kind === 'MAILBOX')!.included).toBe(false);
  });

  it('give each period row its own id and offer the shortest free period next', () => {
    const rows = [periodRow(1), periodRow(12)];
    expect(rows[0]!.id).not.toBe(rows[1]!.id);
    expect(nextFreeMonths(rows)).toBe(3);
    expect(nextFreeMonths([1, 3, 6, 12, 24, 36].map((m) => periodRow(m)))).toBeNull();
  });
});

describe('plan input', () => {
  it('sends included resources only, empty figures as null, periods as numbers', () => {
    const v = planValuesFrom(saved);
    const { input } = planInputFrom({ ...v, name: '  Business  ', setupFee: ' ' });
    expect(input).toMatchObject({
      name: 'Business',
      setupFee: null,
      recurringFee: '9.90',
      signupEnabled: true,
      platform: 'UNIX',
    });
    expect(input!.periods).toEqual([
      { months: 1, discountPercent: null },
      { months: 12, discountPercent: '12.5' },
    ]);
    expect(input!.resources).toEqual([
      { kind: 'DOMAIN', maxUnits: 5, freeUnits: null, setupFee: null, recurringFee: '1.00', usagePrice: null },
      { kind: 'DISK_MB', maxUnits: null, freeUnits: 1000, setupFee: null, recurringFee: null, usagePrice: '0.01' },
    ]);
  });

  it('refuses counts that are not whole numbers, naming the row', () => {
    const v = including(emptyPlanValues(), 'MAILBOX');
    v.resources = v.resources.map((r) => (r.kind === 'MAILBOX' ? { ...r, maxUnits: '2.5', freeUnits: '-1' } : r));
    expect(planInputFrom(v)).toEqual({ invalid: ['resource.MAILBOX.maxUnits', 'resource.MAILBOX.freeUnits'] });
  });
});

describe('field errors', () => {
  it('put resources.<i> errors under the i-th included kind, and keep periods and plain fields', () => {
    const v = including(emptyPlanValues(), 'WEB_SITE', 'TRAFFIC_GB');
    const keys = errorKeys(v);
    expect(keys.get('resources.1.usagePrice')).toBe('resource.TRAFFIC_GB.usagePrice');
    expect(keys.get('resources.2.usagePrice')).toBeUndefined();
    expect(keys.get('periods.0.months')).toBe('periods.0.months');
    expect(keys.get('periods.1.months')).toBeUndefined();
    expect(errorsByKey({ 'resources.0.setupFee': 'must be an amount', name: 'must not be empty' }, keys)).toEqual({
      'resource.WEB_SITE.setupFee': 'must be an amount',
      name: 'must not be empty',
    });
  });
});
