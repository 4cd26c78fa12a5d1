import { useMutation, useQuery } from '@apollo/client';
import { useState } from 'react';
import { BackLink } from '../../components/BackLink';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ListCard } from '../../components/ListCard';
import { Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import type { JobTypeFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useBillingFormat } from '../invoices/InvoiceAmounts';
import { JobTypeForm } from './JobTypeForm';
import { DeleteJobTypeMutation, JobTypesQuery } from './jobs.operations';
import { ADMIN_JOBS_PATH } from './pageIds';

/** Admin: the company's catalogue of job types (`job-type-row`): add, edit, delete. */
export function JobTypesPage() {
  const t = useT();
  const format = useBillingFormat();
  const messages = usePageMessages();
  const query = useQuery(JobTypesQuery);
  const [remove] = useMutation(DeleteJobTypeMutation, { refetchQueries: ['JobTypes'] });
  // null: no form; 'new': adding; else the type being edited.
  const [form, setForm] = useState<'new' | JobTypeFieldsFragment | null>(null);
  const status = { loading: query.loading, stale: false, error: query.error, refetch: query.refetch };

  return (
    <Page
      id="job-types"
      title={t('jobTypes.title')}
      intro={t('jobTypes.intro')}
      back={<BackLink to={ADMIN_JOBS_PATH} label={t('jobTypes.back')} />}
      actions={
        <button type="button" className="btn btn-primary" data-test-id="job-type-add" onClick={() => setForm('new')}>
          {t('jobTypes.add')}
        </button>
      }
    >
      {messages.view}
      {form ? (
        <JobTypeForm
          key={form === 'new' ? 'new' : form.id}
          editing={form === 'new' ? null : form}
          onCancel={() => setForm(null)}
          onDone={(m) => {
            setForm(null);
            messages.done(m);
          }}
        />
      ) : null}
      <ListCard<JobTypeFieldsFragment>
        rows={query.data?.jobTypes}
        status={status}
        testId="job-types-table"
        rowKey={(type) => type.id}
        rowAttributes={(type) => ({
          'data-test-id': 'job-type-row',
          'data-job-type-id': type.id,
          'data-name': type.name,
          'data-price': type.price.amount,
          'data-active': type.active ? 'true' : 'false',
        })}
        empty={t('jobTypes.empty')}
        columns={[
          {
            id: 'name',
            header: t('jobTypes.col.name'),
            cell: (type) => <span className="font-medium">{type.name}</span>,
          },
          {
            id: 'price',
            header: t('jobTypes.col.price'),
            className: 'whitespace-nowrap tabular-nums',
            cell: (type) => format.money(type.price),
          },
          {
            id: 'active',
            header: t('jobTypes.col.active'),
            cell: (type) => (type.active ? t('jobTypes.active') : t('jobTypes.inactive')),
          },
          { id: 'position', header: t('jobTypes.col.position'), cell: (type) => type.position },
          {
            id: 'actions',
            header: <span className="sr-only">{t('common.actions')}</span>,
            align: 'right',
            cell: (type) => (
              <span className="inline-flex gap-2">
                <button
                  type="button"
                  className="btn btn-secondary btn-sm"
                  data-test-id="job-type-edit"
                  onClick={() => setForm(type)}
                >
                  {t('jobTypes.edit')}
                </button>
                <ConfirmButton
                  testId="job-type-delete"
                  label={t('jobTypes.delete')}
                  question={t('jobTypes.deleteQuestion', { name: type.name })}
                  onConfirm={() => messages.run(() => remove({ variables: { id: type.id } }), t('jobTypes.deleted'))}
                />
              </span>
            ),
          },
        ]}
      />
    </Page>
  );
}
