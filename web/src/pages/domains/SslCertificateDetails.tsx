import { Badge, type Tone } from '../../components/Badge';
import type { CertificateState, SiteCertificateFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { daysUntil, expiryLevel } from './certificateFiles';

const STATE_TONE: Record<CertificateState, Tone> = {
  REQUESTED: 'blue',
  PENDING: 'blue',
  ACTIVE: 'green',
  EXPIRED: 'red',
  FAILED: 'red',
};

/** A certificate's state as stored (`ssl-state`, raw value in `data-status`). */
export function CertificateStateBadge({ state, testId = 'ssl-state' }: { state: CertificateState; testId?: string }) {
  const { t } = useI18n();
  return (
    <Badge tone={STATE_TONE[state]} value={state} testId={testId}>
      {t(`ssl.state.${state}`)}
    </Badge>
  );
}

/** "expires in N days": amber under 30 days, red once past (`ssl-expiry`, `data-level`, `data-days`). */
export function ExpiryNote({ notAfter }: { notAfter: string }) {
  const { t } = useI18n();
  const level = expiryLevel(notAfter);
  const days = daysUntil(notAfter);
  const text =
    level === 'expired'
      ? -days <= 1
        ? t('ssl.expiredYesterday')
        : t('ssl.expired', { days: -days })
      : days === 0
        ? t('ssl.expiresToday')
        : days === 1
          ? t('ssl.expiresTomorrow')
          : t('ssl.expiresIn', { days });
  const tone =
    level === 'expired'
      ? 'bg-red-50 text-red-800 ring-red-600/20'
      : level === 'soon'
        ? 'bg-amber-50 text-amber-800 ring-amber-600/25'
        : 'text-muted ring-transparent';
  return (
    <span
      data-test-id="ssl-expiry"
      data-level={level}
      data-days={String(days)}
      className={`ml-2 inline-flex rounded-md px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${tone}`}
    >
      {text}
    </span>
  );
}

/** What the card lists of a certificate: names, issuer, validity, key, fingerprint, source. */
export function CertificateDetails({ cert }: { cert: SiteCertificateFieldsFragment }) {
  const { t, formatDate } = useI18n();
  const requested = cert.state === 'REQUESTED';
  return (
    <dl className="grid gap-x-4 gap-y-2.5 text-sm sm:grid-cols-[auto_1fr]" data-test-id="ssl-details">
      <dt className="text-muted">{t('ssl.names')}</dt>
      <dd>
        <ul className="font-mono" data-test-id="ssl-names">
          {cert.names.map((n) => (
            <li key={n} className="break-all">
              {n}
            </li>
          ))}
        </ul>
      </dd>
      {cert.issuer ? (
        <>
          <dt className="text-muted">{t('ssl.issuer')}</dt>
          <dd data-test-id="ssl-issuer" className="break-words">
            {cert.issuer}
          </dd>
        </>
      ) : null}
      {cert.notBefore ? (
        <>
          <dt className="text-muted">{t('ssl.validFrom')}</dt>
          <dd data-test-id="ssl-not-before">{formatDate(cert.notBefore)}</dd>
        </>
      ) : null}
      {cert.notAfter ? (
        <>
          <dt className="text-muted">{t('ssl.validUntil')}</dt>
          <dd data-test-id="ssl-not-after" data-value={cert.notAfter}>
            {formatDate(cert.notAfter)}
            <ExpiryNote notAfter={cert.notAfter} />
          </dd>
        </>
      ) : null}
      {requested ? (
        <>
          <dt className="text-muted">{t('ssl.requestedOn')}</dt>
          <dd>{formatDate(cert.createdAt)}</dd>
        </>
      ) : null}
      <dt className="text-muted">{t('ssl.keyType')}</dt>
      <dd data-test-id="ssl-key-type" data-value={cert.keyType}>
        {t(`ssl.keyType.${cert.keyType}`)}
        {requested ? null : (
          <span className="text-muted"> · {cert.keyUploaded ? t('ssl.keyUploaded') : t('ssl.keyMade')}</span>
        )}
      </dd>
      {cert.fingerprint ? (
        <>
          <dt className="text-muted">{t('ssl.fingerprint')}</dt>
          <dd data-test-id="ssl-fingerprint" className="font-mono text-xs leading-5 break-all">
            {cert.fingerprint}
          </dd>
        </>
      ) : null}
      {cert.serial ? (
        <>
          <dt className="text-muted">{t('ssl.serial')}</dt>
          <dd data-test-id="ssl-serial" className="font-mono text-xs leading-5 break-all">
            {cert.serial}
          </dd>
        </>
      ) : null}
      {requested ? null : (
        <>
          <dt className="text-muted">{t('ssl.source')}</dt>
          <dd data-test-id="ssl-source" data-value={cert.source}>
            {t(`ssl.source.${cert.source}`)}
          </dd>
        </>
      )}
    </dl>
  );
}
