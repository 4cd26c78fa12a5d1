import type { BrandEditorQuery } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { PALETTE_KEYS } from './brandForm';

type GalleryTheme = BrandEditorQuery['brandGallery'][number];

/** The built-in themes: each one's colours at a glance, and a draft started from it. */
export function GalleryCard({
  themes,
  busy,
  onUse,
}: {
  themes: readonly GalleryTheme[];
  busy: boolean;
  onUse(theme: GalleryTheme): void;
}) {
  const t = useT();
  return (
    <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" data-test-id="brand-gallery">
      {themes.map((theme) => (
        <li
          key={theme.name}
          data-test-id="brand-gallery-theme"
          data-name={theme.name}
          className="flex flex-col justify-between gap-3 rounded-lg border border-line p-4"
        >
          <div>
            {/* The palette as swatches: each colour's own value, drawn through the CSSOM by React. */}
            <div className="mb-3 flex overflow-hidden rounded-md border border-line" aria-hidden="true">
              {PALETTE_KEYS.map((k) => (
                <span key={k} className="h-8 flex-1" style={{ backgroundColor: theme.settings.palette[k] }} />
              ))}
            </div>
            <div className="font-medium text-ink">{theme.name}</div>
            <p className="text-sm text-muted">{theme.description}</p>
          </div>
          <button
            type="button"
            data-test-id="brand-gallery-use"
            className="btn btn-secondary btn-sm self-start"
            disabled={busy}
            onClick={() => onUse(theme)}
          >
            {t('brand.gallery.use')}
          </button>
        </li>
      ))}
    </ul>
  );
}
