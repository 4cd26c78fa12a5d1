import { useMutation, useQuery } from '@apollo/client';
import { useState } from 'react';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { useBillingFormat } from '../invoices/InvoiceAmounts';
import { CreateCustomJobMutation, JobTypesQuery } from './jobs.operations';

const FIELDS = ['accountId', 'jobTypeId', 'title', 'price', 'brief'] as const;
const EMPTY = { accountId: '', jobTypeId: '', title: '', price: '', brief: '' };

/** Staff open a job for a customer's account (invoiced at once), with their own title or price if they like. */
export function CreateJobForm({ onDone }: { onDone(message: string): void }) {
  const t = useT();
  const format = useBillingFormat();
  const types = useQuery(JobTypesQuery).data?.jobTypes ?? [];
  const [v, setV] = useState(EMPTY);
  const [create] = useMutation(CreateCustomJobMutation, { refetchQueries: ['CustomJobs'] });
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const set = (name: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setV((old) => ({ ...old, [name]: e.target.value }));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    let id = '';
    const ok = await run(async () => {
      const res = await create({
        variables: {
          input: {
            accountId: v.accountId.trim(),
            jobTypeId: v.jobTypeId,
            brief: v.brief,
            title: v.title.trim() || null,
            price: v.price.trim() || null,
          },
        },
      });
      id = res.data?.createCustomJob.id ?? '';
    });
    if (ok) {
      setV(EMPTY);
      onDone(t('jobsAdmin.created', { id }));
    }
  }

  return (
    <Card title={t('jobsAdmin.create')} testId="job-create-form">
      <form className="grid gap-4 sm:grid-cols-2" onSubmit={(e) => void submit(e)} noValidate>
        <div className="sm:col-span-2">
          <FormError message={errors.general} />
        </div>
        <TextField
          name="accountId"
          testId="job-create-account"
          label={t('jobsAdmin.accountId')}
          value={v.accountId}
          onChange={set('accountId')}
          error={errors.fields.accountId}
          inputMode="numeric"
          autoComplete="off"
        />
        <SelectField
          name="jobTypeId"
          testId="job-create-type"
          label={t('jobsAdmin.jobType')}
          value={v.jobTypeId}
          onChange={set('jobTypeId')}
          error={errors.fields.jobTypeId}
        >
          <option value="">{t('jobsAdmin.chooseType')}</option>
          {types.map((type) => (
            <option key={type.id} value={type.id}>
              {type.name} ({format.money(type.price)})
            </option>
          ))}
        </SelectField>
        <TextField
          name="title"
          testId="job-create-title"
          label={t('jobsAdmin.jobTitle')}
          hint={t('jobsAdmin.jobTitleHint')}
          value={v.title}
          onChange={set('title')}
          error={errors.fields.title}
          maxLength={200}
        />
        <TextField
          name="price"
          testId="job-create-price"
          label={t('jobsAdmin.price')}
          hint={t('jobsAdmin.priceHint')}
          value={v.price}
          onChange={set('price')}
          error={errors.fields.price}
          inputMode="decimal"
        />
        <TextAreaField
          name="brief"
          testId="job-create-brief"
          label={t('job.brief')}
          value={v.brief}
          onChange={set('brief')}
          error={errors.fields.brief}
          rows={3}
          className="sm:col-span-2"
          maxLength={10000}
        />
        <div className="sm:col-span-2">
          <button type="submit" className="btn btn-primary" data-test-id="job-create-submit" disabled={busy}>
            {t('jobsAdmin.createSubmit')}
          </button>
        </div>
      </form>
    </Card>
  );
}
