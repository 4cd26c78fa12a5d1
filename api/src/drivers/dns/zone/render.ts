import net from 'node:net';
import { MAX_STRING_BYTES, quoteBytes, quoteText } from './character-strings';
import { MAX_LABEL_LENGTH, MAX_NAME_LENGTH } from './names';
import { RECORD_TYPES, type RecordData, type RecordType, type ZoneSoa } from './types';

export const SOA_DEFAULTS = { refresh: 10_800, retry: 3600, expire: 1_209_600, minimum: 3600, ttl: 3600 } as const;
const MAX_SERIAL = 0xffff_ffff;
const MAX_TTL_VALUE = 0x7fff_ffff;

/** Delegations first at each name, then the order people read a zone in. */
const TYPE_ORDER: readonly RecordType[] = ['NS', 'A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'CAA'];

/**
 * Rows come from the database, so the renderer re-checks that every name and number is in stored
 * form and refuses anything else: nothing outside a quoted string can carry a space, quote, ';',
 * '(' or newline into the file BIND loads.
 */
function checkedName(name: string, what: string, allowWildcard: boolean): string {
  const labels = name.split('.');
  const ok =
    name.length <= MAX_NAME_LENGTH &&
    labels.every((l, i) =>
      l === '*' ? allowWildcard && i === 0 : /^[a-z0-9_-]+$/.test(l) && l.length <= MAX_LABEL_LENGTH,
    );
  if (!ok) throw new Error(`${what} is not a stored DNS name: ${JSON.stringify(name.slice(0, 80))}`);
  return name;
}

function checkedInt(value: number | null, max: number, what: string): number {
  if (value === null || !Number.isSafeInteger(value) || value < 0 || value > max)
    throw new Error(`${what} must be a whole number from 0 to ${max}`);
  return value;
}

/** The SOA RNAME: a dotted mailbox as is, or user@domain with the local part's dots escaped. */
function mailboxName(hostmaster: string): string {
  const at = hostmaster.lastIndexOf('@');
  if (at < 0) return checkedName(hostmaster.toLowerCase().replace(/\.$/, ''), 'hostmaster', false);
  const local = hostmaster.slice(0, at);
  if (!/^[A-Za-z0-9_+-]+(\.[A-Za-z0-9_+-]+)*$/.test(local))
    throw new Error('hostmaster has a local part DNS cannot carry');
  return `${local.replace(/\./g, '\\.')}.${checkedName(hostmaster.slice(at + 1).toLowerCase(), 'hostmaster', false)}`;
}

function rdata(r: RecordData, what: string): string {
  const host = (): string => `${checkedName(r.value, `${what} target`, false)}.`;
  const u16 = (v: number | null, field: string): number => checkedInt(v, 65535, `${what} ${field}`);
  switch (r.type) {
    case 'A':
    case 'AAAA':
      if (net.isIP(r.value) !== (r.type === 'A' ? 4 : 6))
        throw new Error(`${what} holds no IPv${r.type === 'A' ? 4 : 6} address`);
      return r.value;
    case 'CNAME':
    case 'NS':
      return host();
    case 'MX':
      return `${u16(r.priority, 'priority')} ${host()}`;
    case 'SRV':
      return `${u16(r.priority, 'priority')} ${u16(r.weight, 'weight')} ${u16(r.port, 'port')} ${host()}`;
    case 'TXT':
      if (/[\ud800-\udfff]/u.test(r.value)) throw new Error(`${what} is not valid Unicode`);
      return quoteText(r.value);
    case 'CAA': {
      const value = Buffer.from(r.value, 'utf8');
      if (!r.tag || !/^[a-z0-9]{1,15}$/i.test(r.tag)) throw new Error(`${what} has no valid tag`);
      if (value.length > MAX_STRING_BYTES) throw new Error(`${what} value is longer than ${MAX_STRING_BYTES} bytes`);
      return `${checkedInt(r.flags, 255, `${what} flags`)} ${r.tag.toLowerCase()} ${quoteBytes(value)}`;
    }
    default:
      throw new Error(`${what} has an unsupported type ${JSON.stringify(String((r as { type: unknown }).type))}`);
  }
}

interface Line {
  labels: string[];
  type: RecordType;
  ttl: number;
  data: string;
  owner: string;
}

/** Canonical-ish order: the apex, then names compared label by label from the right, so a subdomain's records sit together. */
function compareLines(a: Line, b: Line): number {
  for (let i = 0; i < Math.max(a.labels.length, b.labels.length); i++) {
    const x = a.labels[i];
    const y = b.labels[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    return x < y ? -1 : 1;
  }
  const byType = TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type);
  if (byType !== 0) return byType;
  if (a.data !== b.data) return a.data < b.data ? -1 : 1;
  return a.ttl - b.ttl;
}

/**
 * The BIND master file of a zone: $ORIGIN, $TTL, the SOA, then every record, sorted so the same
 * rows always give the same bytes (the driver compares files to skip needless reloads). Records of
 * one name and type share the smallest TTL among them. When the rows hold no apex NS the primary
 * name server is written as one: a zone without NS does not load.
 */
export function renderZone(soa: ZoneSoa, records: RecordData[]): string {
  const zone = checkedName(soa.zone.toLowerCase().replace(/\.$/, ''), 'zone', false);
  const primaryNs = checkedName(soa.primaryNs.toLowerCase().replace(/\.$/, ''), 'primaryNs', false);
  const timer = (v: number | undefined, fallback: number, what: string): number =>
    checkedInt(v ?? fallback, MAX_TTL_VALUE, `SOA ${what}`);
  const ttl = timer(soa.ttl, SOA_DEFAULTS.ttl, 'ttl');
  const soaData = [
    `${primaryNs}.`,
    `${mailboxName(soa.hostmaster)}.`,
    checkedInt(soa.serial, MAX_SERIAL, 'SOA serial'),
    timer(soa.refresh, SOA_DEFAULTS.refresh, 'refresh'),
    timer(soa.retry, SOA_DEFAULTS.retry, 'retry'),
    timer(soa.expire, SOA_DEFAULTS.expire, 'expire'),
    timer(soa.minimum, SOA_DEFAULTS.minimum, 'minimum'),
  ].join(' ');

  const rows = records.some((r) => r.name === '@' && r.type === 'NS')
    ? records
    : [
        ...records,
        {
          name: '@',
          type: 'NS' as const,
          ttl,
          value: primaryNs,
          priority: null,
          weight: null,
          port: null,
          flags: null,
          tag: null,
        },
      ];
  const lines: Line[] = rows.map((r, i) => {
    const what = `record ${i} (${String(r.type)} ${JSON.stringify(String(r.name).slice(0, 80))})`;
    if (!RECORD_TYPES.includes(r.type)) throw new Error(`${what} has an unsupported type`);
    const owner = r.name === '@' ? '@' : checkedName(r.name, `${what} name`, true);
    if (owner !== '@' && owner.length + zone.length + 1 > MAX_NAME_LENGTH) throw new Error(`${what} name is too long`);
    const labels = owner === '@' ? [] : owner.split('.').reverse();
    return { labels, type: r.type, ttl: checkedInt(r.ttl, MAX_TTL_VALUE, `${what} ttl`), data: rdata(r, what), owner };
  });
  // RFC 2181 §5.2: one TTL per RRset. BIND would keep whichever it read first; the smallest is
  // written instead, so the file says what is served and no change waits out a longer cache time.
  const rrsetTtl = new Map<string, number>();
  for (const l of lines) {
    const key = `${l.owner} ${l.type}`;
    rrsetTtl.set(key, Math.min(l.ttl, rrsetTtl.get(key) ?? l.ttl));
  }
  for (const l of lines) l.ttl = rrsetTtl.get(`${l.owner} ${l.type}`)!;
  lines.sort(compareLines);

  const out = [
    `; Zone ${zone}, written by Heliosphere: edits here are overwritten.`,
    `$ORIGIN ${zone}.`,
    `$TTL ${ttl}`,
    `@\t${ttl}\tIN\tSOA\t${soaData}`,
    ...lines.map((l) => `${l.owner}\t${l.ttl}\tIN\t${l.type}\t${l.data}`),
  ];
  return `${out.join('\n')}\n`;
}

/**
 * The next SOA serial in YYYYMMDDnn form: today's first serial when the zone was last changed on an
 * earlier day, else one more than now (a serial never goes backwards, or secondaries stop
 * following). Past the 32-bit limit it wraps to today's date, which RFC 1982 arithmetic reads as newer.
 */
export function nextSerial(current: number, now: Date): number {
  if (!Number.isSafeInteger(current) || current < 0 || current > MAX_SERIAL)
    throw new RangeError(`serial ${current} is not a 32-bit unsigned number`);
  const today = (now.getUTCFullYear() * 10_000 + (now.getUTCMonth() + 1) * 100 + now.getUTCDate()) * 100;
  if (current === MAX_SERIAL) return today;
  return Math.max(current + 1, today);
}
