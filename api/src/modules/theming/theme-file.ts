import { z } from 'zod';
import type { Ctx } from '../../graphql/context';
import { badInput, notFound, validate } from '../../errors';
import { BrandImageKind, checkImage, type CheckedImage } from './brand-image';
import { BrandImage } from './brand-image.entity';
import { BrandVersion } from './brand-version.entity';
import { brandSettingsSchema, storedSettings, themeNameSchema, type BrandSettings } from './brand-settings';
import type { ThemingService } from './theming.service';

/**
 * A theme as a file, to carry it to another company (RES-3): its settings and its images inline
 * (base64), so the file stands alone. Importing checks it exactly like input typed in the editor
 * and makes it the draft; a bad file changes nothing.
 */
export const THEME_FILE_FORMAT = 'brand-theme';
export const THEME_FILE_VERSION = 1;

const fileSchema = z.object({
  format: z.literal(THEME_FILE_FORMAT, { message: `must be "${THEME_FILE_FORMAT}"` }),
  formatVersion: z.literal(THEME_FILE_VERSION, { message: `must be ${THEME_FILE_VERSION}` }),
  name: themeNameSchema,
  settings: brandSettingsSchema.omit({ logo: true, favicon: true }),
  images: z
    .object({ logo: z.string().max(100_000).nullable(), favicon: z.string().max(100_000).nullable() })
    .default({ logo: null, favicon: null }),
});

export async function exportTheme(ctx: Ctx, themes: ThemingService, version: number | null): Promise<string> {
  const companyId = ctx.viewer!.resellerId;
  let name: string;
  let settings: BrandSettings;
  if (version === null) {
    const shown = await themes.published(ctx.em, companyId);
    ({ name, settings } = shown);
  } else {
    const found = await ctx.em.findOne(BrandVersion, { reseller: companyId, number: version });
    if (!found) throw notFound('Theme version');
    name = found.name;
    settings = storedSettings(found.settings);
  }
  const image = async (hash: string | null) =>
    hash ? ((await themes.image(ctx.em, companyId, hash))?.data.toString('base64') ?? null) : null;
  const { logo, favicon, ...rest } = settings;
  return JSON.stringify(
    {
      format: THEME_FILE_FORMAT,
      formatVersion: THEME_FILE_VERSION,
      name,
      settings: rest,
      images: { logo: await image(logo), favicon: await image(favicon) },
    },
    null,
    2,
  );
}

/** The file's theme becomes the company's draft (its images stored, sanitised). */
export async function importTheme(ctx: Ctx, themes: ThemingService, text: string): Promise<void> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw badInput([{ field: 'file', message: 'is not a theme file (not JSON)' }]);
  }
  const v = validate(fileSchema, json);
  const checked: Partial<Record<'logo' | 'favicon', CheckedImage>> = {};
  if (v.images.logo) checked.logo = checkImage(BrandImageKind.LOGO, v.images.logo, 'images.logo');
  if (v.images.favicon) checked.favicon = checkImage(BrandImageKind.FAVICON, v.images.favicon, 'images.favicon');
  const companyId = ctx.viewer!.resellerId;
  await ctx.em.transactional(async (em) => {
    const stored: Partial<Record<'logo' | 'favicon', BrandImage>> = {};
    if (checked.logo) stored.logo = await themes.storeImage(em, companyId, BrandImageKind.LOGO, checked.logo);
    if (checked.favicon)
      stored.favicon = await themes.storeImage(em, companyId, BrandImageKind.FAVICON, checked.favicon);
    const settings: BrandSettings = {
      ...v.settings,
      logo: stored.logo?.hash ?? null,
      favicon: stored.favicon?.hash ?? null,
    };
    const brand = await themes.brandOf(em, companyId);
    brand.draft = JSON.stringify(settings);
    brand.draftName = v.name;
    brand.draftUpdatedAt = new Date();
  });
}
