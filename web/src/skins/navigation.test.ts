import { describe, expect, it } from 'vitest';
import { activeNavId, canUse, navFor, navGroupsFor } from './navigation';

const account = { id: '12' };
const master = { role: 'MASTER_ADMIN', activeAccount: null } as const;
const resellerAdmin = { role: 'RESELLER_ADMIN', activeAccount: null } as const;
const endUser = { role: 'END_USER', activeAccount: account } as const;
const staff = { role: 'SUPPORT_STAFF', activeAccount: null } as const;

describe('navigation', () => {
  it('gives the master admin every admin and cluster page', () => {
    expect(navFor(master).map((e) => e.id)).toEqual([
      'home',
      'users',
      'staff',
      'accounts',
      'plans',
      'moderation',
      'admin-invoices',
      'admin-payments',
      'admin-ledger',
      'admin-jobs',
      'admin-certificates',
      'admin-support',
      'admin-knowledge',
      'resellers',
      'settings',
      'brand',
      'admin-webhooks',
      'physical-servers',
      'logical-servers',
      'server-groups',
      'ip-addresses',
      'tasks',
      'account',
      'password',
      'email',
      'preferences',
      'security',
      'developers',
      'explorer',
    ]);
  });

  it('hides resellers and the cluster from a reseller admin', () => {
    const ids = navFor(resellerAdmin).map((e) => e.id);
    expect(ids).not.toContain('resellers');
    // Every company's admins edit its own brand (RES-3).
    expect(ids).toContain('brand');
    for (const id of ['physical-servers', 'logical-servers', 'server-groups', 'ip-addresses', 'tasks'] as const)
      expect(ids).not.toContain(id);
  });

  it('gives an end user their own pages and databases, without an admin group', () => {
    expect(navFor(endUser).map((e) => e.id)).toEqual([
      'home',
      'support',
      'knowledge',
      'domains',
      'databases',
      'billing',
      'plan',
      'invoices',
      'jobs',
      'webhooks',
      'account',
      'password',
      'email',
      'preferences',
      'security',
      'developers',
      'explorer',
    ]);
    expect(navGroupsFor(endUser).map((g) => g.id)).toEqual(['main', 'hosting', 'me']);
  });

  it('gives a support staff login the support desk and its own settings, nothing else of customers or admins', () => {
    expect(navFor(staff).map((e) => e.id)).toEqual([
      'home',
      'admin-jobs',
      'admin-support',
      'admin-knowledge',
      'password',
      'email',
      'preferences',
      'security',
      'developers',
      'explorer',
    ]);
    expect(canUse('staff', staff)).toBe(false);
    expect(canUse('users', staff)).toBe(false);
    expect(canUse('invoices', staff)).toBe(false);
  });

  it('offers databases only with an active account, whatever the role', () => {
    expect(canUse('databases', { role: 'END_USER', activeAccount: null })).toBe(false);
    expect(canUse('databases', master)).toBe(false);
    expect(canUse('databases', { ...master, activeAccount: account })).toBe(true);
    expect(canUse('domains', { role: 'END_USER', activeAccount: null })).toBe(false);
    expect(canUse('domains', endUser)).toBe(true);
    expect(canUse('billing', { role: 'END_USER', activeAccount: null })).toBe(false);
    expect(canUse('billing', endUser)).toBe(true);
  });

  it('finds the entry of nested paths', () => {
    expect(activeNavId('/')).toBe('home');
    expect(activeNavId('/admin/users/12')).toBe('users');
    expect(activeNavId('/admin/users/new')).toBe('users');
    expect(activeNavId('/admin/servers/physical/3')).toBe('physical-servers');
    expect(activeNavId('/admin/servers/groups/new')).toBe('server-groups');
    expect(activeNavId('/preferences')).toBe('preferences');
    expect(activeNavId('/admin/brand')).toBe('brand');
    expect(activeNavId('/domains/7')).toBe('domains');
    expect(activeNavId('/billing')).toBe('billing');
    // An admin's page of one account's billing belongs to Accounts.
    expect(activeNavId('/admin/accounts/7/billing')).toBe('accounts');
    expect(activeNavId('/nowhere')).toBeNull();
  });
});
