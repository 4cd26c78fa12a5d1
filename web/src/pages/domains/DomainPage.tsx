import { useQuery } from '@apollo/client';
import { useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { isNotFound } from '../../components/Messages';
import { Card, LoadError, Loading, Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { ProvisionBadge } from '../../components/StateBadges';
import { usePollWhile } from '../../components/usePollWhile';
import { useT } from '../../i18n/I18nProvider';
import { AddRecordForm } from './AddRecordForm';
import { anyPending, hasOwnZone } from './domainKinds';
import { DomainQuery } from './domains.operations';
import { ImportZoneForm } from './ImportZoneForm';
import { NameServers } from './NameServers';
import { DOMAIN_PAGE, DOMAINS_PATH } from './pageIds';
import { RecordsList } from './RecordsList';
import { SiteCard } from './SiteCard';
import { SslCard } from './SslCard';
import { certificatePending } from './sslCardState';
import { useDomainLabel } from './useDomainLabel';

/** One domain (`/domains/:id`): its state, name servers, web site and DNS records; follows live while the worker sets it up. */
export function DomainPage() {
  // Opened from an admin's user page (`/admin/users/:userId/domains/:id`), the way back is that user.
  const { id = '', userId } = useParams();
  const t = useT();
  const label = useDomainLabel();
  const messages = usePageMessages();
  const query = useQuery(DomainQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const domain = query.data?.domain;
  // The worker is busy: the domain, its site or zone being set up, or a free certificate being issued.
  usePollWhile(query, !!domain && (anyPending([domain]) || certificatePending(domain.site)));
  const back = userId ? (
    <BackLink to={`/admin/users/${userId}`} label={t('domains.backToUser')} />
  ) : (
    <BackLink to={DOMAINS_PATH} label={t('domains.back')} />
  );

  if (!domain) {
    return (
      <Page id={DOMAIN_PAGE} title={isNotFound(query.error) ? t('domains.notFound') : t('domains.title')} back={back}>
        {query.error ? <LoadError error={query.error} onRetry={() => void query.refetch()} /> : <Loading />}
      </Page>
    );
  }

  const name = label(domain);
  const locked = domain.state === 'DELETING';
  const hasRecords = domain.kind !== 'NO_DOMAIN';
  const intro = (
    <span
      className="inline-flex flex-wrap items-center gap-2"
      data-test-id="domain-header"
      data-kind={domain.kind}
      data-state={domain.state}
    >
      <span data-test-id="domain-kind">{t(`domains.kind.${domain.kind}`)}</span>
      <ProvisionBadge state={domain.state} testId="domain-state" />
      {domain.name && domain.unicodeName && domain.unicodeName !== domain.name ? (
        <span className="font-mono text-xs">{domain.name}</span>
      ) : null}
    </span>
  );

  return (
    <Page id={DOMAIN_PAGE} title={name} intro={intro} back={back}>
      {messages.view}
      <div className="grid items-start gap-6 lg:grid-cols-2">
        {hasOwnZone(domain.kind) ? (
          <Card title={t('domains.nameServers')} testId="domain-name-servers-card">
            {domain.nameServers.length ? (
              <NameServers names={domain.nameServers} />
            ) : (
              <p className="text-sm text-muted">{t('domains.noNameServers')}</p>
            )}
            {domain.zone ? (
              <p
                className="mt-3 text-xs text-muted"
                data-test-id="domain-zone"
                data-state={domain.zone.state}
                data-serial={domain.zone.serial}
              >
                {t('domains.zoneSerial', { serial: domain.zone.serial })} · {t(`provisionState.${domain.zone.state}`)}
              </p>
            ) : null}
          </Card>
        ) : null}
        <SiteCard site={domain.site} instantAlias={domain.instantAlias} />
        {domain.site ? (
          <SslCard
            site={domain.site}
            instantAlias={domain.instantAlias}
            onDone={messages.done}
            onError={messages.failed}
          />
        ) : null}
      </div>
      {hasRecords ? (
        <section className="grid items-start gap-6 xl:grid-cols-3" aria-label={t('records.title')}>
          <RecordsList
            className="xl:col-span-2"
            records={domain.records}
            domain={domain.name ?? ''}
            locked={locked}
            onDone={messages.done}
            onError={messages.failed}
          />
          {locked ? null : (
            <div className="space-y-6">
              <AddRecordForm domainId={domain.id} domain={domain.name ?? ''} onDone={messages.done} />
              {hasOwnZone(domain.kind) ? <ImportZoneForm domainId={domain.id} onDone={messages.done} /> : null}
            </div>
          )}
        </section>
      ) : null}
    </Page>
  );
}
