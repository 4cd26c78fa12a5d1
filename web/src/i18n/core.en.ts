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

  'header.activeAccount': 'Active account',
  'header.accountOption': '#{id} · {name}',
  'header.signedInAs': 'Signed in as',
  'header.logout': 'Log out',
  'header.help': 'Get help',

  'impersonation.banner': 'Signed in as {login} by {admin}',
  'impersonation.return': 'Return to my panel',
  'impersonation.logInAs': 'Log in as',
  'impersonation.logInAsLabel': 'Log in as {login}',

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
  'skin.desc.LEFT_MENU': 'A side menu with every page and a quick-access start page.',
  'skin.desc.NO_MENU': 'No menu: you move between pages through the icons on the home page.',
  'skin.desc.EXPRESSIA': 'A horizontal navigation bar with drop-down menus, and icons on the home page.',

  'language.EN': 'English',
  'language.DE': 'Deutsch',

  'setup.title': 'Set up your control panel',
  'setup.intro': 'Create your hosting company and its master administrator. You do this only once.',
  'setup.company': 'Company name',
  'setup.login': 'Administrator login',
  'setup.loginHint': '3–32 characters: letters, digits, dot, dash, underscore.',
  'setup.email': 'E-mail address',
  'setup.password': 'Password',
  'setup.passwordHint': 'At least 8 characters.',
  'setup.submit': 'Create and sign in',

  'login.title': 'Sign in',
  'login.intro': 'Sign in to the {company} control panel.',
  'login.login': 'Login',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.suspended': 'The service of {company} is suspended. Please contact your provider.',

  'impersonate.title': 'Log in as a user',
  'impersonate.noToken': 'This sign-in link is incomplete. Choose “Log in as” in your panel again.',
  'impersonate.toLogin': 'Go to the sign-in page',

  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address.',
  'forbidden.title': 'No access',
  'forbidden.text': 'Your role cannot use this page.',
} as const;
