import crypto from 'node:crypto';

/**
 * The one signature scheme for bodies the panel sends to, or takes from, another server: the
 * sandbox gateway's notifications and the panel's webhooks. The header value is
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" under the shared secret>` (the scheme
 * Stripe made familiar): the timestamp is signed with the body, so a captured request cannot be
 * replayed once it is older than the receiver's tolerance.
 */

const hmac = (secret: string, text: string) => crypto.createHmac('sha256', secret).update(text).digest('hex');

/** The signature header value for `body`, sent at `now` (milliseconds). */
export function signBody(secret: string, body: string, now = Date.now()): string {
  const t = Math.floor(now / 1000);
  return `t=${t},v1=${hmac(secret, `${t}.${body}`)}`;
}

/** Why a signed body was refused; null when its signature holds and is recent. */
export type SignatureProblem = 'unsigned' | 'too old' | 'mismatch';

/** Checks a signature header made by signBody, within `toleranceS` seconds of `now`. */
export function checkSignedBody(
  secret: string,
  body: string,
  header: string,
  toleranceS: number,
  now = Date.now(),
): SignatureProblem | null {
  const t = /(?:^|,)t=(\d+)/.exec(header)?.[1];
  const v1 = /(?:^|,)v1=([0-9a-f]{64})/.exec(header)?.[1];
  if (!t || !v1) return 'unsigned';
  if (Math.abs(now / 1000 - Number(t)) > toleranceS) return 'too old';
  const want = hmac(secret, `${t}.${body}`);
  return crypto.timingSafeEqual(Buffer.from(v1), Buffer.from(want)) ? null : 'mismatch';
}
