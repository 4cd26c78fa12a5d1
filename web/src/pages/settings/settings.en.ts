/** English messages of the company settings page. */
export const settingsEn = {
  'nav.settings': 'Company settings',
  'nav.desc.settings': 'Company name, default skin and language.',
  'settings.title': 'Company settings',
  'settings.intro': 'What your customers see, and the look new users get until they choose their own.',
  'settings.name': 'Company name',
  'settings.skin': 'Default skin',
  'settings.language': 'Default language',
  'settings.save': 'Save settings',
  'settings.saved': 'The settings were saved.',
} as const;
