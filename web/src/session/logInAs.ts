import type { Role } from '../graphql/generated/graphql';

/** Who looks: the signed-in viewer, and whether they are signed in as someone else already. */
interface Looker {
  role: Role;
  user: { id: string };
  impersonator: object | null;
}

/**
 * Whether the viewer is offered "Log in as" for a user, by the API's rule: the master admin for
 * any reseller admin or end user, a reseller admin for its own end users (the only users it sees),
 * nobody for themselves, and nobody while signed in as someone else already.
 */
export function canLogInAs(viewer: Looker, target: { id: string; role: Role }): boolean {
  if (viewer.impersonator || target.id === viewer.user.id) return false;
  if (viewer.role === 'MASTER_ADMIN') return target.role !== 'MASTER_ADMIN';
  return viewer.role === 'RESELLER_ADMIN' && target.role === 'END_USER';
}
