import { z } from 'zod';
import { Language, Skin } from '../../graphql/presentation';
import { AA_NORMAL_TEXT, contrastRatio } from './contrast';

/** Corner radius of cards, buttons and fields, as a multiple of the panel's own. */
export enum BrandRadius {
  NONE = 'NONE',
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}

/** How much room the panel's spacing takes. */
export enum BrandDensity {
  COMPACT = 'COMPACT',
  COMFORTABLE = 'COMFORTABLE',
  SPACIOUS = 'SPACIOUS',
}

export const PALETTE_KEYS = ['primary', 'accent', 'neutral', 'success', 'warning', 'danger'] as const;
export type PaletteKey = (typeof PALETTE_KEYS)[number];
export type Palette = Record<PaletteKey, string>;

/** The panel's text colours the palette is checked against. */
const WHITE = '#ffffff';
export const INK = '#172033';

/**
 * How each palette colour is used, so the pair the contrast rule checks: primary buttons carry white
 * text (and primary links sit on white), the menu (neutral) carries light text, success and danger
 * badges and buttons carry white text, accent and warning highlights carry the dark ink.
 */
export const CONTRAST_PAIRS: Readonly<Record<PaletteKey, { text: string; textName: string }>> = {
  primary: { text: WHITE, textName: 'white text' },
  neutral: { text: WHITE, textName: 'white menu text' },
  success: { text: WHITE, textName: 'white text' },
  danger: { text: WHITE, textName: 'white text' },
  accent: { text: INK, textName: `dark text (${INK})` },
  warning: { text: INK, textName: `dark text (${INK})` },
};

export interface BrandText {
  language: Language;
  key: string;
  text: string;
}

/** Everything a theme sets: what a version holds, a draft holds, and an exported file carries. */
export interface BrandSettings {
  palette: Palette;
  radius: BrandRadius;
  density: BrandDensity;
  defaultSkin: Skin;
  defaultTextOnly: boolean;
  usersChooseSkin: boolean;
  usersChooseLanguage: boolean;
  defaultLanguage: Language;
  /** The hash of the company's uploaded logo (BrandImage), or null for its name in text. */
  logo: string | null;
  favicon: string | null;
  /** Overrides of the panel's messages, per language (LF-2). */
  texts: BrandText[];
}

export const DEFAULT_PALETTE: Palette = {
  primary: '#2552eb',
  accent: '#f5a524',
  neutral: '#0f1b33',
  success: '#15803d',
  warning: '#f59e0b',
  danger: '#dc2626',
};

export const DEFAULT_SETTINGS: BrandSettings = {
  palette: DEFAULT_PALETTE,
  radius: BrandRadius.MEDIUM,
  density: BrandDensity.COMFORTABLE,
  defaultSkin: Skin.LEFT_MENU,
  defaultTextOnly: false,
  usersChooseSkin: true,
  usersChooseLanguage: true,
  defaultLanguage: Language.EN,
  logo: null,
  favicon: null,
  texts: [],
};

export const MAX_TEXTS = 300;
export const MAX_TEXT_LENGTH = 500;
const HASH = /^[0-9a-f]{64}$/;
const TEXT_KEY = /^[A-Za-z][A-Za-z0-9_.-]{0,99}$/;

const colour = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^#[0-9a-f]{6}$/, 'must be a colour written #rrggbb');

const paletteSchema = z
  .object(Object.fromEntries(PALETTE_KEYS.map((k) => [k, colour])) as Record<PaletteKey, typeof colour>)
  .superRefine((palette, ctx) => {
    for (const key of PALETTE_KEYS) {
      const { text, textName } = CONTRAST_PAIRS[key];
      const ratio = contrastRatio(palette[key], text);
      if (ratio < AA_NORMAL_TEXT)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `${palette[key]} with ${textName} has a contrast of ${ratio.toFixed(2)}:1; WCAG AA needs ${AA_NORMAL_TEXT}:1`,
        });
    }
  });

const textSchema = z.object({
  language: z.enum(Language),
  key: z.string().trim().regex(TEXT_KEY, 'must be a message key of the panel, such as login.title'),
  text: z
    .string()
    .trim()
    .min(1, 'must not be empty (remove the override instead)')
    .max(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`),
});

/** A theme's settings as an admin or a file gives them: every field named in its error. */
export const brandSettingsSchema = z.object({
  palette: paletteSchema,
  radius: z.enum(BrandRadius),
  density: z.enum(BrandDensity),
  defaultSkin: z.enum(Skin),
  defaultTextOnly: z.boolean(),
  usersChooseSkin: z.boolean(),
  usersChooseLanguage: z.boolean(),
  defaultLanguage: z.enum(Language),
  logo: z.string().regex(HASH, 'must name an image uploaded to this company').nullable(),
  favicon: z.string().regex(HASH, 'must name an image uploaded to this company').nullable(),
  texts: z
    .array(textSchema)
    .max(MAX_TEXTS, `at most ${MAX_TEXTS} texts`)
    .superRefine((texts, ctx) => {
      const seen = new Set<string>();
      texts.forEach((t, i) => {
        const id = `${t.language}:${t.key}`;
        if (seen.has(id))
          ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `${t.key} is overridden twice in ${t.language}` });
        seen.add(id);
      });
    }),
});

export const themeNameSchema = z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters');

/** Settings read back from a stored version: what an older version lacks takes today's default. */
export function storedSettings(json: string): BrandSettings {
  const parsed = JSON.parse(json) as Partial<BrandSettings>;
  return { ...DEFAULT_SETTINGS, ...parsed, palette: { ...DEFAULT_PALETTE, ...parsed.palette } };
}
