import type { IconName } from '../components/Icon';
import type { Role } from '../graphql/generated/graphql';
import type { PlainMessageKey } from '../i18n/translate';

export type NavId =
  | 'home'
  | 'domains'
  | 'databases'
  | 'billing'
  | 'plan'
  | 'invoices'
  | 'plans'
  | 'moderation'
  | 'admin-invoices'
  | 'users'
  | 'accounts'
  | 'resellers'
  | 'settings'
  | 'physical-servers'
  | 'logical-servers'
  | 'server-groups'
  | 'ip-addresses'
  | 'tasks'
  | 'account'
  | 'password'
  | 'preferences';
export type NavGroupId = 'main' | 'hosting' | 'admin' | 'cluster' | 'me';

export interface NavEntry {
  id: NavId;
  path: string;
  label: PlainMessageKey;
  description: PlainMessageKey;
  icon: IconName;
  roles: readonly Role[];
  /** Pages that work on the active account: shown only to a viewer who has one. */
  needsAccount?: true;
  group: NavGroupId;
}

/** Who the navigation is for: a role, and whether an account is active (the viewer itself fits). */
export interface NavViewer {
  role: Role;
  activeAccount: object | null;
}

const ADMINS: readonly Role[] = ['MASTER_ADMIN', 'RESELLER_ADMIN'];
const MASTER: readonly Role[] = ['MASTER_ADMIN'];
const EVERYONE: readonly Role[] = ['MASTER_ADMIN', 'RESELLER_ADMIN', 'END_USER'];

/** The one list every skin draws its navigation from, and the route guards their roles. */
export const NAV: readonly NavEntry[] = [
  { id: 'home', path: '/', label: 'nav.home', description: 'nav.desc.home', icon: 'home', roles: EVERYONE, group: 'main' },
  { id: 'domains', path: '/domains', label: 'nav.domains', description: 'nav.desc.domains', icon: 'network', roles: EVERYONE, needsAccount: true, group: 'hosting' },
  { id: 'databases', path: '/databases', label: 'nav.databases', description: 'nav.desc.databases', icon: 'database', roles: EVERYONE, needsAccount: true, group: 'hosting' },
  { id: 'billing', path: '/billing', label: 'nav.billing', description: 'nav.desc.billing', icon: 'accounts', roles: EVERYONE, needsAccount: true, group: 'hosting' },
  { id: 'plan', path: '/plan', label: 'nav.plan', description: 'nav.desc.plan', icon: 'services', roles: EVERYONE, needsAccount: true, group: 'hosting' },
  { id: 'invoices', path: '/invoices', label: 'nav.invoices', description: 'nav.desc.invoices', icon: 'activity', roles: EVERYONE, needsAccount: true, group: 'hosting' },
  { id: 'users', path: '/admin/users', label: 'nav.users', description: 'nav.desc.users', icon: 'users', roles: ADMINS, group: 'admin' },
  { id: 'accounts', path: '/admin/accounts', label: 'nav.accounts', description: 'nav.desc.accounts', icon: 'accounts', roles: ADMINS, group: 'admin' },
  { id: 'plans', path: '/admin/plans', label: 'nav.plans', description: 'nav.desc.plans', icon: 'services', roles: ADMINS, group: 'admin' },
  { id: 'moderation', path: '/admin/moderation', label: 'nav.moderation', description: 'nav.desc.moderation', icon: 'users', roles: ADMINS, group: 'admin' },
  { id: 'admin-invoices', path: '/admin/invoices', label: 'nav.adminInvoices', description: 'nav.desc.adminInvoices', icon: 'activity', roles: ADMINS, group: 'admin' },
  { id: 'resellers', path: '/admin/resellers', label: 'nav.resellers', description: 'nav.desc.resellers', icon: 'resellers', roles: MASTER, group: 'admin' },
  { id: 'settings', path: '/admin/settings', label: 'nav.settings', description: 'nav.desc.settings', icon: 'settings', roles: ADMINS, group: 'admin' },
  { id: 'physical-servers', path: '/admin/servers/physical', label: 'nav.physicalServers', description: 'nav.desc.physicalServers', icon: 'server', roles: MASTER, group: 'cluster' },
  { id: 'logical-servers', path: '/admin/servers/logical', label: 'nav.logicalServers', description: 'nav.desc.logicalServers', icon: 'services', roles: MASTER, group: 'cluster' },
  { id: 'server-groups', path: '/admin/servers/groups', label: 'nav.serverGroups', description: 'nav.desc.serverGroups', icon: 'serverGroup', roles: MASTER, group: 'cluster' },
  { id: 'ip-addresses', path: '/admin/servers/ips', label: 'nav.ipAddresses', description: 'nav.desc.ipAddresses', icon: 'network', roles: MASTER, group: 'cluster' },
  { id: 'tasks', path: '/admin/tasks', label: 'nav.tasks', description: 'nav.desc.tasks', icon: 'activity', roles: MASTER, group: 'cluster' },
  { id: 'account', path: '/account', label: 'nav.account', description: 'nav.desc.account', icon: 'account', roles: EVERYONE, group: 'me' },
  { id: 'password', path: '/password', label: 'nav.password', description: 'nav.desc.password', icon: 'password', roles: EVERYONE, group: 'me' },
  { id: 'preferences', path: '/preferences', label: 'nav.preferences', description: 'nav.desc.preferences', icon: 'preferences', roles: EVERYONE, group: 'me' },
];

export const NAV_GROUPS: readonly { id: NavGroupId; label: PlainMessageKey }[] = [
  { id: 'main', label: 'navGroup.main' },
  { id: 'hosting', label: 'navGroup.hosting' },
  { id: 'admin', label: 'navGroup.admin' },
  { id: 'cluster', label: 'navGroup.cluster' },
  { id: 'me', label: 'navGroup.me' },
];

export function navEntry(id: NavId): NavEntry {
  return NAV.find((e) => e.id === id)!;
}

function allows(entry: NavEntry, who: NavViewer): boolean {
  return entry.roles.includes(who.role) && (!entry.needsAccount || who.activeAccount !== null);
}

export function canUse(id: NavId, who: NavViewer): boolean {
  return allows(navEntry(id), who);
}

/** The entries a viewer may use, in menu order. */
export function navFor(who: NavViewer): NavEntry[] {
  return NAV.filter((e) => allows(e, who));
}

/** The groups a viewer sees, each with its entries; empty groups are left out. */
export function navGroupsFor(who: NavViewer): { id: NavGroupId; label: PlainMessageKey; entries: NavEntry[] }[] {
  const entries = navFor(who);
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
