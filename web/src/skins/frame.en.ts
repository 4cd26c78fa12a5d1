/**
 * Messages of the signed-in frame and the shared components that no page shows before the areas'
 * messages are in (the skip link and the phone menu, long values, a missing object's page): they
 * come with the first page, not in the first load (i18n/en.ts).
 */
export const frameEn = {
  'common.showAll': 'Show all',
  'common.showLess': 'Show less',
  'common.copy': 'Copy',
  'common.copied': 'Copied',
  'common.copyFailed': 'Select the text and copy it yourself',
  'nav.skipToContent': 'Skip to content',
  'nav.menu': 'Menu',
  'nav.closeMenu': 'Close menu',
  'notFound.objectTitle': 'Not found',
  'notFound.objectText': 'What this address names does not exist (any more), or is not yours to see.',
  'notFound.backTo': 'Back to {list}',
  'notFound.home': 'Home',
} as const;
