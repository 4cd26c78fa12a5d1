/**
 * English messages of the shell: common words, errors, the skins' frame and the pages before
 * sign-in. Part of the reference catalog; every area brings its own (en.ts merges them).
 */
export const coreEn = {
  'app.name': 'Heliosphere',
  'app.tagline': 'Hosting control panel',

  'common.loading': 'Loading…',
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.search': 'Search',
  'common.nextPage': 'Next page',
  'common.firstPage': 'First page',
  'common.showing': 'Showing {count} of {total}',
  'common.created': 'Created',
  'common.actions': 'Actions',
  'common.open': 'Open',
  'common.retry': 'Try again',
  'common.optional': 'optional',
  'common.required': 'required',
  'common.delete': 'Delete',

  'error.network': 'The server cannot be reached. Check your connection and try again.',
  'error.tooManyRequests': 'Too many failed attempts. Try again in {seconds} seconds.',
  'error.tooManyRequestsMinutes': 'Too many failed attempts. Try again in {minutes} minutes.',
  'error.unexpected': 'Something went wrong. Please try again.',
  'error.loadFailed': 'This page could not be loaded.',
  'error.field': '{field}: {message}',

  'nav.main': 'Main navigation',
  'navGroup.main': 'General',
  'navGroup.hosting': 'Hosting',
  'navGroup.admin': 'Administration',
  'navGroup.cluster': 'Cluster',
  'navGroup.me': 'My account',
  'nav.backHome': 'Home',
  'nav.openMenu': 'Open the {group} menu',

  'role.MASTER_ADMIN': 'Master admin',
  'role.RESELLER_ADMIN': 'Reseller admin',
  'role.SUPPORT_STAFF': 'Support staff',
  'role.END_USER': 'End user',

  'status.ACTIVE': 'Active',
  'status.SUSPENDED': 'Suspended',
  'status.MODERATION': 'In moderation',

  'skin.LEFT_MENU': 'Left menu',
  'skin.NO_MENU': 'No menu',
  'skin.EXPRESSIA': 'EXPressia',

  'language.EN': 'English',
  'language.DE': 'Deutsch',
} as const;
