import { Arg, Ctx as Context, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../graphql/access';
import { ListBound } from '../../graphql/list-bound';
import type { Ctx } from '../../graphql/context';
import { Branding } from '../identity';
import { exportTheme, importTheme } from './theme-file';
import type { ThemingService } from './theming.service';
import {
  BrandDraftInput,
  BrandEditor,
  BrandImageInput,
  BrandImageType,
  GalleryThemeType,
  Theme,
} from './theming.types';

/** The brand editor of an admin's own company: draft, preview, publish, roll back, images, theme files. */
@Resolver()
export class ThemingResolver {
  constructor(private readonly api: { theming: ThemingService }) {}

  @Access('admin')
  @Query(() => BrandEditor, {
    description: 'Your company’s theme: what its panel shows, your draft, and the versions.',
  })
  brandEditor(@Context() ctx: Ctx): Promise<BrandEditor> {
    return this.api.theming.editor(ctx);
  }

  @Access('admin')
  @ListBound(20)
  @Query(() => [GalleryThemeType], { description: 'Built-in themes to start a draft from.' })
  brandGallery(): GalleryThemeType[] {
    return this.api.theming.gallery();
  }

  @Access('admin')
  @Query(() => String, {
    description:
      'Your company’s theme as a file (JSON, images inline) to import on another company: the version given, else the one shown.',
  })
  brandExport(
    @Context() ctx: Ctx,
    @Arg('version', () => Int, { nullable: true }) version?: number | null,
  ): Promise<string> {
    return exportTheme(ctx, this.api.theming, version ?? null);
  }

  @Access('admin')
  @Mutation(() => BrandEditor, {
    description:
      'Replaces your draft. Colours failing WCAG AA contrast, unknown images and bad texts are field errors.',
  })
  saveBrandDraft(
    @Context() ctx: Ctx,
    @Arg('input', () => BrandDraftInput) input: BrandDraftInput,
  ): Promise<BrandEditor> {
    return this.api.theming.saveDraft(ctx, input);
  }

  @Access('admin')
  @Mutation(() => BrandEditor, { description: 'Throws your draft away. CONFLICT when there is none.' })
  discardBrandDraft(@Context() ctx: Ctx): Promise<BrandEditor> {
    return this.api.theming.discardDraft(ctx);
  }

  @Access('admin')
  @Mutation(() => BrandEditor, {
    description: 'Your draft becomes the next version, shown to everyone on your panel. CONFLICT without a draft.',
  })
  publishBrandDraft(@Context() ctx: Ctx): Promise<BrandEditor> {
    return this.api.theming.publish(ctx);
  }

  @Access('admin')
  @Mutation(() => BrandEditor, { description: 'Shows an earlier published version again.' })
  rollbackBrand(@Context() ctx: Ctx, @Arg('version', () => Int) version: number): Promise<BrandEditor> {
    return this.api.theming.rollback(ctx, version);
  }

  @Access('admin')
  @Mutation(() => BrandEditor, {
    description:
      'A theme file (brandExport) becomes your draft; it is checked like typed input, and a bad file changes nothing.',
  })
  async importBrand(@Context() ctx: Ctx, @Arg('file', () => String) file: string): Promise<BrandEditor> {
    await importTheme(ctx, this.api.theming, file);
    return this.api.theming.editor(ctx);
  }

  @Access('admin')
  @Mutation(() => BrandImageType, {
    description: 'Uploads a logo or favicon for your company’s themes (PNG, JPEG, WebP, or SVG, which is sanitised).',
  })
  uploadBrandImage(
    @Context() ctx: Ctx,
    @Arg('input', () => BrandImageInput) input: BrandImageInput,
  ): Promise<BrandImageType> {
    return this.api.theming.uploadImage(ctx, input.kind, input.data);
  }
}

/** The theme on the public `branding` answer, so the sign-in page is branded too. */
@Resolver(() => Branding)
export class BrandingThemeResolver {
  constructor(private readonly api: { theming: ThemingService }) {}

  @FieldResolver(() => Theme, {
    description:
      'The theme this panel shows: its company’s published one; with `preview`, an admin of the company sees its draft.',
  })
  theme(
    @Root() branding: Branding,
    @Context() ctx: Ctx,
    @Arg('preview', () => Boolean, { defaultValue: false }) preview: boolean,
  ): Promise<Theme> {
    return this.api.theming.forPanel(ctx, branding.companyId, preview);
  }
}
