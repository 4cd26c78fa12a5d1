import { describe, expect, it } from 'vitest';
import {
  draftOf,
  emptyDraft,
  extraFieldsOf,
  hasHostTarget,
  recordData,
  recordInput,
  resolvedTarget,
} from './recordForm';

describe('record form', () => {
  it('shows priority for MX, weight and port for SRV, flags and tag for CAA, nothing more for A', () => {
    expect(extraFieldsOf('A')).toEqual([]);
    expect(extraFieldsOf('MX')).toEqual(['priority']);
    expect(extraFieldsOf('SRV')).toEqual(['priority', 'weight', 'port']);
    expect(extraFieldsOf('CAA')).toEqual(['flags', 'tag']);
  });

  it('sends only the fields of the chosen type', () => {
    const typed = {
      ...emptyDraft,
      name: ' www ',
      type: 'TXT' as const,
      value: ' v=spf1 -all',
      priority: '10',
      port: '80',
    };
    expect(recordInput(typed)).toEqual({ name: 'www', type: 'TXT', value: ' v=spf1 -all' });
    expect(recordInput({ ...typed, type: 'MX', value: ' mail ' })).toEqual({
      name: 'www',
      type: 'MX',
      value: 'mail',
      priority: 10,
    });
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
    const srv = {
      id: '1',
      name: '_sip._tcp',
      fqdn: '_sip._tcp.example.com',
      type: 'SRV' as const,
      ttl: 3600,
      value: 'sip.example.com',
      target: 'sip.example.com.',
      priority: 10,
      weight: 5,
      port: 5060,
      flags: null,
      tag: null,
      managed: false,
    };
    // The stored value goes back as it came: a dotted name is a full host name, so an edit keeps it.
    expect(recordInput(draftOf(srv))).toEqual({
      name: '_sip._tcp',
      type: 'SRV',
      ttl: 3600,
      value: 'sip.example.com',
      priority: 10,
      weight: 5,
      port: 5060,
    });
    expect(resolvedTarget(draftOf(srv).value, 'example.com')).toBe(srv.target);
    expect(recordData(srv)).toBe('10 5 5060 sip.example.com.');
    expect(recordData({ ...srv, type: 'CNAME', value: 'www.example.net', target: 'www.example.net.' })).toBe(
      'www.example.net.',
    );
    expect(recordData({ ...srv, type: 'CAA', flags: 128, tag: 'issue', value: 'ca.example', target: null })).toBe(
      '128 issue "ca.example"',
    );
  });

  it('resolves a typed target as the server does: a dotted name is full, one label or @ is inside the domain', () => {
    expect(resolvedTarget('mx0.example.com', 'example.com')).toBe('mx0.example.com.');
    expect(resolvedTarget(' MX0.Example.COM. ', 'example.com')).toBe('mx0.example.com.');
    expect(resolvedTarget('ghs.googlehosted.com', 'example.com')).toBe('ghs.googlehosted.com.');
    expect(resolvedTarget('mail', 'example.com')).toBe('mail.example.com.');
    expect(resolvedTarget('@', 'example.com')).toBe('example.com.');
    expect(resolvedTarget('mail', 'shop.helio-host.com')).toBe('mail.shop.helio-host.com.');
    expect(resolvedTarget('bücher。example', 'example.com')).toBe('xn--bcher-kva.example.');
    expect(resolvedTarget('münchen', 'example.com')).toBe('xn--mnchen-3ya.example.com.');
    for (const nothing of ['', '  ', '192.0.2.1', '2001:db8::1'])
      expect(resolvedTarget(nothing, 'example.com'), nothing).toBeNull();
    expect(resolvedTarget('mail', '')).toBeNull(); // web space without a domain has no records
    expect(['A', 'CNAME', 'MX', 'NS', 'SRV', 'TXT', 'CAA'].filter((t) => hasHostTarget(t as 'A'))).toEqual([
      'CNAME',
      'MX',
      'NS',
      'SRV',
    ]);
  });
});
