import { BrandDensity, BrandRadius, DEFAULT_SETTINGS, type BrandSettings, type Palette } from './brand-settings';

export interface GalleryTheme {
  name: string;
  description: string;
  settings: BrandSettings;
}

const theme = (
  name: string,
  description: string,
  palette: Partial<Palette>,
  extra: Partial<BrandSettings> = {},
): GalleryTheme => ({
  name,
  description,
  settings: { ...DEFAULT_SETTINGS, ...extra, palette: { ...DEFAULT_SETTINGS.palette, ...palette } },
});

/** Built-in themes a company starts a draft from; each passes the contrast rule (gallery.test.ts). */
export const GALLERY: readonly GalleryTheme[] = [
  theme('Classic', 'Blue and navy, the panel as it comes.', {}),
  theme('Forest', 'Deep greens, calm and natural.', {
    primary: '#1d6b45',
    accent: '#c8e6a0',
    neutral: '#173528',
  }),
  theme(
    'Sunset',
    'Warm orange on charcoal, rounder corners.',
    { primary: '#c2410c', accent: '#fcd34d', neutral: '#292524' },
    { radius: BrandRadius.LARGE },
  ),
  theme(
    'Graphite',
    'Greys with square corners and compact spacing, for admins who like it dense.',
    { primary: '#374151', accent: '#a5b4fc', neutral: '#111827' },
    { radius: BrandRadius.NONE, density: BrandDensity.COMPACT },
  ),
  theme('Ocean', 'Teal and deep blue.', { primary: '#0e7490', accent: '#99f6e4', neutral: '#082f49' }),
  theme(
    'Berry',
    'Plum and pink, spacious.',
    { primary: '#9d174d', accent: '#fbcfe8', neutral: '#3b0a2a' },
    { density: BrandDensity.SPACIOUS },
  ),
];
