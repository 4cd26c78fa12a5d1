import type {
  BrandDensity,
  BrandRadius,
  BrandSettingsFieldsFragment,
  BrandSettingsInput,
  Language,
} from '../../graphql/generated/graphql';

export const PALETTE_KEYS = ['primary', 'accent', 'neutral', 'success', 'warning', 'danger'] as const;
export type PaletteKey = (typeof PALETTE_KEYS)[number];
export const RADII: readonly BrandRadius[] = ['NONE', 'SMALL', 'MEDIUM', 'LARGE'];
export const DENSITIES: readonly BrandDensity[] = ['COMPACT', 'COMFORTABLE', 'SPACIOUS'];

/** Where the served images of this company live (the API's IMAGE_PATH). */
export const imageUrl = (hash: string | null): string | null => (hash ? `/brand/images/${hash}` : null);

/** The panel's dark text colour (index.css --color-ink). */
export const INK = '#172033';

/**
 * The text each colour carries, the same pairs the API checks: white on primary buttons, the
 * menu (neutral), success and danger; the dark ink on accent and warning highlights.
 */
export const CONTRAST_TEXT: Readonly<Record<PaletteKey, string>> = {
  primary: '#ffffff',
  neutral: '#ffffff',
  success: '#ffffff',
  danger: '#ffffff',
  accent: INK,
  warning: INK,
};

/** WCAG AA for normal text. */
export const AA = 4.5;

export const isHexColour = (value: string): boolean => /^#[0-9a-fA-F]{6}$/.test(value.trim());

function luminance(hex: string): number {
  const n = Number.parseInt(hex.trim().slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21); null when either is not a colour. */
export function contrastRatio(a: string, b: string): number | null {
  if (!isHexColour(a) || !isHexColour(b)) return null;
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The contrast of a palette colour with the text drawn on it; the API is still the judge. */
export const paletteContrast = (key: PaletteKey, colour: string): number | null =>
  contrastRatio(colour, CONTRAST_TEXT[key]);

/** The editor's copy of a theme's settings, as the API takes them back (no __typename). */
export function settingsInput(s: BrandSettingsFieldsFragment): BrandSettingsInput {
  return {
    palette: Object.fromEntries(PALETTE_KEYS.map((k) => [k, s.palette[k]])) as BrandSettingsInput['palette'],
    radius: s.radius,
    density: s.density,
    defaultSkin: s.defaultSkin,
    defaultTextOnly: s.defaultTextOnly,
    usersChooseSkin: s.usersChooseSkin,
    usersChooseLanguage: s.usersChooseLanguage,
    defaultLanguage: s.defaultLanguage,
    logo: s.logo ?? null,
    favicon: s.favicon ?? null,
    texts: s.texts.map(({ language, key, text }) => ({ language, key, text })),
  };
}

/** Adds or replaces the override of `key` in `language` (one per key and language, as the API wants). */
export function withText(
  texts: BrandSettingsInput['texts'],
  language: Language,
  key: string,
  text: string,
): BrandSettingsInput['texts'] {
  const rest = texts.filter((t) => !(t.language === language && t.key === key));
  return [...rest, { language, key, text }];
}

/** Message keys matching a search (key or English text), the best first, at most `limit`. */
export function searchKeys(catalog: Readonly<Record<string, string>>, query: string, limit = 30): string[] {
  const q = query.trim().toLowerCase();
  const keys = Object.keys(catalog).sort();
  if (!q) return keys.slice(0, limit);
  const byKey = keys.filter((k) => k.toLowerCase().includes(q));
  const byText = keys.filter((k) => !byKey.includes(k) && catalog[k]!.toLowerCase().includes(q));
  return [...byKey, ...byText].slice(0, limit);
}

/** A file name for an exported theme: its name, safe for every file system. */
export function exportFileName(themeName: string, version?: number | null): string {
  const base =
    themeName
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-')
      .replace(/-+/g, '-')
      .slice(0, 60) || 'theme';
  return `${base}${version ? `-v${version}` : ''}.theme.json`;
}

/** Field errors of the API under `settings.` / `name`, keyed as the editor's fields. */
export const DRAFT_FIELDS: readonly string[] = [
  'name',
  ...PALETTE_KEYS.map((k) => `settings.palette.${k}`),
  'settings.radius',
  'settings.density',
  'settings.defaultSkin',
  'settings.defaultLanguage',
  'settings.logo',
  'settings.favicon',
  'settings.texts',
];

/** The file's content as base64 (for uploadBrandImage), without the data-URL prefix. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
