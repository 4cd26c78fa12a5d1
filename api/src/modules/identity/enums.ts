import { registerEnumType } from 'type-graphql';
import { Role } from '../../graphql/roles';

export { Role };
registerEnumType(Role, {
  name: 'Role',
  description: 'What a user is: the master admin of the hosting company, a reseller admin, or an end user (customer).',
});

/** The three panel layouts of LF-1; each also has a text-only variant (Preferences.textOnly). */
export enum Skin {
  LEFT_MENU = 'LEFT_MENU',
  NO_MENU = 'NO_MENU',
  EXPRESSIA = 'EXPRESSIA',
}
registerEnumType(Skin, {
  name: 'Skin',
  description:
    'Panel layout: a left side menu with a quick-access page, no menu (icons on the home page), or EXPressia (horizontal navigation bar with drop-downs).',
});

export enum Language {
  EN = 'EN',
  DE = 'DE',
}
registerEnumType(Language, { name: 'Language', description: 'Interface language.' });

export function isAdminRole(role: Role): boolean {
  return role === Role.MASTER_ADMIN || role === Role.RESELLER_ADMIN;
}
