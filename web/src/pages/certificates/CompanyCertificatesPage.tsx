import { useMutation, useQuery } from '@apollo/client';
import { useState } from 'react';
import { BackLink } from '../../components/BackLink';
import { Notice } from '../../components/Messages';
import { Card, LoadError, Loading, Page } from '../../components/Page';
import type { CertificateKind, SiteCertificateFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { CertificateDetails, CertificateStateBadge } from '../domains/SslCertificateDetails';
import { CertificateUploadForm } from '../domains/SslUploadForm';
import { AcmeSettingsCard } from './AcmeSettingsCard';
import { companyKinds } from './certificateList';
import { CompanyCertificatesQuery, UploadCompanyCertificateMutation } from './certificates.operations';
import { CERTIFICATES_PATH } from './pageIds';

/**
 * Admin: the company's own certificates (`company-certificates`), one card per kind: the control
 * panel's host, the shared wildcard of the service domain, and (master admin) the mail service's;
 * each shows the one installed and takes a new one (it replaces the last). The master admin also
 * chooses the ACME authority free certificates come from.
 */
export function CompanyCertificatesPage() {
  const t = useT();
  const master = useViewer().role === 'MASTER_ADMIN';
  const query = useQuery(CompanyCertificatesQuery, { fetchPolicy: 'cache-and-network' });
  const certs = query.data?.companyCertificates;

  return (
    <Page
      id="company-certificates"
      title={t('companyCerts.title')}
      intro={t('companyCerts.intro')}
      back={<BackLink to={CERTIFICATES_PATH} label={t('companyCerts.back')} />}
    >
      {certs ? (
        <div className="grid items-start gap-6 lg:grid-cols-2">
          {companyKinds(master).map((kind) => (
            <CompanyCertificateCard key={kind} kind={kind} cert={certs.find((c) => c.kind === kind) ?? null} />
          ))}
        </div>
      ) : query.error ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Loading />
      )}
      {master ? <AcmeSettingsCard /> : null}
    </Page>
  );
}

function CompanyCertificateCard({ kind, cert }: { kind: CertificateKind; cert: SiteCertificateFieldsFragment | null }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [upload] = useMutation(UploadCompanyCertificateMutation, {
    refetchQueries: ['CompanyCertificates'],
    awaitRefetchQueries: true,
  });
  return (
    <Card
      title={t(`certificates.kind.${kind}`)}
      aside={cert ? <CertificateStateBadge state={cert.state} /> : null}
      testId={`company-certificate-${kind}`}
    >
      <div className="space-y-4" data-kind={kind} data-certificate-id={cert?.id ?? ''}>
        <p className="text-sm text-muted">{t(`companyCerts.hint.${kind}`)}</p>
        <Notice message={notice} />
        {cert ? <CertificateDetails cert={cert} /> : <p className="text-sm text-muted">{t('companyCerts.none')}</p>}
        {open ? (
          <CertificateUploadForm
            requestPending={false}
            install={async (input) =>
              (await upload({ variables: { kind, input } })).data?.uploadCompanyCertificate.names ?? []
            }
            onCancel={() => setOpen(false)}
            onInstalled={(names) => {
              setOpen(false);
              setNotice(t('ssl.uploaded', { names: names.join(', ') }));
            }}
          />
        ) : (
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            data-test-id="company-certificate-upload"
            onClick={() => {
              setNotice(null);
              setOpen(true);
            }}
          >
            {cert ? t('companyCerts.replace') : t('ssl.upload')}
          </button>
        )}
      </div>
    </Card>
  );
}
