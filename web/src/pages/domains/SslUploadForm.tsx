import { useMutation } from '@apollo/client';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { TextAreaField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { CertificateUploadInput } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { UploadSiteCertificateMutation } from './ssl.operations';

const FIELDS = ['certificate', 'privateKey', 'chain'] as const;
type PemField = (typeof FIELDS)[number];
const ACCEPT = '.pem,.crt,.cer,.key,.txt,application/x-pem-file,application/x-x509-ca-cert';

/** Installs a certificate on the site; the key may be left out when a signing request is pending. */
export function SslUploadForm({
  siteId,
  requestPending,
  onInstalled,
  onCancel,
}: {
  siteId: string;
  requestPending: boolean;
  onInstalled(names: readonly string[]): void;
  onCancel(): void;
}) {
  const [upload] = useMutation(UploadSiteCertificateMutation, {
    refetchQueries: ['Domain'],
    awaitRefetchQueries: true,
  });
  return (
    <CertificateUploadForm
      requestPending={requestPending}
      install={async (input) =>
        (await upload({ variables: { siteId, input } })).data?.uploadSiteCertificate.names ?? []
      }
      onInstalled={onInstalled}
      onCancel={onCancel}
    />
  );
}

/**
 * Installs a certificate (a site's, or one of the company's): certificate, key and chain pasted or
 * loaded from files (`ssl-form-<field>`, `ssl-form-<field>-file`); the API's field errors show
 * under each field. The key may be left out when a signing request is pending (its key is the panel's).
 */
export function CertificateUploadForm({
  requestPending,
  install,
  onInstalled,
  onCancel,
}: {
  requestPending: boolean;
  /** Sends the texts to the API; resolves to the names of the certificate installed. */
  install(input: CertificateUploadInput): Promise<readonly string[]>;
  onInstalled(names: readonly string[]): void;
  onCancel(): void;
}) {
  const t = useT();
  const [values, setValues] = useState<Record<PemField, string>>({ certificate: '', privateKey: '', chain: '' });
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const set = (field: PemField, value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function loadFile(field: PemField, e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (file) set(field, await file.text());
    e.target.value = '';
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    let names: readonly string[] = [];
    const ok = await run(async () => {
      names = await install({
        certificate: values.certificate,
        privateKey: values.privateKey.trim() ? values.privateKey : null,
        chain: values.chain.trim() ? values.chain : null,
      });
    });
    if (ok) onInstalled(names);
  }

  const hints: Record<PemField, string> = {
    certificate: t('ssl.form.certificateHint'),
    privateKey: requestPending ? t('ssl.form.privateKeyOptional') : t('ssl.form.privateKeyHint'),
    chain: t('ssl.form.chainHint'),
  };
  const labels: Record<PemField, string> = {
    certificate: t('ssl.form.certificate'),
    privateKey: t('ssl.form.privateKey'),
    chain: t('ssl.form.chain'),
  };

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="space-y-4 rounded-lg border border-line p-4"
      data-test-id="ssl-upload-form"
      data-request-pending={requestPending ? 'true' : 'false'}
      aria-label={t('ssl.form.title')}
    >
      <h3 className="text-sm font-semibold text-ink">{t('ssl.form.title')}</h3>
      <FormError message={errors.general} />
      {FIELDS.map((field) => (
        <div key={field} className="space-y-1.5">
          <TextAreaField
            name={field}
            testId={`ssl-form-${field}`}
            label={labels[field]}
            hint={hints[field]}
            error={errors.fields[field]}
            rows={field === 'certificate' ? 6 : 4}
            spellCheck={false}
            autoComplete="off"
            className="[&_textarea]:font-mono [&_textarea]:text-xs"
            value={values[field]}
            onChange={(e) => set(field, e.target.value)}
          />
          <label className="inline-flex cursor-pointer items-center gap-2 text-xs text-muted">
            <span className="link">{t('ssl.form.file')}</span>
            <input
              type="file"
              accept={ACCEPT}
              data-test-id={`ssl-form-${field}-file`}
              aria-label={`${labels[field]}: ${t('ssl.form.file')}`}
              className="sr-only"
              onChange={(e) => void loadFile(field, e)}
            />
          </label>
        </div>
      ))}
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          className="btn btn-primary"
          data-test-id="ssl-form-submit"
          disabled={busy || !values.certificate.trim()}
        >
          {t('ssl.form.submit')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          {t('ssl.cancel')}
        </button>
      </div>
    </form>
  );
}
