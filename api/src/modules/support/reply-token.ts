import crypto from 'node:crypto';
import type { SecretBox } from '../../secrets';

/**
 * The signed token in a ticket mail's Reply-To, `support+<ticketId>.<mac>@<domain>`: a mailed
 * answer is matched to its ticket by this MAC (a key derived from the app's secret key, through
 * SecretBox.sign), never by its subject. Hex, so a mail server that folds the case of local parts
 * cannot break it; 96 bits are plenty against guessing.
 */
const MAC_HEX = 24;

function macOf(secrets: Pick<SecretBox, 'sign'>, ticketId: number): string {
  return Buffer.from(secrets.sign(`support-reply:${ticketId}`), 'base64url')
    .toString('hex')
    .slice(0, MAC_HEX);
}

/** The Reply-To address of a ticket's mails, at the company's support `domain`. */
export function replyAddressFor(secrets: Pick<SecretBox, 'sign'>, ticketId: number, domain: string): string {
  return `support+${ticketId}.${macOf(secrets, ticketId)}@${domain}`;
}

/**
 * The ticket a reply address (or just its local part) names, when its MAC is ours; null for
 * anything else (another address, a forged or altered token).
 */
export function verifyReplyToken(secrets: Pick<SecretBox, 'sign'>, address: string): number | null {
  const local = address.trim().split('@')[0]!.toLowerCase();
  const m = /^support\+([1-9][0-9]{0,15})\.([0-9a-f]+)$/.exec(local);
  if (!m) return null;
  const id = Number(m[1]);
  if (!Number.isSafeInteger(id)) return null;
  const expected = Buffer.from(macOf(secrets, id));
  const given = Buffer.from(m[2]!);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? id : null;
}
