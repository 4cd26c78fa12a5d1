import { BrandDensity, BrandRadius, PALETTE_KEYS, type BrandSettings } from './brand-settings';

const RADIUS: Readonly<Record<BrandRadius, string>> = {
  [BrandRadius.NONE]: '0',
  [BrandRadius.SMALL]: '0.5',
  [BrandRadius.MEDIUM]: '1',
  [BrandRadius.LARGE]: '1.5',
};

const DENSITY: Readonly<Record<BrandDensity, string>> = {
  [BrandDensity.COMPACT]: '0.875',
  [BrandDensity.COMFORTABLE]: '1',
  [BrandDensity.SPACIOUS]: '1.125',
};

/** How many variables a theme sets (the list's bound in the API). */
export const CSS_VARIABLES = 8;

/**
 * The CSS custom properties a theme sets. The panel's stylesheet (web/src/index.css) derives
 * Tailwind's colour scales, radii and spacing from these, so every skin and page follows the brand
 * with no page-specific code (STYLE.md 13).
 */
export function cssVariables(settings: BrandSettings): Array<{ name: string; value: string }> {
  return [
    ...PALETTE_KEYS.map((key) => ({ name: `--brand-${key}`, value: settings.palette[key] })),
    { name: '--brand-radius', value: RADIUS[settings.radius] },
    { name: '--brand-density', value: DENSITY[settings.density] },
  ];
}

/** The same as a stylesheet, for /brand.css (linked from the panel's page, so the first paint has the brand). */
export function cssText(settings: BrandSettings): string {
  const lines = cssVariables(settings).map((v) => `  ${v.name}: ${v.value};`);
  return `:root {\n${lines.join('\n')}\n}\n`;
}
