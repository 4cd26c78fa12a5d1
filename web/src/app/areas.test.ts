import { isValidElement, type ComponentType, type ReactElement } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { coreEn } from '../i18n/core.en';
import { RequireNav } from '../skins/RequireNav';
import { NAV } from '../skins/navigation';
import { lazyPage, type AreaPage, type AreaRoute } from './area';
import { AREAS } from './areas';
import { areaRoutes } from './routes';

/** Pages App.tsx routes itself, outside the areas (before sign-in, and the fallbacks). */
// PublicKbPage: the knowledge area's page outside the signed-in layout, routed by App.tsx (/kb).
const CORE_PAGES = [
  'LoginPage',
  'SetupPage',
  'SignupPage',
  'ImpersonatePage',
  'ForgotPasswordPage',
  'ResetPasswordPage',
  'VerifyEmailPage',
  'NotFoundPage',
  'ForbiddenPage',
  'PublicKbPage',
];

function pagesOf(routes: readonly AreaRoute[]): AreaPage[] {
  return routes.flatMap((r) => [...(r.page ? [r.page] : []), ...pagesOf(r.children ?? [])]);
}

/** Absolute paths of the routes that show a page (`:id` left as is). */
function pagePaths(routes: readonly AreaRoute[], parent = ''): string[] {
  return routes.flatMap((r) => {
    const path = r.index ? parent : `${parent}/${r.path ?? ''}`.replace(/\/+$/, '');
    return [...(r.page ? [path || '/'] : []), ...pagePaths(r.children ?? [], path)];
  });
}

/** What the app renders for a path, with only the given area's routes: the guards on the way, and the page. */
function resolve(routes: RouteObject, pathname: string): { guards: string[]; page: unknown } | null {
  const matches = matchRoutes([routes], pathname);
  if (!matches) return null;
  const elements = matches.map((m) => m.route.element).filter((e): e is ReactElement => isValidElement(e));
  const guards = elements.filter((e) => e.type === RequireNav).map((e) => (e.props as { id: string }).id);
  const last = matches[matches.length - 1]!.route.element;
  return { guards, page: isValidElement(last) && last.type !== RequireNav ? last.type : null };
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe('the area list', () => {
  it('routes every navigation entry to a page of its own area, behind that entry’s guard if any', () => {
    const wrong: string[] = [];
    for (const area of AREAS) {
      const routes = areaRoutes([area]);
      const pages = pagesOf(area.routes);
      for (const entry of area.nav) {
        const found = resolve(routes, entry.path);
        if (!found || !pages.includes(found.page as AreaPage)) wrong.push(`${entry.id}: no page at ${entry.path}`);
        else if (found.guards.some((g) => g !== entry.id))
          wrong.push(`${entry.id}: guarded by ${found.guards.join(', ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('guards routes only with navigation entries of the same area', () => {
    const guards = (routes: readonly AreaRoute[]): string[] =>
      routes.flatMap((r) => [...(r.guard ? [r.guard] : []), ...guards(r.children ?? [])]);
    const strays = AREAS.flatMap((a) =>
      guards(a.routes)
        .filter((g) => !a.nav.some((e) => e.id === g))
        .map((g) => `${a.id}: ${g}`),
    );
    expect(strays).toEqual([]);
  });

  it('loads every page its routes name', async () => {
    const pages = AREAS.flatMap((a) => pagesOf(a.routes));
    const loaded = await Promise.all(pages.map((p) => p.load()));
    expect(loaded.filter((c) => typeof c !== 'function')).toEqual([]);
  });

  it('reaches every page component of pages/ (a page nobody routes fails here)', async () => {
    const modules = import.meta.glob<Record<string, unknown>>('../pages/**/*Page.tsx', { eager: true });
    const routed = new Set<unknown>(await Promise.all(AREAS.flatMap((a) => pagesOf(a.routes)).map((p) => p.load())));
    const unreached = Object.entries(modules).flatMap(([file, exports]) =>
      Object.entries(exports)
        .filter(([name, value]) => /Page$/.test(name) && typeof value === 'function' && !CORE_PAGES.includes(name))
        .filter(([, value]) => !routed.has(value as ComponentType))
        .map(([name]) => `${file}: ${name}`),
    );
    expect(unreached).toEqual([]);
  });

  it('gives every page address to one area only', () => {
    expect(duplicates(AREAS.flatMap((a) => pagePaths(a.routes)))).toEqual([]);
  });

  it('resolves every page address of an area in the assembled routes to that area’s page', () => {
    const all = areaRoutes(AREAS);
    const wrong = AREAS.flatMap((a) =>
      pagePaths(a.routes)
        .map((path) => path.replace(/:\w+/g, '7'))
        .filter((path) => !pagesOf(a.routes).includes(resolve(all, path)?.page as AreaPage))
        .map((path) => `${a.id}: ${path}`),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps ids unique: areas, navigation entries, page ids, message keys', async () => {
    expect(duplicates(AREAS.map((a) => a.id))).toEqual([]);
    expect(duplicates(NAV.map((e) => e.id))).toEqual([]);
    expect(NAV).toHaveLength(AREAS.reduce((n, a) => n + a.nav.length, 0));
    expect(duplicates(AREAS.flatMap((a) => a.pageIds))).toEqual([]);
    expect(
      duplicates([
        ...Object.keys(coreEn),
        ...(await Promise.all(AREAS.map((a) => a.messages.en()))).flatMap((m) => Object.keys(m)),
      ]),
    ).toEqual([]);
  });
});

describe('navigation glyphs', () => {
  it('gives each thing its own glyph: two entries share one only when they are the same page for different roles', () => {
    // The same label is the same thing (Webhooks for an account and for the admin); anything else is a clash.
    const byIcon = new Map<string, Set<string>>();
    for (const e of NAV) byIcon.set(e.icon, (byIcon.get(e.icon) ?? new Set()).add(e.label));
    const shared = [...byIcon]
      .filter(([, labels]) => labels.size > 1)
      .map(([icon, labels]) => `${icon}: ${[...labels].join(', ')}`);
    expect(shared).toEqual([]);
  });
});

describe('lazyPage', () => {
  it('gives the same component for the same page, so moving between its routes keeps it mounted', () => {
    const load = async () => ({ APage: () => null, BPage: () => null });
    expect(lazyPage(load, 'APage')).toBe(lazyPage(load, 'APage'));
    expect(lazyPage(load, 'APage')).not.toBe(lazyPage(load, 'BPage'));
  });
});
