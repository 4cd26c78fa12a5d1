import { DomainError } from '../../../errors';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { requireTool, withTimeout, type ToolStatus } from '../../../test/tools';
import type { RecordData, RecordInputLike, ZoneSoa } from './types';
import { checkConflicts, normalizeRecord } from './validate';

/** Test helpers: BIND's own zone checker as the judge of what render.ts writes, and shared fixtures. */
const run = promisify(execFile);
export const NAMED_CHECKZONE = process.env.NAMED_CHECKZONE ?? '/usr/bin/named-checkzone';

export function checkzoneStatus(): Promise<ToolStatus> {
  return requireTool('named-checkzone', () => withTimeout(run(NAMED_CHECKZONE, ['-v']), 10_000, 'named-checkzone -v'));
}

export interface CheckResult {
  ok: boolean;
  /** What the checker printed (its reasons on failure). */
  output: string;
  /** BIND's canonical dump (-D) of the zone it loaded: absolute names, one record per line. */
  canonical: string;
}

/**
 * Runs named-checkzone at least as strictly as named loads a primary zone: check-names fail (named's
 * default for primaries), MX/SRV pointing at a CNAME fail (stricter than named's warning), and
 * integrity checks kept local so the test never looks names up on the network.
 */
export async function checkZone(zone: string, text: string): Promise<CheckResult> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'helio-zone-'));
  try {
    const file = path.join(dir, 'zone.db');
    const dump = path.join(dir, 'canonical.db');
    await fs.writeFile(file, text);
    const args = ['-k', 'fail', '-M', 'fail', '-S', 'fail', '-i', 'local', '-D', '-o', dump, zone, file];
    try {
      const { stdout, stderr } = await run(NAMED_CHECKZONE, args, { timeout: 30_000, maxBuffer: 64 << 20 });
      return { ok: true, output: `${stdout}${stderr}`, canonical: await fs.readFile(dump, 'utf8') };
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string; message: string };
      return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message, canonical: '' };
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export interface DumpRecord {
  owner: string;
  ttl: number;
  type: string;
  data: string;
}

/** The records of a canonical dump (named-checkzone -D prints "owner ttl IN type data" per line). */
export function parseDump(canonical: string): DumpRecord[] {
  const records: DumpRecord[] = [];
  for (const line of canonical.split('\n')) {
    if (line.trim() === '') continue;
    const m = /^(\S+)\s+([0-9]+)\s+IN\s+(\S+)\s+(.*)$/.exec(line);
    if (!m) throw new Error(`unexpected line in the canonical dump: ${line}`);
    records.push({ owner: m[1]!, ttl: Number(m[2]), type: m[3]!, data: m[4]! });
  }
  return records;
}

/**
 * The raw bytes of each quoted string in record data as BIND prints it ("..." with \" \\ and \DDD).
 * Written separately from the importer's decoder, so the two check each other.
 */
export function quotedStrings(data: string): Buffer[] {
  const strings: Buffer[] = [];
  let i = 0;
  while (i < data.length) {
    if (data[i] !== '"') {
      i++;
      continue;
    }
    const bytes: number[] = [];
    for (i++; data[i] !== '"'; i++) {
      if (i >= data.length) throw new Error(`unterminated string in ${data}`);
      if (data[i] === '\\') {
        if (/^[0-9]{3}$/.test(data.slice(i + 1, i + 4))) {
          bytes.push(Number(data.slice(i + 1, i + 4)));
          i += 3;
        } else {
          bytes.push(data.charCodeAt(++i));
        }
      } else {
        bytes.push(data.charCodeAt(i)); // BIND prints only printable ASCII outside escapes
      }
    }
    i++;
    strings.push(Buffer.from(bytes));
  }
  return strings;
}

export const ZONE = 'example.com';
export const SOA: ZoneSoa = {
  zone: ZONE,
  primaryNs: 'ns1.example-host.net',
  hostmaster: 'hostmaster.example-host.net',
  serial: 2024010100,
};
const rec = (input: Partial<RecordInputLike> & { type: string }): RecordData =>
  normalizeRecord(ZONE, ZONE, { name: 'www', value: '192.0.2.1', ...input });

/** Sorts records into one comparable order (the order of a zone's rows is not part of its meaning). */
export const sorted = (records: RecordData[]): RecordData[] =>
  [...records].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

/** What the zone serves: every record of one name and type with the smallest TTL among them (RFC 2181 §5.2). */
export function served(records: RecordData[]): RecordData[] {
  const ttl = new Map<string, number>();
  for (const r of records) ttl.set(`${r.name} ${r.type}`, Math.min(r.ttl, ttl.get(`${r.name} ${r.type}`) ?? r.ttl));
  return records.map((r) => ({ ...r, ttl: ttl.get(`${r.name} ${r.type}`)! }));
}

/** One record of each type, with the shapes people actually use. */
export const EVERY_TYPE: RecordData[] = [
  rec({ type: 'A', name: '@' }),
  rec({ type: 'A', name: 'www', value: '192.0.2.2' }),
  rec({ type: 'A', name: '*.dev', value: '192.0.2.3', ttl: 60 }),
  rec({ type: 'AAAA', name: 'www', value: '2001:db8::1' }),
  rec({ type: 'A', name: 'münchen', value: '192.0.2.4' }),
  rec({ type: 'CNAME', name: 'blog', value: 'www' }),
  rec({
    type: 'CNAME',
    name: 'selector1._domainkey',
    value: 'selector1-example-com._domainkey.example.onmicrosoft.com.',
  }),
  rec({ type: 'A', name: 'mail', value: '192.0.2.25' }),
  rec({ type: 'MX', name: '@', priority: 10, value: 'mail' }),
  rec({ type: 'MX', name: '@', priority: 20, value: 'backup-mx.example.net.' }),
  rec({ type: 'TXT', name: '@', value: 'v=spf1 mx include:_spf.example.net -all' }),
  rec({ type: 'TXT', name: '_dmarc', value: 'v=DMARC1; p=reject; rua=mailto:dmarc@example.com' }),
  rec({ type: 'SRV', name: '_sip._tcp', priority: 10, weight: 60, port: 5060, value: 'sip.example.net.' }),
  rec({ type: 'SRV', name: '_imaps._tcp', priority: 0, weight: 0, port: 993, value: 'mail' }),
  rec({ type: 'CAA', name: '@', flags: 0, tag: 'issue', value: 'letsencrypt.org' }),
  rec({ type: 'CAA', name: '@', flags: 0, tag: 'issue', value: 'ca.example.net; account="a\\b"; policy=ev' }),
  rec({ type: 'CAA', name: '@', flags: 128, tag: 'issuewild', value: ';' }),
  rec({ type: 'CAA', name: '@', flags: 0, tag: 'iodef', value: 'mailto:security@example.com' }),
  rec({ type: 'NS', name: 'sub', value: 'ns1.sub.example.com' }),
  rec({ type: 'NS', name: 'sub', value: 'ns2.example.net.' }),
  rec({ type: 'A', name: 'ns1.sub', value: '192.0.2.53' }),
];

/** A small seeded PRNG (mulberry32), so a failing mix can be replayed. */
function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` random record inputs, keeping those normalizeRecord accepts and checkConflicts lets in. */
export function randomRecords(seed: number, count: number): RecordData[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const int = (max: number): number => Math.floor(rand() * (max + 1));
  const hosts = [
    '@',
    'www',
    'mail',
    'a.b',
    'deep.er.name',
    'münchen',
    'x-1',
    '*',
    '*.dev',
    'shop',
    'api.v2',
    'ÄÖÜ.test',
  ];
  const services = ['_dmarc', '_acme-challenge', 's1._domainkey', '_sip._tcp', '_imaps._tcp.eu'];
  const alphabet = [
    'a',
    'Z',
    '0',
    ' ',
    '"',
    '\\',
    ';',
    '(',
    ')',
    '\n',
    '\r',
    '\t',
    '$',
    '@',
    'é',
    '😀',
    '日',
    '\u0001',
    '\u007f',
    '=',
    '.',
  ];
  const targets = ['mail', 'www.example.net.', 'mx1.example.org.', 'münchen', 'host-9.example.'];
  const out: RecordData[] = [];
  for (let i = 0; i < count; i++) {
    const type = pick(['A', 'A', 'AAAA', 'CNAME', 'MX', 'TXT', 'TXT', 'SRV', 'CAA', 'NS'] as const);
    let input: RecordInputLike;
    const ttl = pick([null, 60, 300, 3600, 86400, 604800]);
    switch (type) {
      case 'A':
        input = { name: pick(hosts), type, ttl, value: `192.0.${int(255)}.${int(255)}` };
        break;
      case 'AAAA':
        input = {
          name: pick(hosts),
          type,
          ttl,
          value: `2001:db8:${int(0xffff).toString(16)}::${int(0xffff).toString(16)}`,
        };
        break;
      case 'CNAME':
        input = {
          name: `alias${i}`,
          type,
          ttl,
          value: pick(['www', 'cdn.example.net.', 'x._domainkey.example.org.', 'bücher.example.']),
        };
        break;
      case 'MX':
        input = { name: pick(hosts), type, ttl, priority: int(65535), value: pick(targets) };
        break;
      case 'SRV':
        input = {
          name: pick(services.filter((s) => s.includes('._'))),
          type,
          ttl,
          priority: int(65535),
          weight: int(65535),
          port: int(65535),
          value: pick(targets),
        };
        break;
      case 'CAA':
        input = {
          name: pick(hosts),
          type,
          ttl,
          flags: pick([0, 128]),
          tag: pick(['issue', 'issuewild', 'iodef']),
          value: '',
        };
        input.value =
          input.tag === 'iodef'
            ? pick(['mailto:caa@example.com', 'https://example.com/r?a="b"'])
            : pick(['letsencrypt.org', ';', 'ca.example; id="x\\y"']);
        break;
      case 'NS':
        input = { name: `zone${i}.sub`, type, ttl, value: pick(['ns1.example.net.', 'ns2.example.org.']) };
        break;
      default: {
        const length = pick([1, 10, 254, 255, 256, 600, 1500]);
        let text = '';
        while (Buffer.byteLength(text) < length) text += pick(alphabet);
        input = { name: pick([...hosts, ...services.filter((s) => !s.includes('._tcp'))]), type, ttl, value: text };
      }
    }
    let record: RecordData;
    try {
      record = normalizeRecord(ZONE, ZONE, input);
    } catch (err) {
      if (err instanceof DomainError) continue;
      throw err;
    }
    if (checkConflicts(ZONE, out, record).length === 0) out.push(record);
  }
  return out;
}
