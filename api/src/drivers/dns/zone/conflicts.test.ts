import { describe, expect, it } from 'vitest';
import type { RecordData, RecordInputLike } from './types';
import { checkConflicts, normalizeRecord } from './validate';

const ZONE = 'example.com';
const rec = (input: Partial<RecordInputLike> & { type: string }): RecordData =>
  normalizeRecord(ZONE, ZONE, { name: 'www', value: '192.0.2.1', ...input });

const A = rec({ type: 'A' });
const TXT = rec({ type: 'TXT', value: 'hello' });
const CNAME = rec({ type: 'CNAME', value: 'target.example.net.' });
const fields = (existing: RecordData[], candidate: RecordData, replacing?: number) =>
  checkConflicts(ZONE, existing, candidate, replacing).map((e) => e.field);

describe('checkConflicts', () => {
  it('accepts records that fit beside each other', () => {
    const zone = [A, TXT, rec({ type: 'MX', priority: 10, value: 'mail' }), rec({ type: 'A', name: 'mail' })];
    expect(checkConflicts(ZONE, zone, rec({ type: 'A', value: '192.0.2.2' }))).toEqual([]);
    expect(checkConflicts(ZONE, zone, rec({ type: 'AAAA', value: '2001:db8::1' }))).toEqual([]);
    expect(checkConflicts(ZONE, zone, rec({ type: 'CNAME', name: 'other', value: 'www' }))).toEqual([]);
  });

  it('refuses a CNAME beside other data, in both directions', () => {
    expect(checkConflicts(ZONE, [A, TXT], CNAME)).toEqual([
      {
        field: 'name',
        message: 'www.example.com already has A, TXT records; a CNAME must be the only record at its name',
      },
    ]);
    expect(checkConflicts(ZONE, [CNAME], TXT)).toEqual([
      { field: 'name', message: 'www.example.com has a CNAME record, which must be the only record at its name' },
    ]);
    expect(fields([CNAME], rec({ type: 'CNAME', value: 'elsewhere.example.net.' }))).toEqual(['name']);
  });

  it('refuses an NS delegation beside a CNAME, in both directions', () => {
    const ns = rec({ type: 'NS', value: 'ns1.example.net.' });
    expect(checkConflicts(ZONE, [CNAME], ns)).toEqual([
      {
        field: 'name',
        message: 'www.example.com has a CNAME record; remove it before delegating the name with NS records',
      },
    ]);
    expect(fields([ns], CNAME)).toEqual(['name']);
  });

  it('refuses an identical record (TTL does not matter) on the value field', () => {
    expect(checkConflicts(ZONE, [A], { ...A, ttl: 300 })).toEqual([
      { field: 'value', message: 'the same record already exists' },
    ]);
    expect(fields([TXT], rec({ type: 'TXT', value: 'Hello' }))).toEqual([]); // text is case-sensitive
    expect(fields([CNAME], CNAME)).toEqual(['value']);
  });

  it('leaves the record being edited out of the comparison', () => {
    expect(fields([TXT, A], { ...A, ttl: 60 }, 1)).toEqual([]);
    expect(fields([A], CNAME, 0)).toEqual([]); // turning the A into a CNAME
    expect(fields([A, TXT], CNAME, 0)).toEqual(['name']);
  });

  it('refuses data a delegation would hide (glue addresses allowed)', () => {
    const ns = rec({ type: 'NS', name: 'sub', value: 'ns1.sub.example.com' });
    expect(fields([ns], rec({ type: 'A', name: 'ns1.sub' }))).toEqual([]);
    expect(fields([ns], rec({ type: 'NS', name: 'sub', value: 'ns2.example.net.' }))).toEqual([]);
    expect(checkConflicts(ZONE, [ns], rec({ type: 'TXT', name: 'x.sub', value: 'hidden' }))).toEqual([
      {
        field: 'name',
        message: 'x.sub.example.com is inside sub.example.com, which is delegated to other name servers',
      },
    ]);
    expect(fields([ns], rec({ type: 'MX', name: 'sub', priority: 1, value: 'mail' }))).toEqual(['name']);
    expect(fields([ns], rec({ type: 'NS', name: 'deeper.sub', value: 'ns1.example.net.' }))).toEqual(['name']);
    expect(fields([rec({ type: 'TXT', name: 'x.sub', value: 'hi' })], ns)).toEqual(['name']);
    expect(fields([rec({ type: 'A', name: 'ns1.sub' })], ns)).toEqual([]);
  });

  it('refuses MX, SRV and NS targets that are CNAMEs in the zone, in both directions', () => {
    const alias = rec({ type: 'CNAME', name: 'mail', value: 'mail.example.net.' });
    expect(checkConflicts(ZONE, [alias], rec({ type: 'MX', name: '@', priority: 10, value: 'mail' }))).toEqual([
      {
        field: 'value',
        message: 'mail.example.com is a CNAME; MX records must point at a name with A or AAAA records',
      },
    ]);
    expect(
      fields([alias], rec({ type: 'SRV', name: '_imap._tcp', priority: 1, weight: 1, port: 143, value: 'mail' })),
    ).toEqual(['value']);
    expect(fields([rec({ type: 'MX', name: '@', priority: 10, value: 'mail' })], alias)).toEqual(['name']);
    expect(fields([rec({ type: 'MX', name: '@', priority: 10, value: 'mail.example.net.' })], alias)).toEqual([]);
  });
});
