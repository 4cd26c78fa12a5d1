import net from 'node:net';
import { canonicalIp } from '../../ip';

/**
 * An API token's IP allow-list: addresses and CIDR ranges, IPv4 and IPv6. Entries are kept in
 * canonical form (`192.0.2.0/24`, `2001:db8::/32`, a single address without a prefix).
 */

/** The canonical form of one entry, or an error message for it. */
export function parseAllowEntry(text: string): { entry: string } | { error: string } {
  const trimmed = text.trim();
  if (!trimmed) return { error: 'must not be empty' };
  const slash = trimmed.indexOf('/');
  const address = canonicalIp(slash === -1 ? trimmed : trimmed.slice(0, slash));
  if (!address) return { error: 'is not an IP address or CIDR range (e.g. 192.0.2.10, 192.0.2.0/24, 2001:db8::/32)' };
  if (slash === -1) return { entry: address };
  const prefixText = trimmed.slice(slash + 1);
  const max = net.isIPv4(address) ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > max)
    return { error: `has a prefix length that is not 0–${max}` };
  const prefix = Number(prefixText);
  // The range's own network address, so `192.0.2.77/24` is kept as `192.0.2.0/24`.
  return { entry: `${networkOf(address, prefix)}/${prefix}` };
}

/** Whether `ip` (the request's client address) is in one of `entries`; an empty list allows any. */
export function ipAllowed(entries: readonly string[], ip: string): boolean {
  if (entries.length === 0) return true;
  const address = clientAddress(ip);
  if (!address) return false;
  const list = new net.BlockList();
  for (const entry of entries) {
    const [base, prefix] = entry.split('/');
    const type = net.isIPv4(base!) ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(base!, type);
    else list.addSubnet(base!, Number(prefix), type);
  }
  return list.check(address, net.isIPv4(address) ? 'ipv4' : 'ipv6');
}

/** A socket's address as the allow-list means it: an IPv4-mapped IPv6 address (`::ffff:192.0.2.1`) as IPv4. */
export function clientAddress(ip: string): string | null {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return canonicalIp(mapped ? mapped[1]! : ip);
}

function networkOf(address: string, prefix: number): string {
  const v4 = net.isIPv4(address);
  const bytes = v4 ? address.split('.').map(Number) : ipv6Bytes(address);
  for (let bit = prefix; bit < bytes.length * 8; bit++) bytes[bit >> 3]! &= ~(0x80 >> (bit & 7));
  if (v4) return bytes.join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  return canonicalIp(groups.join(':'))!;
}

function ipv6Bytes(address: string): number[] {
  // `address` is canonical (compressed); expand `::` and any embedded IPv4 tail.
  let text = address;
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4Tail) {
    const [a, b, c, d] = v4Tail[1]!.split('.').map(Number);
    text = text.slice(0, -v4Tail[1]!.length) + `${((a! << 8) | b!).toString(16)}:${((c! << 8) | d!).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail !== undefined && tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return groups.flatMap((g) => {
    const n = parseInt(g, 16);
    return [n >> 8, n & 0xff];
  });
}
