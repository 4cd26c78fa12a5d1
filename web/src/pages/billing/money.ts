import type { LedgerKind } from '../../graphql/generated/graphql';

/** Where an account stands, from the sign of its balance: credit to spend, money owed, or even. */
export type Standing = 'CREDIT' | 'OWES' | 'SETTLED';

/** The API's signed integer minor units ("2550", "-5", "0") as a bigint: exact, never a float. */
function minorOf(minorUnits: string): bigint {
  return BigInt(minorUnits.trim());
}

export function standingOf(minorUnits: string): Standing {
  const minor = minorOf(minorUnits);
  return minor > 0n ? 'CREDIT' : minor < 0n ? 'OWES' : 'SETTLED';
}

export const isNegative = (minorUnits: string): boolean => minorOf(minorUnits) < 0n;
export const isPositive = (minorUnits: string): boolean => minorOf(minorUnits) > 0n;

interface Separators {
  group: string;
  decimal: string;
}

function separatorsOf(locale: string): Separators {
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(12345.6);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

/**
 * A major-units amount as the API gives it ("1234.5", "-0.05", "1200") in a locale's separators,
 * digits kept as they are: formatting through a Number could round a large balance.
 * `signed` puts a "+" before positive amounts (ledger entries show which way they moved the balance).
 */
export function formatAmount(amount: string, locale: string, options: { signed?: boolean } = {}): string {
  const { group, decimal } = separatorsOf(locale);
  const text = amount.trim();
  const negative = text.startsWith('-');
  const unsigned = text.replace(/^[-+]/, '');
  const [whole = '0', fraction] = unsigned.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const zero = /^0*$/.test(whole) && /^0*$/.test(fraction ?? '');
  const sign = negative && !zero ? '-' : options.signed && !zero ? '+' : '';
  return `${sign}${grouped}${fraction !== undefined ? `${decimal}${fraction}` : ''}`;
}

/** The admin's manual money actions (BIL-4), in the order the form offers them. */
export const MONEY_ACTIONS = ['PAYMENT', 'CREDIT', 'REFUND'] as const satisfies readonly LedgerKind[];
export type MoneyAction = (typeof MONEY_ACTIONS)[number];

export function asMoneyAction(value: string): MoneyAction {
  return (MONEY_ACTIONS as readonly string[]).includes(value) ? (value as MoneyAction) : 'PAYMENT';
}

/**
 * A fresh idempotency key for one money action: the API writes an action once per key, so a retry
 * after a lost answer cannot book the money twice. randomUUID needs a secure context; a panel
 * served over plain HTTP on a LAN name falls back to getRandomValues.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
