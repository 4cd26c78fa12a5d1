import { Suspense } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import { Loading } from '../components/Loading';
import { RequireNav } from '../skins/RequireNav';
import type { NavId } from '../skins/navigation';
import type { Area, AreaRoute } from './area';

/** React Router's route objects for an area's routes: a guard renders RequireNav, a page its lazy component. */
export function routeObjects(routes: readonly AreaRoute[]): RouteObject[] {
  return routes.map((r): RouteObject => {
    const Page = r.page;
    const page = Page ? <Page /> : undefined;
    if (r.index) return { index: true, element: page };
    const children = r.children ? routeObjects(r.children) : undefined;
    if (!r.guard) return { path: r.path, element: page, children };
    // A guarded route with a page of its own shows the page as its index, under the guard.
    return {
      path: r.path,
      element: <RequireNav id={r.guard as NavId} />,
      children: page ? [{ index: true, element: page }, ...(children ?? [])] : children,
    };
  });
}

/**
 * Every area's routes, under one Suspense boundary: the shell stays on screen while an area's chunk
 * loads (navigations are transitions, so the page being left stays too, until the next is ready).
 * `more`: routes outside the areas under the same boundary (the page for an unknown address).
 */
export function areaRoutes(areas: readonly Pick<Area, 'routes'>[], more: RouteObject[] = []): RouteObject {
  return {
    element: (
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    ),
    children: [...areas.flatMap((a) => routeObjects(a.routes)), ...more],
  };
}
