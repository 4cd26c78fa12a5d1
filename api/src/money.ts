/**
 * Money as integer minor units of an ISO 4217 currency (BIL-3): never a float. Amounts cross the
 * API as decimal strings in major units ("12.34"), parsed and printed here exactly.
 *
 * The pure helpers live in the core because payment gateway drivers (drivers/gateways/) and more
 * than one area (plans' prices and discounts, billing) need them; modules/billing/money.ts keeps
 * the billing-only rules (amounts as text, tax).
 */

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** Whether `code` is an ISO 4217 currency this runtime knows (three capital letters). */
export function isCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && CURRENCIES.has(code);
}

/** Digits after the decimal point in the currency's minor unit: USD 2, JPY 0, BHD 3 (from ICU's ISO 4217 data). */
export function minorDigits(currency: string): number {
  let digits = DIGITS.get(currency);
  if (digits === undefined) {
    if (!isCurrency(currency)) throw new RangeError(`unknown currency ${currency}`);
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    DIGITS.set(currency, digits);
  }
  return digits;
}

/** minorDigits per currency, asked of Intl once (a formatter costs tens of microseconds: a billing pass prints thousands of amounts). */
const DIGITS = new Map<string, number>();

/** The largest amount one money action may carry: 10^12 minor units (ten billion dollars). */
export const MAX_MINOR = 10n ** 12n;

export type AmountCheck = { ok: true; minor: bigint } | { ok: false; message: string };

/**
 * A positive amount typed in major units ("12.34", "12", "0.5") as minor units, exactly. Refuses
 * signs, exponents, separators, more decimals than the currency has, zero and absurd sizes.
 */
export function parseAmount(text: string, currency: string): AmountCheck {
  const digits = minorDigits(currency);
  const t = text.trim();
  const m = /^(\d{1,15})(?:\.(\d+))?$/.exec(t);
  if (!m)
    return {
      ok: false,
      message: `must be a positive amount such as ${digits ? `12.${'5'.padEnd(digits, '0')}` : '1200'}, with a dot for decimals and no sign or separators`,
    };
  const fraction = m[2] ?? '';
  if (fraction.length > digits) {
    return {
      ok: false,
      message: digits
        ? `has more than ${digits} decimals, the smallest unit of ${currency}`
        : `${currency} has no decimals`,
    };
  }
  const minor = BigInt(m[1]!) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  if (minor === 0n) return { ok: false, message: 'must be more than zero' };
  if (minor > MAX_MINOR) return { ok: false, message: `must be at most ${formatAmount(MAX_MINOR, currency)}` };
  return { ok: true, minor };
}

/** Minor units as a decimal string in major units: 1234n USD → "12.34", -5n USD → "-0.05", 1200n JPY → "1200". */
export function formatAmount(minor: bigint, currency: string): string {
  const digits = minorDigits(currency);
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  if (digits === 0) return `${negative ? '-' : ''}${abs}`;
  const scale = 10n ** BigInt(digits);
  return `${negative ? '-' : ''}${abs / scale}.${(abs % scale).toString().padStart(digits, '0')}`;
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

/** `bp` basis points of `amount`, rounded half up to the minor unit (amount ≥ 0): an invoice's tax, as the billing run writes it. */
export function percentOf(amount: bigint, bp: number): bigint {
  return (amount * BigInt(bp) + 5000n) / 10000n;
}

/** `amount` less `bp` basis points, rounded half up to the minor unit (amount ≥ 0): the billing rounding rule. */
export function lessPercent(amount: bigint, bp: number): bigint {
  return (amount * BigInt(10000 - bp) + 5000n) / 10000n;
}
