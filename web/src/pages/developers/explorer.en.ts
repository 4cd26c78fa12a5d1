/** English messages of the API explorer. */
export const explorerEn = {
  'nav.explorer': 'API explorer',
  'nav.desc.explorer': 'Try the GraphQL API as yourself and read its documentation.',
  'explorer.title': 'API explorer',
  'explorer.intro':
    'Every query and mutation the panel uses, run as you. Open the Docs pane for the schema’s documentation; scripts use an API token instead of your session.',
  'explorer.response': 'Response',
} as const;
