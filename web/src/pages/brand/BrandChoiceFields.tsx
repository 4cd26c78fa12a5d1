import { CheckboxField, SelectField } from '../../components/Field';
import { LANGUAGES, SKINS } from '../../graphql/enums';
import type { BrandDensity, BrandRadius, BrandSettingsInput, Language, Skin } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { DENSITIES, RADII } from './brandForm';

type Settings = BrandSettingsInput;

/** What each section of the brand form is given: the settings, how to change them, their field errors. */
interface ChoiceProps {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
  errors: Record<string, string>;
}

/** Corner radius and density: how round and how roomy every page is. */
export function LookFields({ settings, onChange, errors }: ChoiceProps) {
  const t = useT();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField
        name="settings.radius"
        testId="brand-radius"
        label={t('brand.radius')}
        value={settings.radius}
        error={errors['settings.radius']}
        onChange={(e) => onChange({ radius: e.target.value as BrandRadius })}
      >
        {RADII.map((r) => (
          <option key={r} value={r}>
            {t(`brand.radius.${r}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="settings.density"
        testId="brand-density"
        label={t('brand.density')}
        value={settings.density}
        error={errors['settings.density']}
        onChange={(e) => onChange({ density: e.target.value as BrandDensity })}
      >
        {DENSITIES.map((d) => (
          <option key={d} value={d}>
            {t(`brand.density.${d}`)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

/** The skins' choices (LF-1, LF-3): the default skin and language, and what users may choose themselves. */
export function SkinChoiceFields({ settings, onChange, errors }: ChoiceProps) {
  const t = useT();
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="settings.defaultSkin"
          testId="brand-default-skin"
          label={t('brand.defaultSkin')}
          value={settings.defaultSkin}
          error={errors['settings.defaultSkin']}
          hint={t(`skin.desc.${settings.defaultSkin}`)}
          onChange={(e) => onChange({ defaultSkin: e.target.value as Skin })}
        >
          {SKINS.map((s) => (
            <option key={s} value={s}>
              {t(`skin.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          name="settings.defaultLanguage"
          testId="brand-default-language"
          label={t('brand.defaultLanguage')}
          value={settings.defaultLanguage}
          error={errors['settings.defaultLanguage']}
          onChange={(e) => onChange({ defaultLanguage: e.target.value as Language })}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <CheckboxField
        testId="brand-default-text-only"
        label={t('brand.defaultTextOnly')}
        hint={t('preferences.textOnlyHint')}
        checked={settings.defaultTextOnly}
        onChange={(e) => onChange({ defaultTextOnly: e.target.checked })}
      />
      <CheckboxField
        testId="brand-users-choose-skin"
        label={t('brand.usersChooseSkin')}
        checked={settings.usersChooseSkin}
        onChange={(e) => onChange({ usersChooseSkin: e.target.checked })}
      />
      <CheckboxField
        testId="brand-users-choose-language"
        label={t('brand.usersChooseLanguage')}
        checked={settings.usersChooseLanguage}
        onChange={(e) => onChange({ usersChooseLanguage: e.target.checked })}
      />
    </div>
  );
}
