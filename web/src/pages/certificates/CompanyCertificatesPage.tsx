import { useMutation, useQuery } from '@apollo/client';
import { useState } from 'react';
import { BackLink } from '../../components/BackLink';
import { Card, LoadError, Loading, Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { usePollWhile } from '../../components/usePollWhile';
import type { CertificateKind, SiteCertificateFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { CertificateDetails, CertificateStateBadge } from '../domains/SslCertificateDetails';
import { CertificateUploadForm } from '../domains/SslUploadForm';
import { AcmeSettingsCard } from './AcmeSettingsCard';
import { SslPolicyCard } from './SslPolicyCard';
import { companyKinds, companySlot } from './certificateList';
import { CompanyFreeCertificate } from './CompanyFreeCertificate';
import { CompanyCertificatesQuery, UploadCompanyCertificateMutation } from './certificates.operations';
import { CERTIFICATES_PATH } from './pageIds';

/**
 * Admin: the company's own certificates (`company-certificates`), one card per kind: the control
 * panel's host, the shared wildcard of the service domain, and (master admin) the mail service's;
 * each shows the one that serves, orders a free one over ACME (followed while it is issued) or
 * takes an upload (either replaces the last). The master admin also
 * chooses the ACME authority free certificates come from.
 */
export function CompanyCertificatesPage() {
  const t = useT();
  const master = useViewer().role === 'MASTER_ADMIN';
  const query = useQuery(CompanyCertificatesQuery, { fetchPolicy: 'cache-and-network' });
  const certs = query.data?.companyCertificates;
  const messages = usePageMessages();
  // Follow orders over ACME while the worker has them.
  usePollWhile(query, !!certs?.some((c) => c.state === 'PENDING'));

  return (
    <Page
      id="company-certificates"
      title={t('companyCerts.title')}
      intro={t('companyCerts.intro')}
      back={<BackLink to={CERTIFICATES_PATH} label={t('companyCerts.back')} />}
    >
      {messages.view}
      {certs ? (
        <div className="grid items-start gap-6 lg:grid-cols-2">
          {companyKinds(master).map((kind) => (
            <CompanyCertificateCard
              key={kind}
              kind={kind}
              {...companySlot(certs, kind)}
              onDone={messages.done}
              onError={messages.failed}
            />
          ))}
        </div>
      ) : query.error ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Loading />
      )}
      <SslPolicyCard onDone={messages.done} onError={messages.failed} />
      {master ? <AcmeSettingsCard /> : null}
    </Page>
  );
}

function CompanyCertificateCard({
  kind,
  serving: cert,
  order,
  onDone,
  onError,
}: {
  kind: CertificateKind;
  serving: SiteCertificateFieldsFragment | null;
  order: SiteCertificateFieldsFragment | null;
  onDone(message: string): void;
  onError(error: unknown): void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [upload] = useMutation(UploadCompanyCertificateMutation, {
    refetchQueries: ['CompanyCertificates'],
    awaitRefetchQueries: true,
  });
  return (
    <Card
      title={t(`certificates.kind.${kind}`)}
      aside={cert || order ? <CertificateStateBadge state={(cert ?? order)!.state} /> : null}
      testId={`company-certificate-${kind}`}
    >
      <div
        className="space-y-4"
        data-kind={kind}
        data-certificate-id={cert?.id ?? ''}
        data-state={cert?.state ?? 'NONE'}
        data-order-state={order?.state ?? ''}
      >
        <p className="text-sm text-muted">{t(`companyCerts.hint.${kind}`)}</p>
        <CompanyFreeCertificate kind={kind} serving={cert} order={order} onDone={onDone} onError={onError} />
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
              onDone(t('ssl.uploaded', { names: names.join(', ') }));
            }}
          />
        ) : (
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            data-test-id="company-certificate-upload"
            onClick={() => setOpen(true)}
          >
            {cert ? t('companyCerts.replace') : t('ssl.upload')}
          </button>
        )}
      </div>
    </Card>
  );
}
