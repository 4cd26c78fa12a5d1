import type { Language, Skin } from './generated/graphql';

/** Every value of the schema's enums the panel offers in a select, in display order. */
export const SKINS: readonly Skin[] = ['LEFT_MENU', 'NO_MENU', 'EXPRESSIA'];
export const LANGUAGES: readonly Language[] = ['EN', 'DE'];
