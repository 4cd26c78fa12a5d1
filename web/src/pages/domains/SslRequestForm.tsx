import { useMutation } from '@apollo/client';
import { useRef, useState, type FormEvent } from 'react';
import { CopyButton } from '../../components/CopyButton';
import { SelectField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { KeyType, SiteCertificateFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { downloadText } from '../../components/download';
import { pemFileName } from './certificateFiles';
import { RequestSiteCertificateMutation } from './ssl.operations';

/** The key types the panel makes, in the order offered; EC P-256 first (the API's default). */
export const KEY_TYPES: readonly KeyType[] = ['EC_P256', 'EC_P384', 'RSA_2048', 'RSA_3072', 'RSA_4096'];

/** Makes a signing request for the site's names with the key type chosen (`ssl-request-*`). */
export function SslRequestForm({
  siteId,
  names,
  onRequested,
  onCancel,
}: {
  siteId: string;
  names: readonly string[];
  onRequested(cert: SiteCertificateFieldsFragment): void;
  onCancel(): void;
}) {
  const t = useT();
  const [keyType, setKeyType] = useState<KeyType>('EC_P256');
  const [request] = useMutation(RequestSiteCertificateMutation, {
    refetchQueries: ['Domain'],
    awaitRefetchQueries: true,
  });
  const { errors, busy, run } = useFormSubmit(['keyType']);

  async function submit(e: FormEvent) {
    e.preventDefault();
    let made: SiteCertificateFieldsFragment | null = null;
    const ok = await run(async () => {
      made = (await request({ variables: { siteId, keyType } })).data?.requestSiteCertificate ?? null;
    });
    if (ok && made) onRequested(made);
  }

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="space-y-4 rounded-lg border border-line p-4"
      data-test-id="ssl-request-form"
      aria-label={t('ssl.requestForm.title')}
    >
      <h3 className="text-sm font-semibold text-ink">{t('ssl.requestForm.title')}</h3>
      <p className="text-sm text-muted">{t('ssl.requestForm.hint', { names: names.join(', ') })}</p>
      <FormError message={errors.general} />
      <SelectField
        name="keyType"
        testId="ssl-request-key-type"
        label={t('ssl.requestForm.keyType')}
        error={errors.fields.keyType}
        value={keyType}
        onChange={(e) => setKeyType(e.target.value as KeyType)}
      >
        {KEY_TYPES.map((k) => (
          <option key={k} value={k}>
            {t(`ssl.keyType.${k}`)}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn btn-primary" data-test-id="ssl-request-submit" disabled={busy}>
          {t('ssl.requestForm.submit')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          {t('ssl.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A signing request's PEM, to copy or save as a .csr file (`ssl-csr`). */
export function CsrBlock({ cert }: { cert: SiteCertificateFieldsFragment }) {
  const t = useT();
  const shown = useRef<HTMLElement>(null);
  const csr = cert.csrPem ?? '';

  return (
    <section
      className="space-y-2 rounded-lg border border-brand-200 bg-brand-50 p-4"
      data-test-id="ssl-csr-block"
      data-certificate-id={cert.id}
      aria-label={t('ssl.csr.title')}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-sm font-semibold text-ink">{t('ssl.csr.title')}</h3>
        <div className="flex gap-2">
          <CopyButton value={csr} shown={shown} testId="ssl-csr-copy" />
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            data-test-id="ssl-csr-download"
            onClick={() => downloadText(pemFileName(cert.names, 'csr'), `${csr.trim()}\n`, 'application/pkcs10')}
          >
            {t('ssl.csr.download')}
          </button>
        </div>
      </div>
      <p className="text-xs text-muted">{t('ssl.csr.hint')}</p>
      <pre className="max-h-64 overflow-auto rounded-md bg-white p-3 font-mono text-xs break-all whitespace-pre-wrap select-all">
        <code ref={shown} data-test-id="ssl-csr">
          {csr}
        </code>
      </pre>
    </section>
  );
}
