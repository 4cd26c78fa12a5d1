import { useQuery } from '@apollo/client';
import { Link } from 'react-router';
import { Card } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { domainPath } from '../domains/pageIds';
import { certificateWarnings } from './certificateWarnings';
import { CertificateWarningsQuery } from './certificateWarnings.operations';

/** A customer has a handful of certificates: one page of the API's largest covers them. */
const FETCHED = 100;

/**
 * Customer home: certificates to act on (`certificate-warnings`): expired, close to their end with
 * nobody renewing them, or whose free certificate's last issue or renewal failed; each leads to its
 * domain page, where the SSL card renews or replaces it. Nothing when all is well.
 */
export function CertificateWarningsCard() {
  const { t, formatDate } = useI18n();
  const query = useQuery(CertificateWarningsQuery, {
    variables: { first: FETCHED },
    fetchPolicy: 'cache-and-network',
  });
  const warnings = certificateWarnings(query.data?.certificates.nodes ?? []);
  if (!warnings.length) return null;
  return (
    <Card title={t('certWarnings.heading')} testId="certificate-warnings">
      <ul className="space-y-3">
        {warnings.map(({ cert, reason, days }) => {
          const tone =
            reason === 'expired'
              ? 'border-red-200 bg-red-50 text-red-900'
              : 'border-amber-200 bg-amber-50 text-amber-900';
          const when = cert.notAfter ? formatDate(cert.notAfter) : '';
          return (
            <li
              key={cert.id}
              data-test-id="certificate-warning"
              data-certificate-id={cert.id}
              data-reason={reason}
              className={`flex flex-wrap items-start justify-between gap-3 rounded-lg border px-4 py-3 text-sm ${tone}`}
            >
              <div className="min-w-0 space-y-1">
                <p className="font-mono text-xs break-all">{cert.names.join(', ')}</p>
                <p className="font-medium">
                  {reason === 'expired'
                    ? t('certWarnings.expired', { date: when })
                    : reason === 'expiring'
                      ? t('certWarnings.expiring', { days: Math.max(days ?? 0, 0), date: when })
                      : cert.notAfter && cert.state === 'ACTIVE'
                        ? t('certWarnings.renewalFailed', { date: when })
                        : t('certWarnings.issueFailed')}
                </p>
                {cert.lastError ? (
                  <p className="font-mono text-xs break-words" data-test-id="certificate-warning-error">
                    {cert.lastError}
                  </p>
                ) : null}
              </div>
              {cert.domainId ? (
                <Link to={domainPath(cert.domainId)} className="link" data-test-id="certificate-warning-open">
                  {t('certWarnings.open')}
                </Link>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
