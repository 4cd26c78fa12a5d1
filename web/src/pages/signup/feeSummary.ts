import type { MoneyView } from '../invoices/InvoiceAmounts';

/** What a plan's prices come to on the signup page. */
export interface PlanPrices {
  setupFee: MoneyView;
  resources: readonly { setupFee: MoneyView }[];
}

/** What the customer commits to with one period of a plan: the setup fees, and the first invoice before tax. */
export interface FeeSummary {
  /** The plan's and its resources' setup fees together; null when there are none. */
  setup: MoneyView | null;
  /** The first invoice before tax: the whole first period and the setup fees (as billing writes it). */
  firstInvoice: MoneyView;
}

const fractionDigits = (amount: string) => amount.split('.')[1]?.length ?? 0;

/** Adds amounts of one currency exactly, in minor units; the result has as many decimals as its parts. */
export function sumMoney(parts: readonly MoneyView[]): MoneyView {
  const [first] = parts;
  if (!first) throw new Error('sumMoney needs at least one amount');
  if (parts.some((p) => p.currency !== first.currency)) throw new Error('sumMoney: amounts in more than one currency');
  const minor = parts.reduce((s, p) => s + BigInt(p.minorUnits), 0n);
  const digits = Math.max(...parts.map((p) => fractionDigits(p.amount)));
  const sign = minor < 0n ? '-' : '';
  const text = (minor < 0n ? -minor : minor).toString().padStart(digits + 1, '0');
  const amount = digits ? `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}` : `${sign}${text}`;
  return { amount, minorUnits: minor.toString(), currency: first.currency };
}

/**
 * The setup fees and the first invoice of a period of a plan. The first invoice is the period's
 * price (recurring fees after its discount) plus every setup fee: the plan's own and its resources'
 * (issue-invoices.ts charges them on the first period only). Tax, if the company charges any, comes on top.
 */
export function feeSummary(plan: PlanPrices, periodPrice: MoneyView): FeeSummary {
  const setup = sumMoney([plan.setupFee, ...plan.resources.map((r) => r.setupFee)]);
  return {
    setup: BigInt(setup.minorUnits) > 0n ? setup : null,
    firstInvoice: sumMoney([periodPrice, setup]),
  };
}
