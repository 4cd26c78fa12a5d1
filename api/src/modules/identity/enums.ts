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
