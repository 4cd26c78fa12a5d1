import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ListBound } from '../../graphql/list-bound';
import { Language, Skin } from '../../graphql/presentation';
import { MAX_TEXTS } from './brand-settings';
import { CSS_VARIABLES } from './css-variables';
import { BrandDensity, BrandRadius } from './brand-settings';
import { BrandImageKind } from './brand-image';

registerEnumType(BrandRadius, { name: 'BrandRadius', description: 'Corner radius of cards, buttons and fields.' });
registerEnumType(BrandDensity, { name: 'BrandDensity', description: 'How much room the panel’s spacing takes.' });
registerEnumType(BrandImageKind, { name: 'BrandImageKind', description: 'A logo, or the browser tab’s icon.' });

@ObjectType({
  description:
    'Six colours, #rrggbb. Checked against the text drawn on them (WCAG AA, 4.5:1): white on primary, neutral (menu), success and danger; the dark ink on accent and warning.',
})
@InputType('BrandPaletteInput', { description: 'Six colours, #rrggbb; see BrandPalette for the contrast rule.' })
export class BrandPalette {
  @Field(() => String) primary!: string;
  @Field(() => String) accent!: string;
  @Field(() => String) neutral!: string;
  @Field(() => String) success!: string;
  @Field(() => String) warning!: string;
  @Field(() => String) danger!: string;
}

@ObjectType({ description: 'One of the panel’s messages, overridden in one language.' })
@InputType('BrandTextInput')
export class BrandText {
  @Field(() => Language) language!: Language;
  @Field(() => String, { description: 'The panel’s message key, e.g. `login.title`.' }) key!: string;
  @Field(() => String) text!: string;
}

@ObjectType('BrandSettings', { description: 'Everything a theme sets (RES-3, LF-2, LF-3).' })
export class BrandSettingsType {
  @Field(() => BrandPalette) palette!: BrandPalette;
  @Field(() => BrandRadius) radius!: BrandRadius;
  @Field(() => BrandDensity) density!: BrandDensity;
  @Field(() => Skin) defaultSkin!: Skin;
  @Field(() => Boolean) defaultTextOnly!: boolean;
  @Field(() => Boolean, { description: 'Whether users may choose their own skin.' }) usersChooseSkin!: boolean;
  @Field(() => Boolean, { description: 'Whether users may choose their own language.' }) usersChooseLanguage!: boolean;
  @Field(() => Language) defaultLanguage!: Language;
  @Field(() => String, { nullable: true, description: 'Hash of the logo image (uploadBrandImage), or null.' })
  logo!: string | null;
  @Field(() => String, { nullable: true, description: 'Hash of the favicon image, or null.' })
  favicon!: string | null;
  @ListBound(MAX_TEXTS)
  @Field(() => [BrandText])
  texts!: BrandText[];
}

@InputType('BrandSettingsInput', { description: 'A whole theme; every field is checked and named in its error.' })
export class BrandSettingsInput {
  @Field(() => BrandPalette) palette!: BrandPalette;
  @Field(() => BrandRadius) radius!: BrandRadius;
  @Field(() => BrandDensity) density!: BrandDensity;
  @Field(() => Skin) defaultSkin!: Skin;
  @Field(() => Boolean) defaultTextOnly!: boolean;
  @Field(() => Boolean) usersChooseSkin!: boolean;
  @Field(() => Boolean) usersChooseLanguage!: boolean;
  @Field(() => Language) defaultLanguage!: Language;
  @Field(() => String, { nullable: true }) logo?: string | null;
  @Field(() => String, { nullable: true }) favicon?: string | null;
  @Field(() => [BrandText]) texts!: BrandText[];
}

@InputType({ description: 'A draft: its name and settings.' })
export class BrandDraftInput {
  @Field(() => String) name!: string;
  @Field(() => BrandSettingsInput) settings!: BrandSettingsInput;
}

@ObjectType({ description: 'A CSS custom property a theme sets on the panel.' })
export class CssVariable {
  @Field(() => String) name!: string;
  @Field(() => String) value!: string;
}

@ObjectType({ description: 'A theme as the panel applies it.' })
export class Theme {
  @Field(() => String) name!: string;
  @Field(() => Int, { nullable: true, description: 'The published version; null for a draft or the built-in default.' })
  version!: number | null;
  @Field(() => Boolean, { description: 'True when this is the company’s unpublished draft (preview).' })
  draft!: boolean;
  @Field(() => BrandSettingsType) settings!: BrandSettingsType;
  @ListBound(CSS_VARIABLES)
  @Field(() => [CssVariable])
  cssVariables!: CssVariable[];
  @Field(() => String, { nullable: true, description: 'Path of the logo on this panel, or null.' })
  logoUrl!: string | null;
  @Field(() => String, { description: 'Path of the favicon on this panel.' })
  faviconUrl!: string;
}

@ObjectType({ description: 'A published version of the company’s theme.' })
export class BrandVersionInfo {
  @Field(() => Int) number!: number;
  @Field(() => String) name!: string;
  @Field(() => Date) publishedAt!: Date;
  @Field(() => String, { description: 'Login of the admin who published it.' }) publishedBy!: string;
  @Field(() => Boolean, { description: 'Whether the panel shows this version now.' }) current!: boolean;
}

@ObjectType({ description: 'The brand editor: the published theme, the draft, and the published versions.' })
export class BrandEditor {
  @Field(() => Theme) published!: Theme;
  @Field(() => Theme, { nullable: true }) draft!: Theme | null;
  @Field(() => Date, { nullable: true }) draftUpdatedAt!: Date | null;
  @ListBound(50)
  @Field(() => [BrandVersionInfo], { description: 'Newest first, at most 50.' })
  versions!: BrandVersionInfo[];
}

@ObjectType('GalleryTheme', { description: 'A built-in theme to start a draft from.' })
export class GalleryThemeType {
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
  @Field(() => BrandSettingsType) settings!: BrandSettingsType;
  @ListBound(CSS_VARIABLES)
  @Field(() => [CssVariable])
  cssVariables!: CssVariable[];
}

@ObjectType('BrandImage', { description: 'An image uploaded for the company’s brand.' })
export class BrandImageType {
  @Field(() => String, { description: 'SHA-256 of the stored image: what a theme names.' }) hash!: string;
  @Field(() => BrandImageKind) kind!: BrandImageKind;
  @Field(() => String) contentType!: string;
  @Field(() => Int) width!: number;
  @Field(() => Int) height!: number;
  @Field(() => Int) bytes!: number;
  @Field(() => String, { description: 'Path on this company’s panel.' }) url!: string;
}

@InputType({ description: 'A PNG, JPEG, WebP or SVG image in base64 (SVGs are sanitised).' })
export class BrandImageInput {
  @Field(() => BrandImageKind) kind!: BrandImageKind;
  @Field(() => String, { description: 'The file, base64; logo at most 48 KiB, favicon at most 8 KiB.' })
  data!: string;
}
