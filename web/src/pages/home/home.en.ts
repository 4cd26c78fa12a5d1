/** English messages of the start page. */
export const homeEn = {
  'nav.home': 'Home',
  'nav.desc.home': 'Start page with the most used tasks.',
  'home.title': 'Home',
  'home.welcome': 'Welcome, {login}.',
  'home.quickAccess': 'Quick access',
  'home.activeAccount': 'Active account: #{id} {name}',
} as const;
