import crypto from 'node:crypto';

/** How many recovery codes a user gets at a time. */
export const RECOVERY_CODE_COUNT = 10;

// Crockford's base32 without I, L, O, U: no letter read for a digit.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** Twelve random base32 characters (60 bits), shown as xxxx-xxxx-xxxx. */
export function newRecoveryCode(): string {
  const bytes = crypto.randomBytes(12);
  const chars = [...bytes].map((b) => ALPHABET[b & 31]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** What a person may type for a code: any case, with or without dashes and spaces. */
export function normalizeRecoveryCode(input: string): string | null {
  const plain = input.toLowerCase().replace(/[\s-]/g, '');
  return /^[0-9a-hjkmnp-tv-z]{12}$/.test(plain) ? plain : null;
}

/** The SHA-256 a code is stored as (of its normal form). */
export function recoveryCodeHash(normalized: string): string {
  return crypto.createHash('sha256').update(`recovery:${normalized}`).digest('hex');
}
