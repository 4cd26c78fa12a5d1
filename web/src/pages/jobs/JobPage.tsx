import { useMutation, useQuery } from '@apollo/client';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { ConfirmButton } from '../../components/ConfirmButton';
import { SelectField } from '../../components/Field';
import { Card, LoadError, Loading, Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import type { CustomJobQuery as Result, CustomJobState } from '../../graphql/generated/graphql';
import { useI18n, useT } from '../../i18n/I18nProvider';
import { accountBillingPath } from '../billing/pageIds';
import { useBillingFormat } from '../invoices/InvoiceAmounts';
import { InvoiceStateBadge } from '../invoices/InvoiceStateBadge';
import { JobStateBadge, NEXT_STATES } from './JobStateBadge';
import { JobThread } from './JobThread';
import { CancelCustomJobMutation, CustomJobQuery, SetCustomJobStateMutation } from './jobs.operations';
import { ADMIN_JOBS_PATH, JOBS_PATH } from './pageIds';

type Job = NonNullable<Result['customJob']>;
const isClosed = (state: CustomJobState) => state === 'DONE' || state === 'CANCELLED';

/**
 * One custom job (`/jobs/:id` for its customer, `/admin/jobs/:id` for the staff): its summary and
 * invoice, the brief, the thread; the customer may cancel it while ORDERED, the staff move its state
 * and write internal notes.
 */
export function JobPage() {
  const { id = '' } = useParams();
  const t = useT();
  const staff = useLocation().pathname.startsWith('/admin/');
  const messages = usePageMessages();
  const query = useQuery(CustomJobQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const job = query.data?.customJob;
  const back = staff ? (
    <BackLink to={ADMIN_JOBS_PATH} label={t('job.backAdmin')} />
  ) : (
    <BackLink to={JOBS_PATH} label={t('job.back')} />
  );

  if (!job) {
    return (
      <Page id="job" title={t('job.loading')} back={back}>
        {query.error ? <LoadError error={query.error} onRetry={() => void query.refetch()} /> : <Loading />}
      </Page>
    );
  }
  return (
    <Page
      id="job"
      title={t('job.title', { id: job.id, title: job.title })}
      intro={<JobStateBadge state={job.state} />}
      back={back}
      actions={!staff && job.state === 'ORDERED' ? <CancelJob id={job.id} report={messages} /> : null}
    >
      {messages.view}
      <JobSummary job={job} staff={staff} />
      {staff ? <JobStateForm job={job} onDone={messages.done} onError={messages.failed} /> : null}
      <Card title={t('job.brief')} testId="job-brief">
        <p className="text-sm whitespace-pre-line">{job.brief}</p>
      </Card>
      <JobThread
        jobId={job.id}
        messages={job.messages}
        staff={staff}
        canWrite={staff || !isClosed(job.state)}
        onSent={messages.done}
      />
    </Page>
  );
}

function JobSummary({ job, staff }: { job: Job; staff: boolean }) {
  const { t, formatDate } = useI18n();
  const format = useBillingFormat();
  const invoice = job.invoice;
  return (
    <Card title={t('job.summary')} testId="job-summary">
      <dl
        className="grid gap-x-8 gap-y-4 sm:grid-cols-3"
        data-test-id="job-facts"
        data-state={job.state}
        data-invoice-id={invoice?.id ?? ''}
        data-invoice-state={invoice?.state ?? ''}
      >
        <Item label={t('job.account')} testId="job-account">
          {staff ? (
            <Link to={accountBillingPath(job.accountId)} className="link" data-test-id="job-account-link">
              #{job.accountId}
            </Link>
          ) : (
            `#${job.accountId}`
          )}
        </Item>
        <Item label={t('job.price')} testId="job-price">
          {format.money(job.price)}
        </Item>
        <Item label={t('job.ordered')}>{formatDate(job.createdAt)}</Item>
        <Item label={t('job.invoice')} testId="job-invoice">
          {invoice ? (
            <span className="inline-flex flex-wrap items-center gap-2">
              <Link
                to={`${staff ? '/admin/invoices' : '/invoices'}/${invoice.id}`}
                className="link"
                data-test-id="job-invoice-link"
              >
                {t('job.invoiceLink', { number: invoice.number })}
              </Link>
              <InvoiceStateBadge state={invoice.state} dueAt={invoice.dueAt} />
            </span>
          ) : (
            t('job.noInvoice')
          )}
        </Item>
        {job.closedAt ? <Item label={t('job.closed')}>{formatDate(job.closedAt)}</Item> : null}
      </dl>
    </Card>
  );
}

function Item({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium tracking-wide text-muted uppercase">{label}</dt>
      <dd className="mt-1 text-sm" data-test-id={testId}>
        {children}
      </dd>
    </div>
  );
}

/** Staff: moves the job to a next state (the customer is mailed). */
function JobStateForm({ job, onDone, onError }: { job: Job; onDone(m: string): void; onError(e: unknown): void }) {
  const t = useT();
  const next = NEXT_STATES[job.state];
  const [state, setState] = useState<CustomJobState | ''>('');
  const [setJobState, { loading }] = useMutation(SetCustomJobStateMutation, { refetchQueries: ['CustomJob'] });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!state) return;
    try {
      await setJobState({ variables: { id: job.id, state } });
      setState('');
      onDone(t('job.stateChanged', { state: t(`jobs.state.${state}`) }));
    } catch (err) {
      onError(err);
    }
  }

  return (
    <Card title={t('job.stateCard')} testId="job-state-card">
      {next.length === 0 ? (
        <p className="text-sm text-muted">{t('job.final')}</p>
      ) : (
        <form className="flex flex-wrap items-end gap-3" onSubmit={(e) => void submit(e)}>
          <SelectField
            name="state"
            testId="job-state-select"
            label={t('job.setState')}
            hint={t('job.stateHint')}
            value={state}
            onChange={(e) => setState(e.target.value as CustomJobState | '')}
          >
            <option value="">—</option>
            {next.map((s) => (
              <option key={s} value={s}>
                {t(`jobs.state.${s}`)}
              </option>
            ))}
          </SelectField>
          <button
            type="submit"
            className="btn btn-primary"
            data-test-id="job-state-submit"
            disabled={!state || loading}
          >
            {t('job.setStateSubmit')}
          </button>
        </form>
      )}
    </Card>
  );
}

/** The customer cancels a job not started yet; its unpaid invoice is voided. */
function CancelJob({ id, report }: { id: string; report: ReturnType<typeof usePageMessages> }) {
  const t = useT();
  const [cancel, { loading }] = useMutation(CancelCustomJobMutation, { refetchQueries: ['CustomJob'] });
  return (
    <ConfirmButton
      testId="job-cancel"
      label={t('job.cancel')}
      question={t('job.cancelQuestion')}
      busy={loading}
      onConfirm={() => report.run(() => cancel({ variables: { id } }), t('job.cancelled'))}
    />
  );
}
