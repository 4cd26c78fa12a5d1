import { describe, expect, it } from 'vitest';
import { parseZoneFile } from './import';
import { nextSerial, renderZone } from './render';
import {
  checkZone,
  checkzoneStatus,
  EVERY_TYPE,
  parseDump,
  quotedStrings,
  randomRecords,
  served,
  SOA,
  sorted,
  ZONE,
} from './testing';
import type { RecordData, RecordInputLike } from './types';
import { normalizeRecord } from './validate';

const rec = (input: Partial<RecordInputLike> & { type: string }): RecordData =>
  normalizeRecord(ZONE, ZONE, { name: 'www', value: '192.0.2.1', ...input });

const INJECTIONS: [string, string][] = [
  ['quotes', 'say "hi" and ""'],
  ['backslashes', 'C:\\path\\to\\ and \\065 and a trailing \\'],
  ['a backslash before the closing quote', 'end\\'],
  ['newlines', 'line one\nline two\r\nline three\n'],
  ['a record smuggled after a newline', 'x"\n@ 60 IN A 203.0.113.66\nevil 60 IN TXT "y'],
  ['semicolons', 'a; b ;; c;'],
  ['parentheses', '( ) (( ))) ('],
  ['$INCLUDE', '\n$INCLUDE /etc/passwd\n$ORIGIN evil.example.\n$TTL 1'],
  ['tabs and control bytes', '\tTAB\u0001\u001f\u007f\u0080\u009f'],
  ['Unicode', 'Grüße, 日本語, emoji 😀👍🏽, RTL \u202e'],
  ['600 ASCII bytes', 'v=DKIM1; k=rsa; p=' + 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'.repeat(14).slice(0, 582)],
  ['600 bytes of multibyte characters across the 255-byte cuts', 'é😀x'.repeat(85)],
  ['4000 bytes, the maximum', '"\\;\n'.repeat(1000)],
  ['leading and trailing spaces', '   spaced   '],
];

describe('renderZone: pure properties', () => {
  it('writes $ORIGIN, $TTL, the SOA, then the apex first and names label by label', () => {
    const text = renderZone(SOA, [
      rec({ type: 'A', name: 'b.www' }),
      rec({ type: 'TXT', name: '@', value: 'x' }),
      rec({ type: 'A', name: 'a' }),
      rec({ type: 'A' }),
    ]);
    expect(text.split('\n')).toEqual([
      '; Zone example.com, written by Heliosphere: edits here are overwritten.',
      '$ORIGIN example.com.',
      '$TTL 3600',
      '@\t3600\tIN\tSOA\tns1.example-host.net. hostmaster.example-host.net. 2024010100 10800 3600 1209600 3600',
      '@\t3600\tIN\tNS\tns1.example-host.net.',
      '@\t3600\tIN\tTXT\t"x"',
      'a\t3600\tIN\tA\t192.0.2.1',
      'www\t3600\tIN\tA\t192.0.2.1',
      'b.www\t3600\tIN\tA\t192.0.2.1',
      '',
    ]);
  });

  it('gives the same bytes whatever the order of the rows', () => {
    const text = renderZone(SOA, EVERY_TYPE);
    for (let i = 0; i < 5; i++) {
      const shuffled = [...EVERY_TYPE].sort(() => Math.random() - 0.5);
      expect(renderZone(SOA, shuffled)).toBe(text);
    }
  });

  it('splits long text into quoted strings of at most 255 bytes, never inside a character', () => {
    const line = renderZone(SOA, [rec({ type: 'TXT', value: 'é'.repeat(300) })])
      .split('\n')
      .find((l) => l.includes('TXT'))!;
    const strings = quotedStrings(line);
    expect(strings.map((s) => s.length)).toEqual([254, 254, 92]);
    expect(strings.map((s) => s.toString('utf8')).join('')).toBe('é'.repeat(300));
  });

  it('gives the records of one name and type one TTL, the smallest (RFC 2181 §5.2)', () => {
    const text = renderZone(SOA, [
      rec({ type: 'A', ttl: 3600 }),
      rec({ type: 'A', value: '192.0.2.2', ttl: 300 }),
      rec({ type: 'AAAA', value: '::1', ttl: 7200 }),
    ]);
    expect(text).toContain('www\t300\tIN\tA\t192.0.2.1\nwww\t300\tIN\tA\t192.0.2.2\nwww\t7200\tIN\tAAAA\t::1\n');
  });

  it('writes an @-style hostmaster address in dotted form, escaping dots of the local part', () => {
    const text = renderZone({ ...SOA, hostmaster: 'john.doe@example-host.net' }, []);
    expect(text).toContain('SOA\tns1.example-host.net. john\\.doe.example-host.net. 2024010100');
  });

  it('refuses rows that are not in stored form instead of writing them into the file', () => {
    const bad: [string, Partial<RecordData>][] = [
      ['a name with a newline', { name: 'www\n$INCLUDE /etc/passwd' }],
      ['a name with a space', { name: 'w w' }],
      ['a wildcard inside a name', { name: 'a.*' }],
      ['a target with a semicolon', { type: 'CNAME', value: 'a.example.net. ; x' }],
      ['an A value that is no address', { value: '192.0.2.1 ; x' }],
      ['an MX without priority', { type: 'MX', value: 'mail.example.net' }],
      ['a CAA tag with a space', { type: 'CAA', flags: 0, tag: 'issue x', value: 'ca' }],
      ['a CAA value over 255 bytes', { type: 'CAA', flags: 0, tag: 'issue', value: 'x'.repeat(256) }],
      ['a negative TTL', { ttl: -1 }],
      ['an unknown type', { type: 'PTR' as RecordData['type'] }],
      ['TXT with a lone surrogate', { type: 'TXT', value: 'a\ud800b' }],
    ];
    for (const [what, patch] of bad)
      expect(() => renderZone(SOA, [{ ...rec({ type: 'A' }), ...patch }]), what).toThrow();
    expect(() => renderZone({ ...SOA, zone: 'example.com. IN A 1.2.3.4' }, [])).toThrow('zone');
    expect(() => renderZone({ ...SOA, serial: 2 ** 32 }, [])).toThrow('serial');
  });
});

describe('nextSerial: YYYYMMDDnn that never goes backwards', () => {
  const day = new Date('2025-03-07T23:59:59Z');

  it('starts the day at nn = 00 when the zone was last changed on an earlier day', () => {
    expect(nextSerial(2025030612, day)).toBe(2025030700);
    expect(nextSerial(1, day)).toBe(2025030700);
    expect(nextSerial(0, new Date('2025-12-31T00:00:00Z'))).toBe(2025123100);
  });

  it('bumps nn on the same day, and past 99 into the next day’s numbers', () => {
    expect(nextSerial(2025030700, day)).toBe(2025030701);
    expect(nextSerial(2025030741, day)).toBe(2025030742);
    expect(nextSerial(2025030799, day)).toBe(2025030800);
  });

  it('never goes backwards, whatever the clock says', () => {
    expect(nextSerial(2025030800, day)).toBe(2025030801); // serial from "the future" (a clock that was ahead)
    expect(nextSerial(4000000000, day)).toBe(4000000001);
    let serial = 0;
    for (const iso of [
      '2025-03-07T10:00:00Z',
      '2025-03-07T11:00:00Z',
      '2025-03-06T00:00:00Z',
      '2025-03-08T00:00:00Z',
      '2025-03-08T00:00:01Z',
    ]) {
      const next = nextSerial(serial, new Date(iso));
      expect(next).toBeGreaterThan(serial);
      serial = next;
    }
    expect(serial).toBe(2025030801);
  });

  it('uses the UTC date', () => {
    expect(nextSerial(0, new Date('2025-03-07T23:30:00-05:00'))).toBe(2025030800);
  });

  it('wraps past 2^32-1 to today (newer in RFC 1982 serial arithmetic) and refuses non-serials', () => {
    expect(nextSerial(4294967295, day)).toBe(2025030700);
    expect(() => nextSerial(-1, day)).toThrow(RangeError);
    expect(() => nextSerial(1.5, day)).toThrow(RangeError);
    expect(() => nextSerial(2 ** 32, day)).toThrow(RangeError);
  });
});

describe('renderZone checked by BIND (named-checkzone)', async () => {
  const tool = await checkzoneStatus();
  if (!tool.ok) {
    describe.skip(`skipped: ${tool.reason}`, () => it('renders zones BIND accepts', () => undefined));
    return;
  }

  it('the checker itself refuses a broken zone (so an "OK" below means something)', async () => {
    const broken = `${renderZone(SOA, [rec({ type: 'A' })])}www\t60\tIN\tCNAME\tother.example.net.\n`;
    const result = await checkZone(ZONE, broken);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/CNAME and other data/);
  });

  it.each(INJECTIONS)('TXT with %s loads and reads back byte for byte', async (_what, text) => {
    const records = [rec({ type: 'TXT', name: 't', value: text }), rec({ type: 'A', name: 'www' })];
    const zoneText = renderZone(SOA, records);
    expect(zoneText.split('\n')).toHaveLength(8); // header, $ORIGIN, $TTL, SOA, NS, A, TXT, final newline: nothing broke a line
    const result = await checkZone(ZONE, zoneText);
    expect(result.ok, result.output).toBe(true);
    const dump = parseDump(result.canonical);
    // Nothing was smuggled in: exactly the records we rendered.
    expect(dump.map((r) => `${r.owner} ${r.ttl} ${r.type}`).sort()).toEqual(
      ['example.com. 3600 NS', 'example.com. 3600 SOA', 't.example.com. 3600 TXT', 'www.example.com. 3600 A'].sort(),
    );
    const strings = quotedStrings(dump.find((r) => r.type === 'TXT')!.data);
    expect(strings.every((s) => s.length <= 255)).toBe(true);
    expect(Buffer.concat(strings).equals(Buffer.from(text, 'utf8'))).toBe(true);
  });

  it('CAA values with quotes and backslashes read back byte for byte', async () => {
    const value = 'ca.example.net; account="12\\34"; note=ü';
    const result = await checkZone(
      ZONE,
      renderZone(SOA, [rec({ type: 'CAA', name: '@', flags: 128, tag: 'issue', value })]),
    );
    expect(result.ok, result.output).toBe(true);
    const caa = parseDump(result.canonical).find((r) => r.type === 'CAA')!;
    expect(caa.data.startsWith('128 issue "')).toBe(true);
    expect(Buffer.concat(quotedStrings(caa.data)).toString('utf8')).toBe(value);
  });

  it('every record type renders into a zone BIND loads, and BIND’s own dump reads back as the same records', async () => {
    const result = await checkZone(ZONE, renderZone(SOA, EVERY_TYPE));
    expect(result.ok, result.output).toBe(true);
    const dump = parseDump(result.canonical);
    expect(dump).toHaveLength(EVERY_TYPE.length + 2); // + SOA + the apex NS the renderer adds
    expect(dump.filter((r) => r.owner === 'example.com.' && r.type === 'NS').map((r) => r.data)).toEqual([
      'ns1.example-host.net.',
    ]);
    const back = parseZoneFile(ZONE, result.canonical);
    expect(back.rejected).toEqual([]);
    expect(sorted(back.records)).toEqual(sorted(EVERY_TYPE));
  });

  it('a third-level domain’s records render into its parent zone', async () => {
    const origin = 'shop.example.com';
    const shop = [
      normalizeRecord(ZONE, origin, { name: '', type: 'A', value: '192.0.2.80' }),
      normalizeRecord(ZONE, origin, { name: 'www', type: 'CNAME', value: '@' }),
      normalizeRecord(ZONE, origin, { name: '', type: 'MX', priority: 5, value: 'mx.example.net.' }),
      normalizeRecord(ZONE, origin, { name: '_dmarc', type: 'TXT', value: 'v=DMARC1; p=none' }),
    ];
    const result = await checkZone(ZONE, renderZone(SOA, shop));
    expect(result.ok, result.output).toBe(true);
    const owners = parseDump(result.canonical).map((r) => `${r.owner} ${r.type} ${r.data}`);
    expect(owners).toContain('www.shop.example.com. CNAME shop.example.com.');
    expect(owners).toContain('_dmarc.shop.example.com. TXT "v=DMARC1; p=none"');
  });

  it('200 random valid records (names, IDN, wildcards, hostile text) load, and BIND’s dump reads back as the same set', async () => {
    const records = randomRecords(2024, 200);
    expect(records.length).toBeGreaterThanOrEqual(150); // most candidates are valid and fit together
    expect(new Set(records.map((r) => r.type)).size).toBe(8);
    expect(records.filter((r) => r.type === 'TXT' && Buffer.byteLength(r.value) > 255).length).toBeGreaterThan(5);
    const text = renderZone(SOA, records);
    const result = await checkZone(ZONE, text);
    expect(result.ok, result.output).toBe(true);
    expect(result.output).not.toMatch(/TTL set to prior TTL/);
    expect(parseDump(result.canonical)).toHaveLength(records.length + 2);
    const back = parseZoneFile(ZONE, result.canonical);
    expect(back.rejected).toEqual([]);
    expect(sorted(back.records)).toEqual(sorted(served(records)));
    expect(served(records)).not.toEqual(records); // the mix did hold RRsets with mixed TTLs
  });
});
