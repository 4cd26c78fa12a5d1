import { useMutation } from '@apollo/client';
import { useId, useState } from 'react';
import { formErrorsFrom } from '../../components/formErrors';
import type { BrandImageKind } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { fileToBase64, imageUrl } from './brandForm';
import { UploadBrandImageMutation } from './brand.operations';

/**
 * A logo or favicon: the image the draft names, a file to upload instead (PNG, JPEG, WebP or SVG;
 * the API sanitises SVGs and checks size and dimensions), and a way to remove it.
 */
export function BrandImageField({
  kind,
  hash,
  onChange,
  error,
}: {
  kind: BrandImageKind;
  hash: string | null;
  onChange(hash: string | null): void;
  error: string | undefined;
}) {
  const t = useT();
  const id = useId();
  const name = kind === 'LOGO' ? 'logo' : 'favicon';
  const [upload, uploading] = useMutation(UploadBrandImageMutation);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const url = imageUrl(hash);

  async function onFile(file: File | undefined) {
    if (!file) return;
    setUploadError(null);
    try {
      const data = await fileToBase64(file);
      const res = await upload({ variables: { input: { kind, data } } });
      const image = res.data?.uploadBrandImage;
      if (image) onChange(image.hash);
    } catch (e) {
      const errors = formErrorsFrom(e, ['input.data', 'data'], t);
      setUploadError(errors.fields['input.data'] ?? errors.fields.data ?? errors.general);
    }
  }

  const shown = uploadError ?? error;
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {t(kind === 'LOGO' ? 'brand.logo' : 'brand.favicon')}
      </label>
      <div className="flex flex-wrap items-center gap-4">
        <div className="grid h-16 min-w-16 place-items-center rounded-lg border border-dashed border-line bg-chrome px-3">
          {url ? (
            <img
              src={url}
              alt={t(kind === 'LOGO' ? 'brand.logo' : 'brand.favicon')}
              data-test-id={`brand-${name}-image`}
              className={kind === 'LOGO' ? 'max-h-12 max-w-48 object-contain' : 'size-8 object-contain'}
            />
          ) : (
            <span className="text-xs text-chrome-muted">{t('brand.noImage')}</span>
          )}
        </div>
        <div className="space-y-2">
          <input
            id={id}
            type="file"
            accept="image/png,image/jpeg,image/webp,image/svg+xml"
            data-test-id={`brand-${name}-file`}
            disabled={uploading.loading}
            className="block text-sm text-muted file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-brand-700"
            aria-invalid={shown ? true : undefined}
            onChange={(e) => {
              void onFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          <p className="field-hint">{t(kind === 'LOGO' ? 'brand.logoHint' : 'brand.faviconHint')}</p>
          {hash ? (
            <button
              type="button"
              data-test-id={`brand-${name}-remove`}
              className="btn btn-secondary btn-sm"
              onClick={() => onChange(null)}
            >
              {t('brand.removeImage')}
            </button>
          ) : null}
        </div>
      </div>
      {shown ? (
        <p className="field-error" data-test-id={`error-settings.${name}`} role="alert">
          {shown}
        </p>
      ) : null}
    </div>
  );
}
