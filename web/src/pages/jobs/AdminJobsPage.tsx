import { Link } from 'react-router';
import { FilterSelect } from '../../components/FilterSelect';
import { Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { PAGE_SIZE, useListParams } from '../../components/useListParams';
import { useListQuery } from '../../components/useListQuery';
import { oneOf } from '../../graphql/enums';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { CreateJobForm } from './CreateJobForm';
import { JobList } from './JobList';
import { JOB_STATES } from './JobStateBadge';
import { CustomJobsQuery } from './jobs.operations';
import { adminJobPath, JOB_TYPES_PATH } from './pageIds';

/** Admin: the company's queue of custom jobs (filtered by state in the URL), and a job opened for a customer. */
export function AdminJobsPage() {
  const t = useT();
  const { role } = useViewer();
  const list = useListParams();
  const messages = usePageMessages();
  const state = oneOf(JOB_STATES, list.get('state'));
  const { data, status } = useListQuery(CustomJobsQuery, {
    variables: { state, after: list.after || null, first: PAGE_SIZE },
  });

  return (
    <Page
      id="admin-jobs"
      title={t('jobsAdmin.title')}
      intro={t('jobsAdmin.intro')}
      actions={
        // The catalogue and its prices are the admins'; support staff work the queue.
        role === 'SUPPORT_STAFF' ? null : (
          <Link to={JOB_TYPES_PATH} className="btn btn-secondary" data-test-id="job-types-link">
            {t('jobsAdmin.types')}
          </Link>
        )
      }
    >
      {messages.view}
      <JobList
        jobs={data?.customJobs}
        linkTo={adminJobPath}
        list={list}
        status={status}
        admin
        empty={t('jobsAdmin.empty')}
        toolbar={
          <FilterSelect
            testId="jobs-state"
            label={t('jobs.stateLabel')}
            allLabel={t('jobs.stateAll')}
            value={state ?? ''}
            onChange={(v) => list.setFilter('state', v)}
          >
            {JOB_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`jobs.state.${s}`)}
              </option>
            ))}
          </FilterSelect>
        }
      />
      <CreateJobForm onDone={messages.done} />
    </Page>
  );
}
