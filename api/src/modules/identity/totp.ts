import { generateSecret, generateURI, verify } from 'otplib';

/** RFC 6238 defaults every authenticator app supports: SHA-1, six digits, thirty-second steps. */
export const TOTP_PERIOD = 30;

/** A new base32 secret (160 bits, RFC 4226's recommendation). */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The otpauth:// address an authenticator app reads from the QR code: the company as issuer, the login as label. */
export function totpUri(secret: string, issuer: string, login: string): string {
  return generateURI({ secret, issuer, label: login, period: TOTP_PERIOD, digits: 6, algorithm: 'sha1' });
}

/** Only ever six digits: anything else is not a code (and is not worth an HMAC). */
export const isTotpCode = (code: string): boolean => /^[0-9]{6}$/.test(code);

/**
 * The time step a code belongs to, when it is the code of the step before, the current one or the
 * one after (the usual ±1 window for clocks that drift); null when it is none of them.
 */
export async function totpStep(secret: string, code: string, now = Date.now()): Promise<number | null> {
  if (!isTotpCode(code)) return null;
  const epoch = Math.floor(now / 1000);
  const result = await verify({ secret, token: code, epoch, period: TOTP_PERIOD, epochTolerance: TOTP_PERIOD });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
