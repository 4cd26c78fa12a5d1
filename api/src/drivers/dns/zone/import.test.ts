import { describe, expect, it } from 'vitest';
import { parseZoneFile } from './import';
import { renderZone } from './render';
import { EVERY_TYPE, randomRecords, served, SOA, sorted, ZONE } from './testing';
import type { RecordData } from './types';

const base = { priority: null, weight: null, port: null, flags: null, tag: null };
const r = (
  name: string,
  type: RecordData['type'],
  ttl: number,
  value: string,
  extra: Partial<RecordData> = {},
): RecordData => ({
  name,
  type,
  ttl,
  value,
  ...base,
  ...extra,
});

/** A zone as people paste it from another panel: comments, a parenthesized SOA, inheritance, and a few mistakes. */
const PASTED = `; Exported from OldHost for example.com
$TTL 1h
$ORIGIN example.com.
@       IN      SOA     ns1.oldhost.net. admin.oldhost.net. (
                        2023110501 ; serial
                        7200       ; refresh
                        3600       ; retry
                        1209600    ; expire
                        300 )      ; minimum
        IN      NS      ns1.oldhost.net.
        IN      NS      ns2.oldhost.net.
@       IN      A       192.0.2.10
        IN      MX      10 mail
        IN      MX      20 mx2.backup.example.net.
        IN      TXT     "v=spf1 mx a:mail.example.com ~all"
www     300 IN  A       192.0.2.10
www     IN 300  AAAA    2001:DB8::10        ; class before TTL
mail            A       192.0.2.25
ftp     CNAME   www
google._domainkey  IN TXT ( "v=DKIM1; k=rsa; "
        "p=MIIBIjANBgkqhkiG9w0BAQEFAAOC" )
_sip._tcp  1d SRV  10 60 5060 sip.example.com.
sip     A   192.0.2.26
@   CAA 0 issue "letsencrypt.org"
@   CAA 0 iodef "mailto:security@example.com"
10      IN PTR    www.example.com.
bad     IN A      300.1.2.3
outside.example.org. IN A 192.0.2.99
dev     IN NS     ns1.dev
ns1.dev IN A      192.0.2.53
München IN A      192.0.2.11
quote   IN TXT    "He said \\"hi\\" \\\\o/ Gr\\195\\188\\195\\159e" ; escaped
ftp     IN A      192.0.2.12
short   30 IN A   192.0.2.13
$INCLUDE other.zone
key     IN DNSKEY 257 3 13 AAAA
`;

describe('parseZoneFile: a pasted zone', () => {
  const result = parseZoneFile(ZONE, PASTED);

  it('keeps the records it can use, in the panel’s stored form', () => {
    expect(result.records).toEqual([
      r('@', 'A', 3600, '192.0.2.10'),
      r('@', 'MX', 3600, 'mail.example.com', { priority: 10 }),
      r('@', 'MX', 3600, 'mx2.backup.example.net', { priority: 20 }),
      r('@', 'TXT', 3600, 'v=spf1 mx a:mail.example.com ~all'),
      r('www', 'A', 300, '192.0.2.10'),
      r('www', 'AAAA', 300, '2001:db8::10'),
      r('mail', 'A', 3600, '192.0.2.25'),
      r('ftp', 'CNAME', 3600, 'www.example.com'),
      r('google._domainkey', 'TXT', 3600, 'v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOC'),
      r('_sip._tcp', 'SRV', 86400, 'sip.example.com', { priority: 10, weight: 60, port: 5060 }),
      r('sip', 'A', 3600, '192.0.2.26'),
      r('@', 'CAA', 3600, 'letsencrypt.org', { flags: 0, tag: 'issue' }),
      r('@', 'CAA', 3600, 'mailto:security@example.com', { flags: 0, tag: 'iodef' }),
      r('dev', 'NS', 3600, 'ns1.dev.example.com'),
      r('ns1.dev', 'A', 3600, '192.0.2.53'),
      r('xn--mnchen-3ya', 'A', 3600, '192.0.2.11'),
      r('quote', 'TXT', 3600, 'He said "hi" \\o/ Grüße'),
    ]);
  });

  it('skips what the panel manages (SOA, the zone’s own NS) with line numbers', () => {
    expect(result.skipped.map(({ line, reason }) => ({ line, reason }))).toEqual([
      { line: 4, reason: 'the SOA record is managed by the panel' },
      { line: 10, reason: 'the name servers of example.com are managed by the panel' },
      { line: 11, reason: 'the name servers of example.com are managed by the panel' },
    ]);
    expect(result.skipped[0]!.text.split('\n')).toHaveLength(6); // the SOA's whole parenthesized entry
    expect(result.skipped[1]!.text).toBe('        IN      NS      ns1.oldhost.net.');
  });

  it('rejects unsupported types, bad data, foreign names and conflicts, saying why', () => {
    expect(result.rejected.map(({ line, reason }) => ({ line, reason }))).toEqual([
      { line: 26, reason: 'PTR records are not supported' },
      { line: 27, reason: 'value: must be an IPv4 address such as 192.0.2.10' },
      { line: 28, reason: expect.stringMatching(/^name: must be inside example\.com/) },
      { line: 33, reason: 'ftp.example.com has a CNAME record, which must be the only record at its name' },
      { line: 34, reason: 'ttl: must be a whole number of seconds from 60 to 604800 (7 days)' },
      { line: 35, reason: 'the $INCLUDE directive is not supported' },
      { line: 36, reason: 'DNSKEY records are not supported' },
    ]);
    expect(result.rejected[1]!.text).toBe('bad     IN A      300.1.2.3');
  });
});

describe('parseZoneFile: master-file syntax', () => {
  const records = (text: string) =>
    parseZoneFile(ZONE, text).records.map((x) => `${x.name} ${x.ttl} ${x.type} ${x.value}`);

  it('follows $ORIGIN for relative owners, @ and targets', () => {
    const text = [
      '$ORIGIN shop.example.com.',
      '@ 600 A 192.0.2.1',
      'www 600 CNAME @',
      'api 600 CNAME edge',
      '$ORIGIN example.com.',
      'x 600 A 192.0.2.2',
    ].join('\n');
    expect(records(text)).toEqual([
      'shop 600 A 192.0.2.1',
      'www.shop 600 CNAME shop.example.com',
      'api.shop 600 CNAME edge.shop.example.com',
      'x 600 A 192.0.2.2',
    ]);
  });

  it('reads TTLs with units, $TTL as the default, else the last TTL written (RFC 1035)', () => {
    expect(records('$TTL 2h\na 1h30m A 192.0.2.1\nb A 192.0.2.2\nc 1W A 192.0.2.3\nd 1d IN A 192.0.2.4')).toEqual([
      'a 5400 A 192.0.2.1',
      'b 7200 A 192.0.2.2',
      'c 604800 A 192.0.2.3',
      'd 86400 A 192.0.2.4',
    ]);
    expect(records('a 600 A 192.0.2.1\nb A 192.0.2.2')).toEqual(['a 600 A 192.0.2.1', 'b 600 A 192.0.2.2']);
    expect(records('@ IN SOA ns1.example.net. h.example.net. 1 2 3 4 900\nb A 192.0.2.2')).toEqual([
      'b 900 A 192.0.2.2',
    ]);
    expect(records('b A 192.0.2.2')).toEqual(['b 3600 A 192.0.2.2']);
  });

  it('accepts lowercase keywords, CRLF line ends and a byte-order mark', () => {
    expect(
      records('\ufeffwww in a 192.0.2.1\r\n\tin aaaa 2001:db8::1\r\nmx 300 in mx 5 mail.example.net.\r\n'),
    ).toEqual(['www 3600 A 192.0.2.1', 'www 3600 AAAA 2001:db8::1', 'mx 300 MX mail.example.net']);
  });

  it('joins TXT strings and decodes \\DDD escapes as UTF-8 bytes; semicolons inside quotes are text', () => {
    const text = 'a TXT "one; two" "(three)" unquoted\nb TXT "\\240\\159\\152\\128 \\059"';
    expect(parseZoneFile(ZONE, text).records.map((x) => x.value)).toEqual(['one; two(three)unquoted', '😀 ;']);
  });

  it('rejects broken entries with their line and reason, and goes on', () => {
    const text = [
      ' A 192.0.2.1', // 1: inherits no owner
      'a TXT "not closed', // 2
      'b ( A 192.0.2.2', // 3: never closed ...
      'c TXT "\\255"', // 4: ... so this line is part of entry 3
    ].join('\n');
    expect(parseZoneFile(ZONE, text).rejected).toEqual([
      {
        line: 1,
        text: ' A 192.0.2.1',
        reason: 'the line starts with a space, so it needs a record before it to take its name from',
      },
      { line: 2, text: 'a TXT "not closed', reason: 'a quoted string is not closed on its line' },
      { line: 3, text: 'b ( A 192.0.2.2\nc TXT "\\255"', reason: "'(' is never closed" },
    ]);
    const more = parseZoneFile(
      ZONE,
      'a ) A 192.0.2.1\nb CH A 192.0.2.2\nc TXT "\\255"\nd A\ne MX 10\n$GENERATE 1-5 h$ A 192.0.2.$\nf TXT \\# 1 00\ng A "192.0.2.1"',
    );
    expect(more.rejected.map((x) => `${x.line}: ${x.reason}`)).toEqual([
      "1: ')' without '('",
      '2: class CH is not supported (only IN)',
      '3: the text is not valid UTF-8',
      '4: A: expects 1 value, found 0',
      '5: MX: expects 2 values, found 1',
      '6: the $GENERATE directive is not supported',
      '7: generic (\\#) record data is not supported',
      '8: A: "192.0.2.1" must not be quoted',
    ]);
    expect(more.records).toEqual([]);
  });

  it('skips the zone’s own NS however it is written, but keeps delegations', () => {
    const result = parseZoneFile(
      ZONE,
      'EXAMPLE.COM. NS ns1.example.net.\n@ NS ns2.example.net.\nsub NS ns1.example.net.',
    );
    expect(result.skipped.map((x) => x.line)).toEqual([1, 2]);
    expect(result.records.map((x) => `${x.name} ${x.type}`)).toEqual(['sub NS']);
  });

  it('rejects a duplicate line as a conflict', () => {
    const result = parseZoneFile(ZONE, 'a A 192.0.2.1\na 600 A 192.0.2.1');
    expect(result.rejected).toEqual([{ line: 2, text: 'a 600 A 192.0.2.1', reason: 'the same record already exists' }]);
  });
});

describe('parseZoneFile(renderZone(x)) gives x back', () => {
  it('for one record of every type', () => {
    const result = parseZoneFile(ZONE, renderZone(SOA, EVERY_TYPE));
    expect(result.rejected).toEqual([]);
    expect(result.skipped.map((x) => x.line)).toEqual([4, 5]); // the SOA and the apex NS the renderer added
    expect(sorted(result.records)).toEqual(sorted(EVERY_TYPE));
  });

  it('for a random mix of 200 records with hostile text', () => {
    const records = randomRecords(7, 200);
    const result = parseZoneFile(ZONE, renderZone(SOA, records));
    expect(result.rejected).toEqual([]);
    expect(sorted(result.records)).toEqual(sorted(served(records)));
  });

  it('for a third-level domain’s records', () => {
    const shop = parseZoneFile(
      ZONE,
      '$ORIGIN shop.example.com.\n@ A 192.0.2.1\nwww CNAME @\n_dmarc TXT "v=DMARC1; p=none"',
    ).records;
    expect(sorted(parseZoneFile(ZONE, renderZone(SOA, shop)).records)).toEqual(sorted(shop));
  });
});
