import type { IconName } from '../components/Icon';
import type { Role } from '../graphql/generated/graphql';
import type { PlainMessageKey } from '../i18n/translate';

export type NavId = 'home' | 'users' | 'accounts' | 'resellers' | 'settings' | 'account' | 'password' | 'preferences';
export type NavGroupId = 'main' | 'admin' | 'me';

export interface NavEntry {
  id: NavId;
  path: string;
  label: PlainMessageKey;
  description: PlainMessageKey;
  icon: IconName;
  roles: readonly Role[];
  group: NavGroupId;
}

const ADMINS: readonly Role[] = ['MASTER_ADMIN', 'RESELLER_ADMIN'];
const EVERYONE: readonly Role[] = ['MASTER_ADMIN', 'RESELLER_ADMIN', 'END_USER'];

/** The one list every skin draws its navigation from, and the route guards their roles. */
export const NAV: readonly NavEntry[] = [
  { id: 'home', path: '/', label: 'nav.home', description: 'nav.desc.home', icon: 'home', roles: EVERYONE, group: 'main' },
  { id: 'users', path: '/admin/users', label: 'nav.users', description: 'nav.desc.users', icon: 'users', roles: ADMINS, group: 'admin' },
  { id: 'accounts', path: '/admin/accounts', label: 'nav.accounts', description: 'nav.desc.accounts', icon: 'accounts', roles: ADMINS, group: 'admin' },
  { id: 'resellers', path: '/admin/resellers', label: 'nav.resellers', description: 'nav.desc.resellers', icon: 'resellers', roles: ['MASTER_ADMIN'], group: 'admin' },
  { id: 'settings', path: '/admin/settings', label: 'nav.settings', description: 'nav.desc.settings', icon: 'settings', roles: ADMINS, group: 'admin' },
  { id: 'account', path: '/account', label: 'nav.account', description: 'nav.desc.account', icon: 'account', roles: EVERYONE, group: 'me' },
  { id: 'password', path: '/password', label: 'nav.password', description: 'nav.desc.password', icon: 'password', roles: EVERYONE, group: 'me' },
  { id: 'preferences', path: '/preferences', label: 'nav.preferences', description: 'nav.desc.preferences', icon: 'preferences', roles: EVERYONE, group: 'me' },
];

export const NAV_GROUPS: readonly { id: NavGroupId; label: PlainMessageKey }[] = [
  { id: 'main', label: 'navGroup.main' },
  { id: 'admin', label: 'navGroup.admin' },
  { id: 'me', label: 'navGroup.me' },
];

export function navEntry(id: NavId): NavEntry {
  return NAV.find((e) => e.id === id)!;
}

export function canUse(id: NavId, role: Role): boolean {
  return navEntry(id).roles.includes(role);
}

/** The entries a role may use, in menu order. */
export function navFor(role: Role): NavEntry[] {
  return NAV.filter((e) => e.roles.includes(role));
}

/** The groups a role sees, each with its entries; empty groups are left out. */
export function navGroupsFor(role: Role): { id: NavGroupId; label: PlainMessageKey; entries: NavEntry[] }[] {
  const entries = navFor(role);
  return NAV_GROUPS.map((g) => ({ ...g, entries: entries.filter((e) => e.group === g.id) })).filter((g) => g.entries.length > 0);
}

/** The entry a path belongs to: its own, or the closest parent's (a user's detail page belongs to Users). */
export function activeNavId(pathname: string): NavId | null {
  let best: NavEntry | null = null;
  for (const e of NAV) {
    const matches = e.path === '/' ? pathname === '/' : pathname === e.path || pathname.startsWith(`${e.path}/`);
    if (matches && (!best || e.path.length > best.path.length)) best = e;
  }
  return best?.id ?? null;
}
