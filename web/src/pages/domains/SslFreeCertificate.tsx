import { useMutation } from '@apollo/client';
import { Icon } from '../../components/Icon';
import type { SiteCertificateFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n, useT } from '../../i18n/I18nProvider';
import { IssueSiteCertificateMutation, ReissueCertificateMutation } from './ssl.operations';
import type { SslCardView } from './sslCardState';

interface Outcome {
  onDone(message: string): void;
  onError(error: unknown): void;
}

/** The card's primary action when nothing serves: order a free certificate over ACME (`ssl-issue`). */
export function IssueFreeCertificate({ siteId, onDone, onError }: { siteId: string } & Outcome) {
  const t = useT();
  const [issue, issuing] = useMutation(IssueSiteCertificateMutation, {
    refetchQueries: ['Domain'],
    awaitRefetchQueries: true,
  });
  return (
    <div className="space-y-2 rounded-lg border border-brand-200 bg-brand-50 p-4" data-test-id="ssl-free">
      <p className="text-sm text-ink">{t('ssl.free.hint')}</p>
      <button
        type="button"
        className="btn btn-primary"
        data-test-id="ssl-issue"
        disabled={issuing.loading}
        onClick={() => {
          issue({ variables: { siteId } }).then(
            () => onDone(t('ssl.free.ordered')),
            (err: unknown) => onError(err),
          );
        }}
      >
        {t('ssl.free.issue')}
      </button>
    </div>
  );
}

/**
 * What a free certificate's state tells the customer: wait while it is issued (`ssl-pending`),
 * read why it failed and try again (`ssl-failed`, `ssl-retry`), or, for one that serves, a failed
 * renewal's error as a warning: it serves until it expires (`ssl-renewal-failed`).
 */
export function AcmeStatus({
  cert,
  view,
  onDone,
  onError,
}: { cert: SiteCertificateFieldsFragment; view: SslCardView } & Outcome) {
  const { t, formatDate } = useI18n();
  const [reissue, reissuing] = useMutation(ReissueCertificateMutation, {
    refetchQueries: ['Domain'],
    awaitRefetchQueries: true,
  });
  const retry = () =>
    reissue({ variables: { id: cert.id } }).then(
      () => onDone(t('ssl.free.ordered')),
      (err: unknown) => onError(err),
    );

  if (view.pending) {
    return (
      <div
        role="status"
        data-test-id="ssl-pending"
        className="flex items-start gap-2 rounded-lg border border-blue-200 bg-blue-50 px-4 py-3 text-sm text-blue-900"
      >
        <Icon name="activity" className="mt-0.5 size-4 shrink-0 animate-pulse" />
        <span>{t('ssl.free.pending', { names: cert.names.join(', ') })}</span>
      </div>
    );
  }

  if (view.retry) {
    return (
      <div
        role="alert"
        data-test-id="ssl-failed"
        className="space-y-2 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
      >
        <p className="font-medium">{cert.state === 'FAILED' ? t('ssl.free.failed') : t('ssl.free.expired')}</p>
        {view.failure ? (
          <p className="font-mono text-xs break-words" data-test-id="ssl-last-error">
            {view.failure}
          </p>
        ) : null}
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          data-test-id="ssl-retry"
          disabled={reissuing.loading}
          onClick={() => void retry()}
        >
          {t('ssl.free.retry')}
        </button>
      </div>
    );
  }

  if (!view.renewalError) return null;
  return (
    <div
      role="alert"
      data-test-id="ssl-renewal-failed"
      className="space-y-1 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      <p className="font-medium">
        {cert.notAfter
          ? t('ssl.free.renewalFailedUntil', { date: formatDate(cert.notAfter) })
          : t('ssl.free.renewalFailed')}
      </p>
      <p className="font-mono text-xs break-words" data-test-id="ssl-last-error">
        {view.renewalError}
      </p>
    </div>
  );
}

/** "Renew now" for an ACME certificate that serves (`ssl-renew`): the current one serves until the new one is in. */
export function RenewButton({ id, onDone, onError }: { id: string } & Outcome) {
  const t = useT();
  const [reissue, reissuing] = useMutation(ReissueCertificateMutation, {
    refetchQueries: ['Domain'],
    awaitRefetchQueries: true,
  });
  return (
    <button
      type="button"
      className="btn btn-secondary btn-sm"
      data-test-id="ssl-renew"
      disabled={reissuing.loading}
      onClick={() => {
        reissue({ variables: { id } }).then(
          () => onDone(t('ssl.free.renewing')),
          (err: unknown) => onError(err),
        );
      }}
    >
      {t('ssl.free.renew')}
    </button>
  );
}
