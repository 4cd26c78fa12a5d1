import { Card } from '../../components/Page';
import type { BrandSettingsInput } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { LookFields, SkinChoiceFields } from './BrandChoiceFields';
import { BrandImageField } from './BrandImageField';
import { BrandTextsField } from './BrandTextsField';
import { PaletteFields } from './PaletteFields';

/** The draft's sections: colours, shape, images, skins and texts, each a card. */
export function BrandChoiceSections({
  settings,
  onChange,
  errors,
}: {
  settings: BrandSettingsInput;
  onChange(patch: Partial<BrandSettingsInput>): void;
  errors: Record<string, string>;
}) {
  const t = useT();
  return (
    <>
      <Card title={t('brand.palette')} testId="brand-palette">
        <p className="mb-4 text-sm text-muted">{t('brand.palette.intro')}</p>
        <PaletteFields palette={settings.palette} onChange={(palette) => onChange({ palette })} errors={errors} />
      </Card>
      <Card title={t('brand.look')}>
        <LookFields settings={settings} onChange={onChange} errors={errors} />
      </Card>
      <Card title={t('brand.images')}>
        <div className="grid gap-6 lg:grid-cols-2">
          <BrandImageField
            kind="LOGO"
            hash={settings.logo ?? null}
            onChange={(logo) => onChange({ logo })}
            error={errors['settings.logo']}
          />
          <BrandImageField
            kind="FAVICON"
            hash={settings.favicon ?? null}
            onChange={(favicon) => onChange({ favicon })}
            error={errors['settings.favicon']}
          />
        </div>
      </Card>
      <Card title={t('brand.skins')}>
        <SkinChoiceFields settings={settings} onChange={onChange} errors={errors} />
      </Card>
      <Card title={t('brand.texts')}>
        <BrandTextsField
          texts={settings.texts}
          onChange={(texts) => onChange({ texts })}
          error={errors['settings.texts']}
        />
      </Card>
    </>
  );
}
