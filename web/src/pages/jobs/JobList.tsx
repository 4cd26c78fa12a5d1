import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ListCard, type Connection } from '../../components/ListCard';
import type { ListParams } from '../../components/useListParams';
import type { ListQueryStatus } from '../../components/useListQuery';
import type { CustomJobListFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { useBillingFormat } from '../invoices/InvoiceAmounts';
import { JobStateBadge } from './JobStateBadge';

interface JobListProps {
  jobs: Connection<CustomJobListFieldsFragment> | undefined;
  linkTo(id: string): string;
  list: ListParams;
  status: ListQueryStatus;
  /** The account and who ordered: for the admins' queue. */
  admin?: boolean;
  title?: ReactNode;
  toolbar?: ReactNode;
  empty: string;
}

/** Jobs, newest first (`job-row`): title, state, price, when ordered; paged. */
export function JobList({ jobs, linkTo, list, status, admin = false, title, toolbar, empty }: JobListProps) {
  const { t, formatDate } = useI18n();
  const format = useBillingFormat();
  return (
    <ListCard<CustomJobListFieldsFragment>
      title={title}
      toolbar={toolbar}
      status={status}
      connection={jobs}
      pager="jobs"
      list={list}
      testId="jobs-table"
      rowKey={(j) => j.id}
      rowAttributes={(j) => ({
        'data-test-id': 'job-row',
        'data-job-id': j.id,
        'data-state': j.state,
        'data-account-id': j.accountId,
        'data-title': j.title,
      })}
      empty={empty}
      columns={[
        {
          id: 'job',
          header: t('jobs.col.job'),
          cell: (j) => (
            <Link to={linkTo(j.id)} className="link" data-test-id="job-link">
              #{j.id} {j.title}
            </Link>
          ),
        },
        admin && {
          id: 'account',
          header: t('jobs.col.account'),
          className: 'font-mono text-muted',
          cell: (j) => `#${j.accountId}`,
        },
        { id: 'state', header: t('jobs.col.state'), cell: (j) => <JobStateBadge state={j.state} /> },
        admin && { id: 'by', header: t('jobs.col.by'), cell: (j) => t(`jobs.by.${j.orderedBy}`) },
        {
          id: 'ordered',
          header: t('jobs.col.ordered'),
          className: 'whitespace-nowrap',
          cell: (j) => formatDate(j.createdAt),
        },
        {
          id: 'price',
          header: t('jobs.col.price'),
          align: 'right',
          className: 'whitespace-nowrap tabular-nums',
          cell: (j) => format.money(j.price),
        },
      ]}
    />
  );
}
