import { lessPercent } from '../../money';
import { RESOURCE_LABEL } from './limits';
import type { PlanPeriod } from './plan-period.entity';
import type { PlanResource } from './plan-resource.entity';
import type { Plan } from './plan.entity';

export interface PriceLine {
  description: string;
  resourceKind: PlanResource['kind'] | null;
  quantity: number;
  unitPriceMinor: bigint;
  amountMinor: bigint;
}

/**
 * The recurring lines of one whole period of a plan, as the billing run writes them (issue-invoices.ts
 * computes the same in SQL; billing tests check the two agree): each fee × months, less the period's
 * discount, rounded half up.
 */
export function recurringLines(
  plan: Plan,
  resources: readonly PlanResource[],
  period: Pick<PlanPeriod, 'months' | 'discountBp'>,
): PriceLine[] {
  const months = `${period.months} ${period.months === 1 ? 'month' : 'months'}`;
  const line = (description: string, kind: PriceLine['resourceKind'], fee: bigint): PriceLine => {
    const unit = fee * BigInt(period.months);
    return {
      description,
      resourceKind: kind,
      quantity: 1,
      unitPriceMinor: unit,
      amountMinor: lessPercent(unit, period.discountBp),
    };
  };
  const lines: PriceLine[] = [];
  if (plan.recurringFeeMinor > 0n) lines.push(line(`Plan ${plan.name}, ${months}`, null, plan.recurringFeeMinor));
  for (const r of [...resources].sort((a, b) => (a.kind < b.kind ? -1 : 1))) {
    if (r.recurringFeeMinor > 0n)
      lines.push(line(`${capitalized(RESOURCE_LABEL[r.kind])}, ${months}`, r.kind, r.recurringFeeMinor));
  }
  return lines;
}

export function sumOf(lines: readonly { amountMinor: bigint }[]): bigint {
  return lines.reduce((s, l) => s + l.amountMinor, 0n);
}

export function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * `date` plus `months` calendar months in UTC, clamped to the target month's last day (Jan 31 + 1 →
 * Feb 28/29): the rule the SQL of both dialects follows.
 */
export function addMonthsUtc(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = new Date(date);
  d.setUTCDate(1);
  d.setUTCFullYear(y, m, Math.min(date.getUTCDate(), lastDay));
  return d;
}
