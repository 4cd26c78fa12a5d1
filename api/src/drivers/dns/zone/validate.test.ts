import { describe, expect, it } from 'vitest';
import { DomainError, type FieldError } from '../../../errors';
import type { RecordInputLike } from './types';
import { normalizeRecord } from './validate';

const ZONE = 'example.com';

function record(input: Partial<RecordInputLike>, origin = ZONE, prefix?: string) {
  return normalizeRecord(ZONE, origin, { name: 'www', type: 'A', value: '192.0.2.1', ...input }, prefix);
}

/** The field errors a rejected input carries (fails the test when the input is accepted). */
function rejected(input: Partial<RecordInputLike>, origin = ZONE, prefix?: string): FieldError[] {
  try {
    record(input, origin, prefix);
  } catch (err) {
    if (err instanceof DomainError && err.code === 'BAD_USER_INPUT') return err.extensions.fields as FieldError[];
    throw err;
  }
  throw new Error(`accepted: ${JSON.stringify(input)}`);
}

const fieldsOf = (input: Partial<RecordInputLike>, origin = ZONE): string[] =>
  rejected(input, origin).map((f) => f.field);

describe('normalizeRecord: owner names', () => {
  it.each([
    ['', 'A', '@'],
    ['@', 'A', '@'],
    ['WWW', 'A', 'www'],
    ['  www  ', 'A', 'www'],
    ['www.example.com.', 'A', 'www'],
    ['Example.COM.', 'A', '@'],
    ['a.b.c', 'A', 'a.b.c'],
    ['123', 'A', '123'],
    ['*', 'A', '*'],
    ['*.dev', 'A', '*.dev'],
    ['_dmarc', 'TXT', '_dmarc'],
    ['selector1._domainkey', 'TXT', 'selector1._domainkey'],
    ['_acme-challenge.www', 'TXT', '_acme-challenge.www'],
  ])('%j (%s) is stored as %j', (name, type, stored) => {
    const value = type === 'TXT' ? 'hello' : '192.0.2.1';
    expect(record({ name, type, value }).name).toBe(stored);
  });

  it.each([
    ['münchen', 'xn--mnchen-3ya'],
    ['MÜNCHEN', 'xn--mnchen-3ya'],
    ['Bücher.shop', 'xn--bcher-kva.shop'],
    ['faß', 'xn--fa-hia'],
    ['日本語。www', 'xn--wgv71a119e.www'],
    ['grüße.example.com.', 'xn--gre-6ka8l'],
    ['xn--mnchen-3ya', 'xn--mnchen-3ya'],
  ])('IDN owner %j is stored in ASCII as %j', (name, stored) => {
    expect(record({ name }).name).toBe(stored);
  });

  it('reads an absolute Unicode name inside an IDN zone', () => {
    const r = normalizeRecord('xn--mnchen-3ya.de', 'xn--mnchen-3ya.de', {
      name: 'www.München.de.',
      type: 'A',
      value: '192.0.2.1',
    });
    expect(r.name).toBe('www');
  });

  it.each([
    ['a..b', 'two dots'],
    ['.www', 'two dots'],
    ['-www', 'letters, digits and hyphens'],
    ['www-', 'letters, digits and hyphens'],
    ['w w', 'letters, digits and hyphens'],
    ['w"w', 'letters, digits and hyphens'],
    ['www;', 'letters, digits and hyphens'],
    ['a*', '"*"'],
    ['a.*', '"*"'],
    ['*.*', '"*"'],
    ['x'.repeat(64), 'longer than 63'],
    [`${'a'.repeat(60)}.`.repeat(4).slice(0, -1), '253'],
    ['www.example.org.', 'must be inside example.com'],
    ['example.com.evil.', 'must be inside example.com'],
    ['xn--zz', 'not a valid label'],
    ['⒈', 'not a valid label'],
    ['１２３', 'not a valid label'],
    ['.', 'DNS root'],
  ])('owner %j is refused on the name field (%s)', (name, message) => {
    const errors = rejected({ name });
    expect(errors).toEqual([{ field: 'name', message: expect.stringContaining(message) }]);
  });

  it('refuses underscores where BIND wants host names (A, AAAA, MX owners), allows them for TXT, SRV, CAA', () => {
    expect(fieldsOf({ name: '_foo', type: 'A', value: '192.0.2.1' })).toEqual(['name']);
    expect(fieldsOf({ name: '_foo', type: 'AAAA', value: '2001:db8::1' })).toEqual(['name']);
    expect(fieldsOf({ name: '_foo', type: 'MX', value: 'mail.example.net.', priority: 10 })).toEqual(['name']);
    expect(fieldsOf({ name: 'x_y', type: 'TXT', value: 'x' })).toEqual(['name']); // underscore only leads a label
    expect(record({ name: '_foo', type: 'TXT', value: 'x' }).name).toBe('_foo');
    expect(record({ name: '_x', type: 'CAA', flags: 0, tag: 'issue', value: ';' }).name).toBe('_x');
  });

  it('names every wrong field at once, with the caller’s prefix', () => {
    expect(rejected({ name: '-x', ttl: 5, value: 'nope' }, ZONE, 'records.2').map((f) => f.field)).toEqual([
      'records.2.name',
      'records.2.ttl',
      'records.2.value',
    ]);
  });
});

describe('normalizeRecord: type and TTL', () => {
  it('accepts a lowercase type and refuses unknown ones', () => {
    expect(record({ type: 'aaaa', value: '2001:db8::1' }).type).toBe('AAAA');
    for (const type of ['PTR', 'SOA', '', 'A; rm']) {
      expect(rejected({ type })).toEqual([
        { field: 'type', message: 'must be one of A, AAAA, CNAME, MX, TXT, SRV, CAA, NS' },
      ]);
    }
  });

  it('defaults the TTL to 3600 and keeps 60..604800', () => {
    expect(record({}).ttl).toBe(3600);
    expect(record({ ttl: null }).ttl).toBe(3600);
    expect(record({ ttl: 60 }).ttl).toBe(60);
    expect(record({ ttl: 604800 }).ttl).toBe(604800);
    expect(record({ ttl: '300' }).ttl).toBe(300);
  });

  it.each([59, 0, 604801, 1.5, -1, 'abc', '1e3', Number.NaN])('refuses TTL %j, saying the range', (ttl) => {
    expect(rejected({ ttl: ttl as number })).toEqual([
      { field: 'ttl', message: 'must be a whole number of seconds from 60 to 604800 (7 days)' },
    ]);
  });
});

describe('normalizeRecord: data of each type', () => {
  it('A takes IPv4 only', () => {
    expect(record({ value: ' 192.0.2.1 ' }).value).toBe('192.0.2.1');
    expect(rejected({ value: '2001:db8::1' })).toEqual([
      { field: 'value', message: 'is an IPv6 address: use an AAAA record' },
    ]);
    for (const value of ['256.1.1.1', '1.2.3', '01.2.3.4', 'example.com', '', '1.2.3.4 5.6.7.8']) {
      expect(rejected({ value }), value).toEqual([{ field: 'value', message: expect.stringContaining('IPv4') }]);
    }
  });

  it('AAAA takes IPv6 only, canonicalized', () => {
    expect(record({ type: 'AAAA', value: '2001:DB8:0:0::0001' }).value).toBe('2001:db8::1');
    expect(fieldsOf({ type: 'AAAA', value: '192.0.2.1' })).toEqual(['value']);
    expect(fieldsOf({ type: 'AAAA', value: 'fe80::1%eth0' })).toEqual(['value']);
    expect(fieldsOf({ type: 'AAAA', value: '2001:db8::g' })).toEqual(['value']);
  });

  it('CNAME targets: one label or @ inside the origin, a dotted name absolute (final dot optional), IDN, service labels', () => {
    const cname = (value: string) => record({ type: 'CNAME', value }).value;
    expect(cname('target')).toBe('target.example.com');
    expect(cname(' Target ')).toBe('target.example.com');
    expect(cname('Target.Sub.example.com')).toBe('target.sub.example.com');
    expect(cname('@')).toBe('example.com');
    expect(cname('example.com')).toBe('example.com');
    expect(cname('Bücher。example')).toBe('xn--bcher-kva.example'); // an ideographic full stop is a dot too
    expect(cname('ghs.googlehosted.com.')).toBe('ghs.googlehosted.com');
    expect(cname('Bücher.example.')).toBe('xn--bcher-kva.example');
    expect(cname('selector1-x._domainkey.x.onmicrosoft.com.')).toBe('selector1-x._domainkey.x.onmicrosoft.com');
    // Without the final dot a dotted name is still the host people mean, not BIND's ghs.googlehosted.com.example.com.
    expect(cname('ghs.googlehosted.com')).toBe('ghs.googlehosted.com');
    expect(cname('web.example.com')).toBe('web.example.com');
  });

  it('CNAME is refused at the apex, pointing at itself, at an address, or empty', () => {
    expect(rejected({ type: 'CNAME', name: '@', value: 'other.example.net.' })).toEqual([
      { field: 'name', message: expect.stringContaining('cannot be at example.com itself') },
    ]);
    expect(fieldsOf({ type: 'CNAME', name: 'www', value: 'www' })).toEqual(['value']);
    expect(fieldsOf({ type: 'CNAME', name: 'www', value: 'www.example.com' })).toEqual(['value']);
    expect(fieldsOf({ type: 'CNAME', value: '192.0.2.1' })).toEqual(['value']);
    expect(fieldsOf({ type: 'CNAME', value: '' })).toEqual(['value']);
    expect(fieldsOf({ type: 'CNAME', value: 'a..b.' })).toEqual(['value']);
    expect(fieldsOf({ type: 'CNAME', value: '*.example.net.' })).toEqual(['value']);
  });

  it('MX needs a priority 0..65535 and a host-name target', () => {
    const mx = record({ type: 'MX', name: '@', priority: '10', value: 'mail' });
    expect(mx).toEqual({
      name: '@',
      type: 'MX',
      ttl: 3600,
      value: 'mail.example.com',
      priority: 10,
      weight: null,
      port: null,
      flags: null,
      tag: null,
    });
    expect(record({ type: 'MX', priority: 0, value: 'mx.example.net.' }).priority).toBe(0);
    expect(record({ type: 'MX', priority: 10, value: 'mx0.example.com' }).value).toBe('mx0.example.com');
    expect(record({ type: 'MX', priority: 10, value: '@' }).value).toBe('example.com');
    expect(fieldsOf({ type: 'MX', priority: 10, value: '192.0.2.1.' })).toEqual(['value']);
    expect(rejected({ type: 'MX', value: 'mail' })).toEqual([
      { field: 'priority', message: 'is required for MX records' },
    ]);
    expect(fieldsOf({ type: 'MX', priority: 65536, value: 'mail' })).toEqual(['priority']);
    expect(fieldsOf({ type: 'MX', priority: -1, value: 'mail' })).toEqual(['priority']);
    expect(fieldsOf({ type: 'MX', priority: 'ten', value: 'mail' })).toEqual(['priority']);
    expect(fieldsOf({ type: 'MX', priority: 10, value: '_mail.example.net.' })).toEqual(['value']);
    expect(fieldsOf({ type: 'MX', priority: 10, value: 'mail.example.123.' })).toEqual(['value']);
    expect(fieldsOf({ type: 'MX', priority: 10, value: '192.0.2.1' })).toEqual(['value']);
  });

  it('SRV needs _service._proto owner and priority, weight, port 0..65535', () => {
    const srv = record({
      type: 'SRV',
      name: '_sip._tcp',
      priority: 10,
      weight: 5,
      port: 5060,
      value: 'sip.example.net.',
    });
    expect(srv).toMatchObject({ name: '_sip._tcp', priority: 10, weight: 5, port: 5060, value: 'sip.example.net' });
    expect(record({ type: 'SRV', name: '_sip._tcp.eu', priority: 1, weight: 0, port: 1, value: 'sip' }).value).toBe(
      'sip.example.com',
    );
    expect(
      record({ type: 'SRV', name: '_sip._tcp', priority: 1, weight: 0, port: 1, value: 'sip.example.net' }).value,
    ).toBe('sip.example.net');
    expect(
      fieldsOf({ type: 'SRV', name: 'sip', priority: 10, weight: 5, port: 5060, value: 'sip.example.net.' }),
    ).toEqual(['name']);
    expect(
      fieldsOf({ type: 'SRV', name: '_sip', priority: 10, weight: 5, port: 5060, value: 'sip.example.net.' }),
    ).toEqual(['name']);
    expect(
      fieldsOf({ type: 'SRV', name: 'x._tcp', priority: 10, weight: 5, port: 5060, value: 'sip.example.net.' }),
    ).toEqual(['name']);
    expect(rejected({ type: 'SRV', name: '_sip._tcp', value: 'sip' }).map((f) => f.field)).toEqual([
      'priority',
      'weight',
      'port',
    ]);
    expect(fieldsOf({ type: 'SRV', name: '_sip._tcp', priority: 1, weight: 1, port: 65536, value: 'sip' })).toEqual([
      'port',
    ]);
    expect(fieldsOf({ type: 'SRV', name: '_sip._tcp', priority: 1, weight: 1.5, port: 1, value: 'sip' })).toEqual([
      'weight',
    ]);
    expect(
      fieldsOf({ type: 'SRV', name: '_sip._tcp', priority: 1, weight: 1, port: 1, value: '_sip.example.net.' }),
    ).toEqual(['value']);
  });

  it('CAA: flags 0 or 128, tag issue|issuewild|iodef, a CA domain or URL value', () => {
    const caa = (input: Partial<RecordInputLike>) => record({ type: 'CAA', name: '@', ...input });
    expect(caa({ tag: 'ISSUE', value: 'letsencrypt.org' })).toMatchObject({
      flags: 0,
      tag: 'issue',
      value: 'letsencrypt.org',
    });
    expect(caa({ flags: 128, tag: 'issuewild', value: ';' })).toMatchObject({
      flags: 128,
      tag: 'issuewild',
      value: ';',
    });
    expect(caa({ tag: 'issue', value: 'letsencrypt.org; validationmethods=dns-01' }).value).toBe(
      'letsencrypt.org; validationmethods=dns-01',
    );
    expect(caa({ tag: 'iodef', value: 'mailto:security@example.com' }).value).toBe('mailto:security@example.com');
    expect(caa({ tag: 'iodef', value: 'https://example.com/caa' }).value).toBe('https://example.com/caa');
    expect(rejected({ type: 'CAA', flags: 1, tag: 'issue', value: 'letsencrypt.org' })).toEqual([
      { field: 'flags', message: 'must be 0, or 128 (critical)' },
    ]);
    expect(rejected({ type: 'CAA', tag: 'contactemail', value: 'x' })).toEqual([
      { field: 'tag', message: 'must be one of issue, issuewild, iodef' },
    ]);
    expect(fieldsOf({ type: 'CAA', tag: 'issue', value: 'not a domain!' })).toEqual(['value']);
    expect(fieldsOf({ type: 'CAA', tag: 'iodef', value: 'security@example.com' })).toEqual(['value']);
    expect(fieldsOf({ type: 'CAA', tag: 'issue', value: 'letsencrypt.org;\nx=y' })).toEqual(['value']);
    expect(fieldsOf({ type: 'CAA', tag: 'issue', value: `ca.example; x=${'a'.repeat(250)}` })).toEqual(['value']);
  });

  it('TXT keeps the text exactly, up to 4000 bytes of UTF-8, without NUL', () => {
    const text = '  v=spf1 include:_spf.example.net ~all\t"quoted" \\ ; ( ) \n$INCLUDE /etc/passwd 😀  ';
    expect(record({ type: 'TXT', value: text }).value).toBe(text);
    expect(record({ type: 'TXT', value: 'é'.repeat(2000) }).value).toHaveLength(2000); // 4000 bytes
    expect(rejected({ type: 'TXT', value: 'é'.repeat(2000) + 'x' })).toEqual([
      { field: 'value', message: 'must be at most 4000 bytes (UTF-8)' },
    ]);
    expect(fieldsOf({ type: 'TXT', value: 'a\u0000b' })).toEqual(['value']);
    expect(fieldsOf({ type: 'TXT', value: '' })).toEqual(['value']);
    expect(fieldsOf({ type: 'TXT', value: 'half \ud83d pair' })).toEqual(['value']);
  });

  it('NS delegates a subdomain only: never the zone apex or the edited domain itself', () => {
    expect(record({ type: 'NS', name: 'sub', value: 'ns1.example.net.' })).toMatchObject({
      name: 'sub',
      value: 'ns1.example.net',
    });
    expect(record({ type: 'NS', name: 'sub', value: 'ns1.sub.example.com' }).value).toBe('ns1.sub.example.com');
    expect(record({ type: 'NS', name: 'sub', value: 'ns1.sub' }).value).toBe('ns1.sub'); // a dotted name is a full host name
    expect(rejected({ type: 'NS', name: '@', value: 'ns1.example.net.' })).toEqual([
      { field: 'name', message: expect.stringContaining('managed by the panel') },
    ]);
    expect(fieldsOf({ type: 'NS', name: '*', value: 'ns1.example.net.' })).toEqual(['name']);
    expect(fieldsOf({ type: 'NS', name: 'sub', value: '192.0.2.53' })).toEqual(['value']);
    expect(fieldsOf({ type: 'NS', name: 'sub', value: '_ns.example.net.' })).toEqual(['value']);
  });

  it('ignores fields that do not belong to the type', () => {
    expect(record({ priority: 10, weight: 1, port: 2, flags: 128, tag: 'issue' })).toMatchObject({
      priority: null,
      weight: null,
      port: null,
      flags: null,
      tag: null,
    });
  });
});

describe('normalizeRecord: a third-level domain hosted inside the zone', () => {
  const SHOP = 'shop.example.com';

  it('reads names and relative targets against the subdomain and stores them against the zone', () => {
    expect(record({ name: '' }, SHOP).name).toBe('shop');
    expect(record({ name: '@' }, SHOP).name).toBe('shop');
    expect(record({ name: 'www' }, SHOP).name).toBe('www.shop');
    expect(record({ name: 'WWW.Shop.Example.Com.' }, SHOP).name).toBe('www.shop');
    expect(record({ name: 'münchen' }, SHOP).name).toBe('xn--mnchen-3ya.shop');
    expect(record({ type: 'CNAME', name: 'www', value: 'cdn' }, SHOP).value).toBe('cdn.shop.example.com');
    expect(record({ type: 'CNAME', name: 'www', value: '@' }, SHOP).value).toBe('shop.example.com');
    expect(record({ type: 'CNAME', name: 'www', value: 'cdn.example.com' }, SHOP).value).toBe('cdn.example.com');
    expect(record({ type: 'MX', name: '', priority: 5, value: 'mail' }, SHOP)).toMatchObject({
      name: 'shop',
      value: 'mail.shop.example.com',
    });
    expect(
      record({ type: 'SRV', name: '_sip._tcp', priority: 5, weight: 0, port: 5060, value: 'sip' }, SHOP).name,
    ).toBe('_sip._tcp.shop');
  });

  it('keeps the user inside the subdomain', () => {
    expect(rejected({ name: 'www.example.com.' }, SHOP)).toEqual([
      { field: 'name', message: expect.stringContaining('must be inside shop.example.com') },
    ]);
    expect(fieldsOf({ name: 'example.com.' }, SHOP)).toEqual(['name']);
    expect(fieldsOf({ name: 'other.example.com.' }, SHOP)).toEqual(['name']);
  });

  it('allows a CNAME at the subdomain (not a zone apex) but no NS there', () => {
    expect(record({ type: 'CNAME', name: '@', value: 'shops.example.net.' }, SHOP).name).toBe('shop');
    expect(rejected({ type: 'NS', name: '@', value: 'ns1.example.net.' }, SHOP)).toEqual([
      { field: 'name', message: expect.stringContaining('name servers of shop.example.com itself') },
    ]);
    expect(record({ type: 'NS', name: 'dev', value: 'ns1.example.net.' }, SHOP).name).toBe('dev.shop');
  });

  it('refuses an origin outside the zone as a programming error', () => {
    expect(() => normalizeRecord(ZONE, 'example.org', { name: 'www', type: 'A', value: '192.0.2.1' })).toThrow(
      'not inside zone',
    );
  });
});
