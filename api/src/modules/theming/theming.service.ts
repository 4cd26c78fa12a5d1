import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { audit } from '../audit';
import { isAdminRole } from '../identity';
import { Reseller } from '../resellers';
import type { Ctx } from '../../graphql/context';
import { badInput, conflict, notFound, validate } from '../../errors';
import { unscoped } from '../../db/scope';
import { BrandImageKind, checkImage } from './brand-image';
import { BrandImage } from './brand-image.entity';
import { BrandVersion } from './brand-version.entity';
import {
  brandSettingsSchema,
  DEFAULT_SETTINGS,
  storedSettings,
  themeNameSchema,
  type BrandSettings,
} from './brand-settings';
import { CompanyBrand } from './company-brand.entity';
import { cssVariables } from './css-variables';
import { GALLERY } from './gallery';
import { z } from 'zod';

/** What the API answers for a theme (theming.types.ts Theme). */
export interface ThemeView {
  name: string;
  version: number | null;
  draft: boolean;
  settings: BrandSettings;
  cssVariables: Array<{ name: string; value: string }>;
  logoUrl: string | null;
  faviconUrl: string;
}

export const IMAGE_PATH = '/brand/images/';
export const FAVICON_PATH = '/brand/favicon';
const MAX_IMAGES = 50;
const ORPHAN_AGE_MS = 60 * 60 * 1000;
const DEFAULT_NAME = 'Classic';

export function themeView(name: string, version: number | null, draft: boolean, settings: BrandSettings): ThemeView {
  return {
    name,
    version,
    draft,
    settings,
    cssVariables: cssVariables(settings),
    logoUrl: settings.logo ? `${IMAGE_PATH}${settings.logo}` : null,
    faviconUrl: settings.favicon ? `${IMAGE_PATH}${settings.favicon}` : FAVICON_PATH,
  };
}

/** The theme a company's panel shows: its current version, or the built-in default. */
function shownTheme(brand: CompanyBrand | null): ThemeView {
  const current = brand?.current;
  if (!current) return themeView(DEFAULT_NAME, null, false, DEFAULT_SETTINGS);
  return themeView(current.name, current.number, false, storedSettings(current.settings));
}

const draftSchema = z.object({ name: themeNameSchema, settings: brandSettingsSchema });

/** Input settings with absent images as null, as the schema wants them. */
function withImages(input: unknown): unknown {
  if (!input || typeof input !== 'object') return input;
  const v = input as { settings?: Record<string, unknown> };
  if (!v.settings || typeof v.settings !== 'object') return input;
  return { ...v, settings: { ...v.settings, logo: v.settings.logo ?? null, favicon: v.settings.favicon ?? null } };
}

/**
 * A company's brand (RES-3, LF-2): a draft its admins edit and preview, published versions it can
 * roll back to, images, and theme files to carry a theme to another company. Every operation is on
 * the caller's own company: there is no company argument to get wrong.
 */
export class ThemingService {
  /** The theme the panel of `companyId` shows to everyone: its current version, or the default. */
  async published(em: EntityManager, companyId: number): Promise<ThemeView> {
    const brand = await em.findOne(
      CompanyBrand,
      { reseller: companyId },
      { populate: ['current'], ...unscoped('a company’s published theme is public on its own panel') },
    );
    return shownTheme(brand);
  }

  /** What the panel of `companyId` shows the caller: the draft when its own admin asks for the preview. */
  async forPanel(ctx: Ctx, companyId: number, preview: boolean): Promise<ThemeView> {
    const own = ctx.viewer && isAdminRole(ctx.viewer.role) && ctx.viewer.resellerId === companyId;
    if (preview && own) {
      const brand = await ctx.em.findOne(CompanyBrand, { reseller: companyId });
      if (brand?.draft) return themeView(brand.draftName ?? DEFAULT_NAME, null, true, storedSettings(brand.draft));
    }
    return this.published(ctx.em, companyId);
  }

  async editor(ctx: Ctx) {
    const companyId = ctx.viewer!.resellerId;
    const brand = await ctx.em.findOne(CompanyBrand, { reseller: companyId }, { populate: ['current'] });
    const versions = await ctx.em.find(
      BrandVersion,
      { reseller: companyId },
      { orderBy: { number: 'desc' }, limit: 50 },
    );
    return {
      published: shownTheme(brand),
      draft: brand?.draft ? themeView(brand.draftName ?? DEFAULT_NAME, null, true, storedSettings(brand.draft)) : null,
      draftUpdatedAt: brand?.draft ? brand.draftUpdatedAt : null,
      versions: versions.map((v) => ({
        number: v.number,
        name: v.name,
        publishedAt: v.publishedAt,
        publishedBy: v.publishedBy,
        current: brand?.current?.id === v.id,
      })),
    };
  }

  gallery() {
    return GALLERY.map((t) => ({ ...t, cssVariables: cssVariables(t.settings) }));
  }

  /** Replaces the draft with these settings (checked whole: colours, contrast, texts, images). */
  async saveDraft(ctx: Ctx, input: unknown) {
    const v = validate(draftSchema, withImages(input));
    await ctx.em.transactional(async (em) => {
      await this.assertImages(em, ctx.viewer!.resellerId, v.settings, 'settings');
      const brand = await this.brandOf(em, ctx.viewer!.resellerId);
      brand.draft = JSON.stringify(v.settings);
      brand.draftName = v.name;
      brand.draftUpdatedAt = new Date();
    });
    return this.editor(ctx);
  }

  async discardDraft(ctx: Ctx) {
    await ctx.em.transactional(async (em) => {
      const brand = await em.findOne(CompanyBrand, { reseller: ctx.viewer!.resellerId });
      if (!brand?.draft) throw conflict('There is no draft to discard');
      brand.draft = null;
      brand.draftName = null;
      brand.draftUpdatedAt = null;
    });
    return this.editor(ctx);
  }

  /** The draft becomes the next version and the panel shows it; the company's skin and language defaults follow it. */
  async publish(ctx: Ctx) {
    const companyId = ctx.viewer!.resellerId;
    try {
      await ctx.em.transactional(async (em) => {
        const brand = await em.findOne(CompanyBrand, { reseller: companyId });
        if (!brand?.draft) throw conflict('There is no draft to publish; save one first');
        const settings = storedSettings(brand.draft);
        const last = await em.findOne(BrandVersion, { reseller: companyId }, { orderBy: { number: 'desc' } });
        const version = em.create(BrandVersion, {
          reseller: em.getReference(Reseller, companyId),
          number: (last?.number ?? 0) + 1,
          name: brand.draftName ?? DEFAULT_NAME,
          settings: brand.draft,
          publishedBy: ctx.viewer!.user.login,
        });
        brand.current = version;
        brand.draft = null;
        brand.draftName = null;
        brand.draftUpdatedAt = null;
        await this.applyDefaults(em, companyId, settings);
        await em.flush();
        audit(em, {
          resellerId: companyId,
          actorId: ctx.viewer!.userId,
          action: 'brand.published',
          detail: `Published theme “${version.name}” as version ${version.number}`,
        });
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException)
        throw conflict('Another admin published a version at the same moment; reload and try again');
      throw err;
    }
    await this.sweepImages(ctx.em, companyId);
    return this.editor(ctx);
  }

  /** The panel shows an earlier version again (the versions themselves never change). */
  async rollback(ctx: Ctx, number: number) {
    const companyId = ctx.viewer!.resellerId;
    await ctx.em.transactional(async (em) => {
      const version = await em.findOne(BrandVersion, { reseller: companyId, number });
      if (!version) throw notFound('Theme version');
      const brand = await this.brandOf(em, companyId);
      if (brand.current?.id === version.id) throw conflict(`Version ${number} is the one shown already`);
      brand.current = version;
      await this.applyDefaults(em, companyId, storedSettings(version.settings));
      audit(em, {
        resellerId: companyId,
        actorId: ctx.viewer!.userId,
        action: 'brand.rolledBack',
        detail: `Went back to theme “${version.name}”, version ${version.number}`,
      });
    });
    return this.editor(ctx);
  }

  /** Stores a checked image for the company (the same image twice is stored once). */
  async uploadImage(ctx: Ctx, kind: BrandImageKind, data: string) {
    const companyId = ctx.viewer!.resellerId;
    const image = checkImage(kind, data);
    const stored = await ctx.em.transactional(async (em) => this.storeImage(em, companyId, kind, image));
    return { ...stored, url: `${IMAGE_PATH}${stored.hash}` };
  }

  /** Checks and stores one image in `em`'s transaction. */
  async storeImage(em: EntityManager, companyId: number, kind: BrandImageKind, image: ReturnType<typeof checkImage>) {
    const same = await em.findOne(BrandImage, { reseller: companyId, hash: image.hash });
    if (same) return same;
    if ((await em.count(BrandImage, { reseller: companyId })) >= MAX_IMAGES)
      throw conflict(`A company keeps at most ${MAX_IMAGES} images; publish or discard the draft to clear unused ones`);
    return em.create(BrandImage, {
      reseller: em.getReference(Reseller, companyId),
      hash: image.hash,
      kind,
      contentType: image.contentType,
      data: image.data,
      width: image.width,
      height: image.height,
      bytes: image.data.length,
    });
  }

  /** An image of the company, for /brand/images/<hash>. */
  async image(em: EntityManager, companyId: number, hash: string): Promise<BrandImage | null> {
    return em.findOne(
      BrandImage,
      { reseller: companyId, hash },
      { populate: ['data'], ...unscoped('a company’s brand images are public on its own panel') },
    );
  }

  /** The images a theme names must be the company's, of the right kind. */
  async assertImages(em: EntityManager, companyId: number, settings: BrandSettings, prefix: string): Promise<void> {
    const missing: Array<{ field: string; message: string }> = [];
    for (const [field, kind] of [
      ['logo', BrandImageKind.LOGO],
      ['favicon', BrandImageKind.FAVICON],
    ] as const) {
      const hash = settings[field];
      if (hash && !(await em.count(BrandImage, { reseller: companyId, hash, kind })))
        missing.push({ field: `${prefix}.${field}`, message: `must name a ${field} uploaded to this company` });
    }
    if (missing.length) throw badInput(missing);
  }

  /** The company's theme row, created on first use. */
  async brandOf(em: EntityManager, companyId: number): Promise<CompanyBrand> {
    const found = await em.findOne(CompanyBrand, { reseller: companyId }, { populate: ['current'] });
    return found ?? em.create(CompanyBrand, { reseller: em.getReference(Reseller, companyId) });
  }

  /** The company's defaults for its users (read by sign-in, preferences and e-mail) follow the theme shown. */
  private async applyDefaults(em: EntityManager, companyId: number, s: BrandSettings): Promise<void> {
    const company = await em.findOneOrFail(Reseller, { id: companyId });
    company.defaultSkin = s.defaultSkin;
    company.defaultLanguage = s.defaultLanguage;
    company.defaultTextOnly = s.defaultTextOnly;
    company.usersChooseSkin = s.usersChooseSkin;
    company.usersChooseLanguage = s.usersChooseLanguage;
  }

  /** Removes images no version or draft names, once they are an hour old (an admin may be about to save them). */
  private async sweepImages(em: EntityManager, companyId: number): Promise<void> {
    const brand = await em.findOne(CompanyBrand, { reseller: companyId });
    const versions = await em.find(BrandVersion, { reseller: companyId }, { fields: ['settings'] });
    const used = new Set<string>();
    for (const json of [brand?.draft, ...versions.map((v) => v.settings)]) {
      if (!json) continue;
      const s = storedSettings(json);
      if (s.logo) used.add(s.logo);
      if (s.favicon) used.add(s.favicon);
    }
    await em.nativeDelete(BrandImage, {
      reseller: companyId,
      hash: { $nin: [...used, ''] },
      createdAt: { $lt: new Date(Date.now() - ORPHAN_AGE_MS) },
    });
  }
}
