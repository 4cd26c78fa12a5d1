import net from 'node:net';
import type { DnsPeer } from './types';

/** A refused input: the driver acted on nothing. */
export class UnsafeZoneInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeZoneInputError';
  }
}

/** One label: letters, digits, inner hyphens (so xn-- labels too), at most 63 characters. */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Throws unless `name` is an ASCII, lowercase zone name without a trailing dot. Zone names become
 * file names (primary/<name>.zone) and rndc arguments, so the rule keeps both safe: only
 * [a-z0-9.-], no empty label (so no "..", no leading dot), no leading hyphen (never read as an option).
 */
export function assertZoneName(name: string): void {
  if (typeof name !== 'string' || name.length === 0 || name.length > 253) {
    throw new UnsafeZoneInputError(`refusing zone name ${JSON.stringify(name)}: not a DNS name`);
  }
  for (const label of name.split('.')) {
    if (!LABEL.test(label))
      throw new UnsafeZoneInputError(
        `refusing zone name ${JSON.stringify(name)}: only lowercase a-z, 0-9, '-' and '.' between labels are allowed`,
      );
  }
}

/** Throws unless the peer is an IP address and a port BIND accepts in allow-transfer, also-notify and primaries. */
export function assertPeer(peer: DnsPeer): void {
  if (!peer || typeof peer.host !== 'string' || net.isIP(peer.host) === 0) {
    throw new UnsafeZoneInputError(`refusing DNS peer ${JSON.stringify(peer?.host)}: BIND needs an IP address here`);
  }
  if (!Number.isInteger(peer.port) || peer.port < 1 || peer.port > 65535) {
    throw new UnsafeZoneInputError(`refusing DNS peer port ${JSON.stringify(peer.port)}`);
  }
}

/** $INCLUDE would make the checker and named read any file on the host (as root): rendered zones never need it. */
export function assertZoneText(name: string, text: string): void {
  if (typeof text !== 'string' || text.length === 0) throw new UnsafeZoneInputError(`zone ${name}: empty zone text`);
  if (text.includes('\u0000')) throw new UnsafeZoneInputError(`zone ${name}: zone text contains a NUL character`);
  if (/^[ \t]*\$include\b/im.test(text))
    throw new UnsafeZoneInputError(`zone ${name}: $INCLUDE is not allowed in zone text`);
}
