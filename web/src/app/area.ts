import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { IconName } from '../components/Icon';
import type { Role } from '../graphql/generated/graphql';
import type { coreEn } from '../i18n/core.en';
import type { PlainKeysOf } from '../i18n/placeholders';

/*
 * What one area of the panel brings: its routes, its navigation entries, its message catalogs and
 * its page ids. `app/areas.ts` lists the areas; the routes, the menus and the catalogs are
 * assembled from that list, so adding an area edits its folder and that list only.
 *
 * Nothing here imports a page, a skin or the merged catalogs: an area's index must stay cheap to
 * load (it is in the main chunk) and must not need the types that are derived from the list.
 */

export type NavGroupId = 'main' | 'hosting' | 'admin' | 'cluster' | 'me';

export const ADMINS: readonly Role[] = ['MASTER_ADMIN', 'RESELLER_ADMIN'];
export const MASTER: readonly Role[] = ['MASTER_ADMIN'];
/** Customers and admins: what a support staff login does not see (accounts, plans, invoices, hosting). */
export const EVERYONE: readonly Role[] = ['MASTER_ADMIN', 'RESELLER_ADMIN', 'END_USER'];
/** The support desk: admins and the company's support staff logins (tickets, knowledge base, custom jobs). */
export const SUPPORT_DESK: readonly Role[] = ['MASTER_ADMIN', 'RESELLER_ADMIN', 'SUPPORT_STAFF'];
/** Anyone signed in, support staff too: the start page, their password and preferences. */
export const SIGNED_IN: readonly Role[] = ['MASTER_ADMIN', 'RESELLER_ADMIN', 'SUPPORT_STAFF', 'END_USER'];

/** A catalog of messages: key to text with `{placeholders}`. */
export type Catalog = Readonly<Record<string, string>>;

export interface NavEntry<Id extends string = string, Label extends string = string> {
  id: Id;
  /** Absolute path of the page the entry opens; a route of the same area must match it. */
  path: string;
  label: Label;
  description: Label;
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

export function allows(entry: NavEntry, who: NavViewer): boolean {
  return entry.roles.includes(who.role) && (!entry.needsAccount || who.activeAccount !== null);
}

/** A page loaded on first use; `load` gives the component itself (tests check every page resolves). */
export type AreaPage = LazyExoticComponent<ComponentType> & { load(): Promise<ComponentType> };

const loaded = new WeakMap<() => Promise<unknown>, Map<string, AreaPage>>();

/**
 * What every page needs besides its own chunk, fetched alongside it: the areas' English messages,
 * which a page may take from any area. Set once by main.tsx (this module must not import the
 * catalogs, which are derived from the area list); unset in unit tests, where pages load alone.
 */
let pageNeeds: () => Promise<unknown> = async () => undefined;

export function loadWithEveryPage(needs: () => Promise<unknown>): void {
  pageNeeds = needs;
}

/**
 * A page exported as `name` by the module `load` imports. An area loads all its pages through one
 * `import('./pages')`, so the bundler gives each area one chunk. The same page asked for twice is
 * the same component, so moving between two of its routes (`new` to `:id`) keeps it mounted, as a
 * plain component would be. Only the export names are checked here, on purpose: resolving the
 * pages' own types from the area list would make the message and page-id types, which are derived
 * from that list, depend on themselves.
 */
export function lazyPage<M>(load: () => Promise<M>, name: keyof M & string): AreaPage {
  let pages = loaded.get(load);
  if (!pages) loaded.set(load, (pages = new Map()));
  let page = pages.get(name);
  if (!page) {
    const component = async () => {
      const [pagesModule] = await Promise.all([load(), pageNeeds()]);
      return pagesModule[name] as ComponentType;
    };
    page = Object.assign(
      lazy(async () => ({ default: await component() })),
      { load: component },
    );
    pages.set(name, page);
  }
  return page;
}

/** A route of an area, relative to the panel root (`domains`, `admin/servers/physical`, `:id`). */
export interface AreaRoute<Guard extends string = string> {
  path?: string;
  index?: true;
  page?: AreaPage;
  /** Only viewers this navigation entry (of the same area) allows may open the route and those under it. */
  guard?: Guard;
  children?: readonly AreaRoute<Guard>[];
}

/** Message keys of a catalog that have no placeholders: what a menu may hold. */
type NavLabel<En extends Catalog> = PlainKeysOf<typeof coreEn> | PlainKeysOf<En>;

export interface Area<
  Id extends string = string,
  NavId extends string = string,
  En extends Catalog = Catalog,
  PageId extends string = string,
> {
  id: Id;
  nav: readonly NavEntry<NavId, NavLabel<En>>[];
  routes: readonly AreaRoute<NavId>[];
  /**
   * The area's messages; `de` must hold every key of `en` (catalogs.test.ts checks the rest). Both are
   * imported on first use, outside the first load: English with the first page or the signed-in
   * layout (i18n/en.ts), German when it is the language in effect (i18n/de.ts).
   */
  messages: { en: () => Promise<En>; de: () => Promise<{ readonly [K in keyof En]: string }> };
  /** The `page-<id>` test ids of the area's pages (components/Page.tsx takes their union). */
  pageIds: readonly PageId[];
}

/** Declares an area; the literal types of its ids and keys flow into the unions the app derives. */
export function defineArea<
  const Id extends string,
  const NavId extends string = never,
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an area without messages adds no keys
  const En extends Catalog = {},
  const PageId extends string = never,
>(area: {
  id: Id;
  nav?: readonly NavEntry<NavId, NoInfer<NavLabel<En>>>[];
  routes: readonly AreaRoute<NoInfer<NavId>>[];
  messages?: { en: () => Promise<En>; de: () => Promise<{ readonly [K in keyof En]: string }> };
  pageIds?: readonly PageId[];
}): Area<Id, NavId, En, PageId> {
  return {
    id: area.id,
    nav: area.nav ?? [],
    routes: area.routes,
    messages: area.messages ?? {
      en: async () => ({}) as En,
      de: async () => ({}) as { readonly [K in keyof En]: string },
    },
    pageIds: area.pageIds ?? [],
  };
}
