/**
 * Money as integer minor units of an ISO 4217 currency (BIL-3): never a float. Amounts cross the
 * API as decimal strings in major units ("12.34"), parsed and printed here exactly.
 * The currency checks, parsing and printing are in the core (src/money.ts); the billing rules are here.
 */

import { formatAmount, parseAmount, type AmountCheck } from '../../money';

export { isCurrency, minorDigits, MAX_MINOR, parseAmount, formatAmount, type AmountCheck } from '../../money';

/** An amount as people read it: "12.50 USD". */
export function moneyText(minor: bigint, currency: string): string {
  return `${formatAmount(minor, currency)} ${currency}`;
}

/** A price typed in major units, where zero (or nothing) is allowed: "" and "0" → 0n; otherwise as parseAmount. */
export function parsePrice(text: string | null | undefined, currency: string): AmountCheck {
  const t = (text ?? '').trim();
  if (t === '' || /^0+(\.0+)?$/.test(t)) return { ok: true, minor: 0n };
  return parseAmount(t, currency);
}

/** A percentage typed as "12.5" (0–100, at most two decimals) in basis points (1250). */
export function parsePercent(
  text: string | null | undefined,
): { ok: true; bp: number } | { ok: false; message: string } {
  const t = (text ?? '').trim() || '0';
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return { ok: false, message: 'must be a percentage such as 10 or 12.5, with at most two decimals' };
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (bp > 10000) return { ok: false, message: 'must be at most 100' };
  return { ok: true, bp };
}

/** Basis points as a percentage string: 1250 → "12.5", 1900 → "19". */
export function formatPercent(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const frac = bp % 100;
  return frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
}

/** `amount` less `bp` basis points, rounded half up to the minor unit (amount ≥ 0): the billing rounding rule. */
export function lessPercent(amount: bigint, bp: number): bigint {
  return (amount * BigInt(10000 - bp) + 5000n) / 10000n;
}

/** `bp` basis points of `amount`, rounded half up (amount ≥ 0): how tax is computed. */
export function percentOf(amount: bigint, bp: number): bigint {
  return (amount * BigInt(bp) + 5000n) / 10000n;
}
