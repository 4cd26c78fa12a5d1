import { Outlet } from 'react-router';
import { ForbiddenPage } from '../pages/NotFoundPage';
import { useViewer } from '../session/SessionContext';
import { canUse, type NavId } from './navigation';

/** Guards routes with the roles of their navigation entry, so menus and routes never disagree. */
export function RequireNav({ id }: { id: NavId }) {
  return canUse(id, useViewer()) ? <Outlet /> : <ForbiddenPage />;
}
