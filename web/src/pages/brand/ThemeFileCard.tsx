import { useApolloClient, useMutation } from '@apollo/client';
import { useId, useState } from 'react';
import { formErrorsFrom, noErrors, type FormErrors } from '../../components/formErrors';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useT } from '../../i18n/I18nProvider';
import { exportFileName } from './brandForm';
import { BrandExportQuery, ImportBrandMutation } from './brand.operations';
import { downloadText } from '../../components/download';

/**
 * Theme files: the theme the panel shows, downloaded as JSON (images inline) to import on another
 * company; importing one makes it the draft. The API checks a file like typed input and a bad one
 * changes nothing: its errors, field by field, are shown here.
 */
export function ThemeFileCard({
  publishedName,
  onImported,
  onFailed,
}: {
  publishedName: string;
  onImported(message: string): void;
  onFailed(error: unknown): void;
}) {
  const t = useT();
  const id = useId();
  const client = useApolloClient();
  const [importBrand, importing] = useMutation(ImportBrandMutation, { refetchQueries: ['Session'] });
  const [errors, setErrors] = useState<FormErrors>(noErrors);

  async function onExport() {
    try {
      const res = await client.query({ query: BrandExportQuery, fetchPolicy: 'no-cache' });
      downloadText(exportFileName(publishedName), res.data.brandExport);
    } catch (e) {
      onFailed(e);
    }
  }

  async function onFile(file: File | undefined) {
    if (!file) return;
    setErrors(noErrors);
    try {
      const res = await importBrand({ variables: { file: await file.text() } });
      onImported(t('brand.imported', { name: res.data?.importBrand.draft?.name ?? file.name }));
    } catch (e) {
      const found = formErrorsFrom(e, ['file'], t);
      setErrors(found);
    }
  }

  return (
    <Card title={t('brand.file')} testId="brand-file">
      <div className="space-y-4">
        <p className="text-sm text-muted">{t('brand.fileIntro')}</p>
        <div className="flex flex-wrap items-center gap-4">
          <button
            type="button"
            data-test-id="brand-export"
            className="btn btn-secondary"
            onClick={() => void onExport()}
          >
            {t('brand.exportShown')}
          </button>
          <div>
            <label htmlFor={id} className="field-label">
              {t('brand.import')}
            </label>
            <input
              id={id}
              type="file"
              accept="application/json,.json"
              data-test-id="brand-import-file"
              disabled={importing.loading}
              aria-invalid={errors.fields.file || errors.general ? true : undefined}
              className="block text-sm text-muted file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-brand-700"
              onChange={(e) => {
                void onFile(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </div>
        </div>
        {errors.fields.file ? (
          <p className="field-error" data-test-id="error-file" role="alert">
            {t('error.field', { field: t('brand.importFile'), message: errors.fields.file })}
          </p>
        ) : null}
        <FormError message={errors.general} />
      </div>
    </Card>
  );
}
