import { describe, expect, it } from 'vitest';
import { anyPending, DOMAIN_WAYS, hasOwnZone, nameInputOf, needsRegistrar, needsServiceDomain } from './domainKinds';

describe('domain kinds', () => {
  it('offers every API kind, and registration and transfer as the disabled rest', () => {
    expect(DOMAIN_WAYS.filter((w) => !needsRegistrar(w))).toEqual([
      'OWN',
      'THIRD_LEVEL',
      'INSTANT',
      'PARKED',
      'NO_DOMAIN',
    ]);
    expect(DOMAIN_WAYS.filter(needsRegistrar)).toEqual(['REGISTER', 'TRANSFER']);
  });

  it('asks for a domain, a label, or no name at all', () => {
    expect(nameInputOf('OWN')).toBe('domain');
    expect(nameInputOf('PARKED')).toBe('domain');
    expect(nameInputOf('THIRD_LEVEL')).toBe('label');
    expect(nameInputOf('INSTANT')).toBeNull();
    expect(nameInputOf('NO_DOMAIN')).toBeNull();
    expect(hasOwnZone('OWN') && hasOwnZone('PARKED') && !hasOwnZone('THIRD_LEVEL')).toBe(true);
    expect(needsServiceDomain('INSTANT') && needsServiceDomain('THIRD_LEVEL') && !needsServiceDomain('OWN')).toBe(true);
  });

  it('polls while a domain, its site or its zone is queued or being deleted', () => {
    expect(anyPending([{ state: 'ACTIVE', site: { state: 'ACTIVE' } }])).toBe(false);
    expect(anyPending([{ state: 'ACTIVE', site: { state: 'QUEUED' } }])).toBe(true);
    expect(anyPending([{ state: 'DELETING', site: null }])).toBe(true);
    expect(anyPending([{ state: 'ACTIVE', zone: { state: 'QUEUED' } }])).toBe(true);
    expect(anyPending([{ state: 'FAILED', site: { state: 'FAILED' } }])).toBe(false);
  });
});
