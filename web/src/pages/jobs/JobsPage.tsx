import { Card, Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { PAGE_SIZE, useListParams } from '../../components/useListParams';
import { useListQuery } from '../../components/useListQuery';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { JobCatalogue } from './JobCatalogue';
import { JobList } from './JobList';
import { CustomJobsQuery } from './jobs.operations';
import { jobPath } from './pageIds';

/** The customer's services for the active account: the catalogue with its order form, and their jobs. */
export function JobsPage() {
  const t = useT();
  const account = useViewer().activeAccount;
  const list = useListParams();
  const messages = usePageMessages();
  const { data, status } = useListQuery(CustomJobsQuery, {
    variables: { accountId: account?.id ?? '', after: list.after || null, first: PAGE_SIZE },
    skip: !account,
  });

  return (
    <Page
      id="jobs"
      title={t('jobs.title')}
      intro={account ? t('jobs.intro', { id: account.id, name: account.name }) : undefined}
    >
      {messages.view}
      {!account ? (
        <Card>{t('account.none')}</Card>
      ) : (
        <>
          <JobCatalogue accountId={account.id} />
          <JobList
            jobs={data?.customJobs}
            linkTo={jobPath}
            list={list}
            status={status}
            title={t('jobs.mine')}
            empty={t('jobs.empty')}
          />
        </>
      )}
    </Page>
  );
}
