import { useMutation } from '@apollo/client';
import type { CertificateKind, SiteCertificateFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { ReissueCertificateMutation } from '../domains/ssl.operations';
import { IssueCompanyCertificateMutation } from './certificates.operations';

interface Props {
  kind: CertificateKind;
  serving: SiteCertificateFieldsFragment | null;
  order: SiteCertificateFieldsFragment | null;
  onDone(message: string): void;
  onError(error: unknown): void;
}

/**
 * A company certificate over ACME: order one (`company-certificate-issue`), follow the order
 * (`company-certificate-pending`), read why it failed and order again (`company-certificate-failed`),
 * or renew the ACME one that serves now (`company-certificate-renew`). The one installed serves
 * until a new one is issued.
 */
export function CompanyFreeCertificate({ kind, serving, order, onDone, onError }: Props) {
  const t = useT();
  const opts = { refetchQueries: ['CompanyCertificates'], awaitRefetchQueries: true };
  const [issue, issuing] = useMutation(IssueCompanyCertificateMutation, opts);
  const [reissue, reissuing] = useMutation(ReissueCertificateMutation, opts);
  const busy = issuing.loading || reissuing.loading;
  const order_ = () =>
    issue({ variables: { kind } }).then(
      () => onDone(t('ssl.free.ordered')),
      (err: unknown) => onError(err),
    );

  if (order?.state === 'PENDING') {
    return (
      <p
        role="status"
        data-test-id="company-certificate-pending"
        className="rounded-lg border border-blue-200 bg-blue-50 px-4 py-3 text-sm text-blue-900"
      >
        {t('ssl.free.pending', { names: order.names.join(', ') })}
      </p>
    );
  }

  return (
    <div className="space-y-3">
      {order?.state === 'FAILED' ? (
        <div
          role="alert"
          data-test-id="company-certificate-failed"
          className="space-y-1 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
        >
          <p className="font-medium">{t('ssl.free.failed')}</p>
          {order.lastError ? (
            <p className="font-mono text-xs break-words" data-test-id="company-certificate-last-error">
              {order.lastError}
            </p>
          ) : null}
        </div>
      ) : null}
      {serving?.source === 'ACME' && serving.state === 'ACTIVE' ? (
        <>
          {serving.lastError ? (
            <p
              role="alert"
              data-test-id="company-certificate-renewal-failed"
              className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 font-mono text-xs break-words text-amber-900"
            >
              {serving.lastError}
            </p>
          ) : null}
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            data-test-id="company-certificate-renew"
            disabled={busy}
            onClick={() => {
              reissue({ variables: { id: serving.id } }).then(
                () => onDone(t('ssl.free.renewing')),
                (err: unknown) => onError(err),
              );
            }}
          >
            {t('ssl.free.renew')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className={serving ? 'btn btn-secondary btn-sm' : 'btn btn-primary btn-sm'}
          data-test-id="company-certificate-issue"
          disabled={busy}
          onClick={() => void order_()}
        >
          {order?.state === 'FAILED' ? t('ssl.free.retry') : t('ssl.free.issue')}
        </button>
      )}
    </div>
  );
}
