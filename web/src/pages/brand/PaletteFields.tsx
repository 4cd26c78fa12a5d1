import type { BrandSettingsInput } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { AA, isHexColour, PALETTE_KEYS, paletteContrast, type PaletteKey } from './brandForm';

type Palette = BrandSettingsInput['palette'];

/**
 * The six colours: a colour picker and the hex value side by side, and the contrast with the text
 * drawn on the colour, computed here as the admin types (the API checks it again on save).
 */
export function PaletteFields({
  palette,
  onChange,
  errors,
}: {
  palette: Palette;
  onChange(palette: Palette): void;
  errors: Record<string, string>;
}) {
  const t = useT();
  const set = (key: PaletteKey, value: string) => onChange({ ...palette, [key]: value });
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {PALETTE_KEYS.map((key) => {
        const value = palette[key];
        const ratio = paletteContrast(key, value);
        const error = errors[`settings.palette.${key}`];
        const id = `brand-colour-${key}`;
        return (
          <div key={key}>
            <label htmlFor={id} className="field-label">
              {t(`brand.palette.${key}`)}
            </label>
            <div className="flex items-center gap-2">
              <input
                type="color"
                aria-label={t('brand.palette.pick', { colour: t(`brand.palette.${key}`) })}
                data-test-id={`brand-color-picker-${key}`}
                className="h-9 w-11 shrink-0 cursor-pointer rounded-md border border-line bg-surface p-0.5"
                value={isHexColour(value) ? value.toLowerCase() : '#000000'}
                onChange={(e) => set(key, e.target.value)}
              />
              <input
                id={id}
                name={`settings.palette.${key}`}
                data-test-id={`brand-color-${key}`}
                className="input font-mono"
                value={value}
                maxLength={7}
                spellCheck={false}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-contrast`}
                onChange={(e) => set(key, e.target.value)}
              />
            </div>
            <p
              id={`${id}-contrast`}
              data-test-id={`brand-contrast-${key}`}
              data-ratio={ratio === null ? '' : ratio.toFixed(2)}
              className={`mt-1 text-xs ${ratio !== null && ratio < AA ? 'font-medium text-red-700' : 'text-muted'}`}
            >
              {ratio === null
                ? t('brand.palette.notColour')
                : t(ratio < AA ? 'brand.palette.contrastLow' : 'brand.palette.contrast', {
                    ratio: ratio.toFixed(2),
                    text: t(
                      key === 'accent' || key === 'warning' ? 'brand.palette.darkText' : 'brand.palette.whiteText',
                    ),
                  })}
            </p>
            {error ? (
              <p className="field-error" data-test-id={`error-settings.palette.${key}`} role="alert">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
