import { describe, expect, it } from 'vitest';
import { draftOf, emptyDraft, extraFieldsOf, recordData, recordInput } from './recordForm';

describe('record form', () => {
  it('shows priority for MX, weight and port for SRV, flags and tag for CAA, nothing more for A', () => {
    expect(extraFieldsOf('A')).toEqual([]);
    expect(extraFieldsOf('MX')).toEqual(['priority']);
    expect(extraFieldsOf('SRV')).toEqual(['priority', 'weight', 'port']);
    expect(extraFieldsOf('CAA')).toEqual(['flags', 'tag']);
  });

  it('sends only the fields of the chosen type', () => {
    const typed = { ...emptyDraft, name: ' www ', type: 'TXT' as const, value: ' v=spf1 -all', priority: '10', port: '80' };
    expect(recordInput(typed)).toEqual({ name: 'www', type: 'TXT', value: ' v=spf1 -all' });
    expect(recordInput({ ...typed, type: 'MX', value: ' mail ' })).toEqual({ name: 'www', type: 'MX', value: 'mail', priority: 10 });
  });

  it('takes an empty name for the domain itself, a typed TTL as a number, CAA flags 0 by default', () => {
    expect(recordInput({ ...emptyDraft, type: 'CAA', ttl: '300', value: 'letsencrypt.org', tag: 'issue' })).toEqual({
      name: '@',
      type: 'CAA',
      ttl: 300,
      value: 'letsencrypt.org',
      flags: 0,
      tag: 'issue',
    });
  });

  it('round-trips a record through its edit form', () => {
    const srv = { id: '1', name: '_sip._tcp', fqdn: '_sip._tcp.example.com', type: 'SRV' as const, ttl: 3600, value: 'sip.example.com', priority: 10, weight: 5, port: 5060, flags: null, tag: null, managed: false };
    expect(recordInput(draftOf(srv))).toEqual({ name: '_sip._tcp', type: 'SRV', ttl: 3600, value: 'sip.example.com', priority: 10, weight: 5, port: 5060 });
    expect(recordData(srv)).toBe('10 5 5060 sip.example.com');
    expect(recordData({ ...srv, type: 'CAA', flags: 128, tag: 'issue', value: 'ca.example' })).toBe('128 issue "ca.example"');
  });
});
