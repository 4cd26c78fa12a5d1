import { Outlet } from 'react-router';
import { lazyPage } from '../app/area';
import { useViewer } from '../session/SessionContext';
import { canUse, type NavId } from './navigation';

// Shown when a role opens a page that is not its own: rare, so not in the entry (routes render inside a Suspense boundary).
const ForbiddenPage = lazyPage(() => import('../pages/NotFoundPage'), 'ForbiddenPage');

/** Guards routes with the roles of their navigation entry, so menus and routes never disagree. */
export function RequireNav({ id }: { id: NavId }) {
  return canUse(id, useViewer()) ? <Outlet /> : <ForbiddenPage />;
}
