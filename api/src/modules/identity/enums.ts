import { registerEnumType } from 'type-graphql';
import { Role } from '../../graphql/roles';

export { Role };
registerEnumType(Role, {
  name: 'Role',
  description:
    'What a user is: the master admin of the hosting company, a reseller admin, a support staff login of a company (tickets, knowledge base, custom jobs only), or an end user (customer).',
});

export function isAdminRole(role: Role): boolean {
  return role === Role.MASTER_ADMIN || role === Role.RESELLER_ADMIN;
}

/** The roles of a company's support desk: its admins and its support staff logins. */
export const SUPPORT_DESK_ROLES: readonly Role[] = [Role.MASTER_ADMIN, Role.RESELLER_ADMIN, Role.SUPPORT_STAFF];

/** Whether the role works the support desk (answers tickets, sees staff notes, works custom jobs). */
export function isSupportDesk(role: Role): boolean {
  return SUPPORT_DESK_ROLES.includes(role);
}
