import { useMutation, useQuery } from '@apollo/client';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { TextAreaField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card, LoadError, Loading } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { JobTypeFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useBillingFormat } from '../invoices/InvoiceAmounts';
import { JobTypesQuery, OrderCustomJobMutation } from './jobs.operations';
import { jobPath } from './pageIds';

const FIELDS = ['brief'] as const;

/** The company's services (`job-type`, each with its price) and the order form of the one chosen. */
export function JobCatalogue({ accountId }: { accountId: string }) {
  const t = useT();
  const format = useBillingFormat();
  const query = useQuery(JobTypesQuery);
  const [chosen, setChosen] = useState<string | null>(null);
  const types = query.data?.jobTypes;

  return (
    <Card title={t('jobs.catalogue')} testId="job-catalogue">
      {query.error ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : !types ? (
        <Loading />
      ) : types.length === 0 ? (
        <p className="text-sm text-muted">{t('jobs.catalogueEmpty')}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {types.map((type) => (
            <li
              key={type.id}
              data-test-id="job-type"
              data-job-type-id={type.id}
              data-name={type.name}
              data-price={type.price.amount}
              className="rounded-lg border border-line p-4"
            >
              <div className="flex items-start justify-between gap-3">
                <h3 className="font-medium text-ink">{type.name}</h3>
                <span className="whitespace-nowrap font-medium tabular-nums" data-test-id="job-type-price">
                  {isFree(type) ? t('jobs.free') : format.money(type.price)}
                </span>
              </div>
              {type.description ? (
                <p className="mt-1 text-sm whitespace-pre-line text-muted">{type.description}</p>
              ) : null}
              {chosen === type.id ? (
                <OrderForm type={type} accountId={accountId} onClose={() => setChosen(null)} />
              ) : (
                <button
                  type="button"
                  className="btn btn-primary btn-sm mt-3"
                  data-test-id="job-type-order"
                  onClick={() => setChosen(type.id)}
                >
                  {t('jobs.order')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

const isFree = (type: JobTypeFieldsFragment) => /^0+(\.0+)?$/.test(type.price.amount);

/** The brief and the order button; ordering opens the new job's page. */
function OrderForm({ type, accountId, onClose }: { type: JobTypeFieldsFragment; accountId: string; onClose(): void }) {
  const t = useT();
  const format = useBillingFormat();
  const navigate = useNavigate();
  const [brief, setBrief] = useState('');
  const [order] = useMutation(OrderCustomJobMutation, { refetchQueries: ['CustomJobs'] });
  const { errors, busy, run } = useFormSubmit(FIELDS);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    let id = '';
    const ok = await run(async () => {
      const res = await order({ variables: { input: { accountId, jobTypeId: type.id, brief } } });
      id = res.data?.orderCustomJob.id ?? '';
    });
    if (ok && id) navigate(jobPath(id), { state: { notice: t('jobs.ordered') } });
  }

  return (
    <form className="mt-3 space-y-3" data-test-id="job-order-form" onSubmit={(e) => void submit(e)} noValidate>
      <FormError message={errors.general} />
      <TextAreaField
        name="brief"
        testId="job-order-brief"
        label={t('jobs.brief')}
        hint={t('jobs.briefHint')}
        value={brief}
        onChange={(e) => setBrief(e.target.value)}
        error={errors.fields.brief}
        rows={4}
        maxLength={10000}
      />
      <p className="text-xs text-muted">{t('jobs.orderNote')}</p>
      <div className="flex gap-2">
        <button type="submit" className="btn btn-primary btn-sm" data-test-id="job-order-submit" disabled={busy}>
          {t('jobs.orderSubmit', { price: isFree(type) ? t('jobs.free') : format.money(type.price) })}
        </button>
        <button type="button" className="btn btn-secondary btn-sm" onClick={onClose}>
          {t('jobs.cancelForm')}
        </button>
      </div>
    </form>
  );
}
