import { registerEnumType } from 'type-graphql';

/**
 * How the panel looks: its layout and its language. In the core because both a company (its
 * defaults, modules/resellers) and a user (their choice, modules/identity) carry them.
 */

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
