import { useQuery } from '@apollo/client';
import { Card, LoadError, Loading, Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { usePollWhile } from '../../components/usePollWhile';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { AddDomainForm } from './AddDomainForm';
import { anyPending } from './domainKinds';
import { DomainsList } from './DomainsList';
import { DomainsQuery } from './domains.operations';
import { DOMAINS_PAGE } from './pageIds';

/** The active account's domains and the form to add one; follows live while the worker sets them up or removes them. */
export function DomainsPage() {
  const t = useT();
  const account = useViewer().activeAccount;
  const messages = usePageMessages();
  const query = useQuery(DomainsQuery, {
    variables: { accountId: account?.id ?? '' },
    skip: !account,
    fetchPolicy: 'cache-and-network',
  });
  // Not the previous data: after switching accounts, the last account's domains must not show.
  const data = query.data;
  usePollWhile(query, !!data && anyPending(data.domains));

  const intro = account ? t('domains.intro', { id: account.id, name: account.name }) : undefined;
  if (!account || !data) {
    return (
      <Page id={DOMAINS_PAGE} title={t('domains.title')} intro={intro}>
        {!account ? (
          <Card>{t('account.none')}</Card>
        ) : query.error ? (
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Loading />
        )}
      </Page>
    );
  }

  return (
    <Page id={DOMAINS_PAGE} title={t('domains.title')} intro={intro}>
      {messages.view}
      <section className="grid items-start gap-6 xl:grid-cols-3" aria-label={t('domains.list')}>
        <DomainsList
          className="xl:col-span-2"
          domains={data.domains}
          onDone={messages.done}
          onError={messages.failed}
        />
        <AddDomainForm
          accountId={account.id}
          serviceDomain={data.viewer?.reseller.serviceDomain ?? null}
          onDone={messages.done}
        />
      </section>
    </Page>
  );
}
