import net from 'node:net';
import type { FieldError } from '../../errors';
import { canonicalIp } from './servers.validation';

/** Most addresses one addIpAddresses call may add (ranges expanded). */
export const MAX_ADDRESSES_PER_CALL = 1024;

const ENTRY_HELP = 'must be an IPv4 or IPv6 address, or an IPv4 range such as 10.0.0.10-10.0.0.20';

const v4ToInt = (ip: string): number => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
const intToV4 = (n: number): string => [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');

/**
 * Expands the entries of an addIpAddresses call into canonical addresses, in order. Wrong entries
 * are reported one per entry (field "addresses.<index>"); the total is capped.
 */
export function expandAddresses(entries: string[]): { addresses: string[]; errors: FieldError[] } {
  const addresses: string[] = [];
  const errors: FieldError[] = [];
  let total = 0; // counted, not collected, past the cap: a 100 KiB request could otherwise name millions
  if (!entries.length) errors.push({ field: 'addresses', message: 'must list at least one address' });
  entries.forEach((entry, i) => {
    const field = `addresses.${i}`;
    const text = entry.trim();
    const dash = text.indexOf('-');
    if (dash < 0) {
      const ip = canonicalIp(text);
      if (!ip) errors.push({ field, message: ENTRY_HELP });
      else if (++total <= MAX_ADDRESSES_PER_CALL) addresses.push(ip);
      return;
    }
    const from = text.slice(0, dash).trim();
    const to = text.slice(dash + 1).trim();
    if (!net.isIPv4(from) || !net.isIPv4(to)) {
      errors.push({ field, message: `${ENTRY_HELP} (ranges are for IPv4 only)` });
      return;
    }
    const start = v4ToInt(from);
    const end = v4ToInt(to);
    if (end < start) {
      errors.push({ field, message: 'must go from the lower address to the higher one' });
      return;
    }
    if (end - start + 1 > MAX_ADDRESSES_PER_CALL) {
      errors.push({
        field,
        message: `is a range of ${end - start + 1} addresses; at most ${MAX_ADDRESSES_PER_CALL} may be added at once`,
      });
      return;
    }
    total += end - start + 1;
    if (total <= MAX_ADDRESSES_PER_CALL) for (let n = start; n <= end; n++) addresses.push(intToV4(n));
  });
  if (total > MAX_ADDRESSES_PER_CALL) {
    errors.push({
      field: 'addresses',
      message: `lists ${total} addresses; at most ${MAX_ADDRESSES_PER_CALL} may be added at once`,
    });
  }
  return { addresses, errors };
}
