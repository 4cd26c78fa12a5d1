import { useMutation } from '@apollo/client';
import { useState } from 'react';
import { Badge } from '../../components/Badge';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Card } from '../../components/Page';
import type { DomainQuery } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { downloadText } from '../../components/download';
import { pemFileName } from './certificateFiles';
import { SslKeyDownload } from './SslKeyDownload';
import { useViewer } from '../../session/SessionContext';
import { DeleteCertificateMutation } from './ssl.operations';
import { CertificateDetails, CertificateStateBadge } from './SslCertificateDetails';
import { CsrBlock, SslRequestForm } from './SslRequestForm';
import { AcmeStatus, IssueFreeCertificate, RenewButton } from './SslFreeCertificate';
import { SslHttpsSwitches } from './SslHttpsSwitches';
import { SslUploadForm } from './SslUploadForm';
import { sslCardView } from './sslCardState';

type Site = NonNullable<DomainQuery['domain']['site']>;

interface SslCardProps {
  site: Site | null;
  /** The site's name under the service domain: the shared wildcard covers it, not the site's own certificate. */
  instantAlias: string | null;
  onDone(message: string): void;
  onError(error: unknown): void;
}

/**
 * The site's SSL certificate (`domain-ssl`, SSL-1): a free one from ACME first (issue, follow while
 * it is issued, try again, renew), its state as stored, names, issuer, validity, key and
 * fingerprint; the HTTPS switches once it serves; and, second, the customer's own certificate
 * (upload one, make a signing request), download the certificate and chain, remove it. Keys are
 * never shown: the API has none to give.
 */
export function SslCard({ site, instantAlias, onDone, onError }: SslCardProps) {
  const t = useT();
  // Only the customer gets their uploaded key back (an admin is refused by the API).
  const endUser = useViewer().role === 'END_USER';
  const [mode, setMode] = useState<'upload' | 'request' | null>(null);
  const [remove, removal] = useMutation(DeleteCertificateMutation, {
    refetchQueries: ['Domain'],
    awaitRefetchQueries: true,
  });

  if (!site) {
    return (
      <Card title={t('ssl.title')} testId="domain-ssl">
        <p className="text-sm text-muted">{t('ssl.noSite')}</p>
      </Card>
    );
  }

  const cert = site.certificate ?? null;
  // A signing request waiting for its signed certificate, beside the one installed (if any).
  const pending = site.certificateRequest ?? null;
  const ownNames = site.serverNames.filter((n) => n !== instantAlias);
  const close = () => setMode(null);
  const view = sslCardView(cert);

  const own = (
    <div className="flex flex-wrap items-center gap-2" data-test-id="ssl-own">
      <span className="text-sm text-muted">{t('ssl.own')}</span>
      <button
        type="button"
        className="btn btn-secondary btn-sm"
        data-test-id="ssl-upload"
        aria-expanded={mode === 'upload'}
        onClick={() => setMode(mode === 'upload' ? null : 'upload')}
      >
        {t('ssl.upload')}
      </button>
      <button
        type="button"
        className="btn btn-secondary btn-sm"
        data-test-id="ssl-request"
        aria-expanded={mode === 'request'}
        onClick={() => setMode(mode === 'request' ? null : 'request')}
      >
        {t('ssl.request')}
      </button>
    </div>
  );

  const actions = cert ? (
    <div className="flex flex-wrap gap-2" data-test-id="ssl-actions">
      {view.renew ? <RenewButton id={cert.id} onDone={onDone} onError={onError} /> : null}
      {cert.certificatePem ? (
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          data-test-id="ssl-download-certificate"
          onClick={() =>
            downloadText(
              pemFileName(cert.names, 'certificate'),
              `${cert.certificatePem!.trim()}\n`,
              'application/x-pem-file',
            )
          }
        >
          {t('ssl.downloadCertificate')}
        </button>
      ) : null}
      {cert.keyUploaded && endUser ? <SslKeyDownload id={cert.id} names={cert.names} /> : null}
      {cert.chainPem ? (
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          data-test-id="ssl-download-chain"
          onClick={() =>
            downloadText(pemFileName(cert.names, 'chain'), `${cert.chainPem!.trim()}\n`, 'application/x-pem-file')
          }
        >
          {t('ssl.downloadChain')}
        </button>
      ) : null}
      <ConfirmButton
        testId="ssl-remove"
        label={t('ssl.remove')}
        question={t('ssl.removeQuestion')}
        busy={removal.loading}
        onConfirm={async () => {
          try {
            await remove({ variables: { id: cert.id } });
            onDone(t('ssl.removed'));
          } catch (err) {
            onError(err);
          }
        }}
      />
    </div>
  ) : null;

  return (
    <Card
      title={t('ssl.title')}
      aside={
        cert ? (
          <CertificateStateBadge state={cert.state} />
        ) : (
          <Badge tone="gray" value="NONE" testId="ssl-state">
            {t('ssl.noneBadge')}
          </Badge>
        )
      }
      testId="domain-ssl"
    >
      <div className="space-y-4" data-state={cert?.state ?? 'NONE'} data-certificate-id={cert?.id ?? ''}>
        {view.issue ? <IssueFreeCertificate siteId={site.id} onDone={onDone} onError={onError} /> : null}
        {cert ? <AcmeStatus cert={cert} view={view} onDone={onDone} onError={onError} /> : null}
        {cert ? <CertificateDetails cert={cert} /> : <p className="text-sm text-muted">{t('ssl.none')}</p>}
        {pending?.csrPem ? <CsrBlock cert={pending} /> : null}
        {actions}
        <SslHttpsSwitches
          siteId={site.id}
          redirect={site.httpsRedirect}
          hsts={site.hsts}
          enabled={view.https}
          onDone={onDone}
          onError={onError}
        />
        {own}
        {mode === 'upload' ? (
          <SslUploadForm
            siteId={site.id}
            requestPending={!!pending}
            onCancel={close}
            onInstalled={(names) => {
              close();
              onDone(t('ssl.uploaded', { names: names.join(', ') }));
            }}
          />
        ) : null}
        {mode === 'request' ? (
          <SslRequestForm
            siteId={site.id}
            names={ownNames}
            onCancel={close}
            onRequested={() => {
              close();
              onDone(t('ssl.requested'));
            }}
          />
        ) : null}
      </div>
    </Card>
  );
}
