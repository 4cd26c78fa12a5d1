import { describe, expect, it } from 'vitest';
import { activeNavId, navFor, navGroupsFor } from './navigation';

describe('navigation', () => {
  it('gives the master admin every page', () => {
    expect(navFor('MASTER_ADMIN').map((e) => e.id)).toEqual(['home', 'users', 'accounts', 'resellers', 'settings', 'account', 'password', 'preferences']);
  });

  it('hides resellers from a reseller admin', () => {
    expect(navFor('RESELLER_ADMIN').map((e) => e.id)).not.toContain('resellers');
  });

  it('gives an end user only their own pages, without an admin group', () => {
    expect(navFor('END_USER').map((e) => e.id)).toEqual(['home', 'account', 'password', 'preferences']);
    expect(navGroupsFor('END_USER').map((g) => g.id)).toEqual(['main', 'me']);
  });

  it('finds the entry of nested paths', () => {
    expect(activeNavId('/')).toBe('home');
    expect(activeNavId('/admin/users/12')).toBe('users');
    expect(activeNavId('/admin/users/new')).toBe('users');
    expect(activeNavId('/preferences')).toBe('preferences');
    expect(activeNavId('/nowhere')).toBeNull();
  });
});
