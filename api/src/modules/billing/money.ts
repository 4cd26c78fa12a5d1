/**
 * Money as integer minor units of an ISO 4217 currency (BIL-3): never a float. Amounts cross the
 * API as decimal strings in major units ("12.34"), parsed and printed here exactly.
 * The currency checks, parsing and printing, prices and percentages are in the core (src/money.ts);
 * the billing-only rules are here.
 */

import { formatAmount } from '../../money';

export { isCurrency, minorDigits, MAX_MINOR, parseAmount, formatAmount, type AmountCheck } from '../../money';

/** An amount as people read it: "12.50 USD". */
export function moneyText(minor: bigint, currency: string): string {
  return `${formatAmount(minor, currency)} ${currency}`;
}

/** `bp` basis points of `amount`, rounded half up (amount ≥ 0): how tax is computed. */
export function percentOf(amount: bigint, bp: number): bigint {
  return (amount * BigInt(bp) + 5000n) / 10000n;
}
