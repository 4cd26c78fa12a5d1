import { allows, type NavEntry as AreaNavEntry, type NavGroupId, type NavViewer } from '../app/area';
import { AREAS, type AreaNavId } from '../app/areas';
import type { PlainMessageKey } from '../i18n/translate';

export type { NavGroupId, NavViewer } from '../app/area';
export type NavId = AreaNavId;
export type NavEntry = AreaNavEntry<NavId, PlainMessageKey>;

export const NAV_GROUPS: readonly { id: NavGroupId; label: PlainMessageKey }[] = [
  { id: 'main', label: 'navGroup.main' },
  { id: 'hosting', label: 'navGroup.hosting' },
  { id: 'admin', label: 'navGroup.admin' },
  { id: 'cluster', label: 'navGroup.cluster' },
  { id: 'me', label: 'navGroup.me' },
];

/**
 * The one list every skin draws its navigation from, and the route guards their roles: the areas'
 * entries, group by group, each group in the order of the area list.
 */
const AREA_ENTRIES: readonly NavEntry[] = AREAS.flatMap((a): readonly NavEntry[] => a.nav);
export const NAV: readonly NavEntry[] = NAV_GROUPS.flatMap((g) => AREA_ENTRIES.filter((e) => e.group === g.id));

export function navEntry(id: NavId): NavEntry {
  return NAV.find((e) => e.id === id)!;
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
  return NAV_GROUPS.map((g) => ({ ...g, entries: entries.filter((e) => e.group === g.id) })).filter(
    (g) => g.entries.length > 0,
  );
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
