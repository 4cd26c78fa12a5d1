import { useMutation } from '@apollo/client';
import { useState } from 'react';
import { CheckboxField, TextAreaField, TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { JobTypeFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { CreateJobTypeMutation, UpdateJobTypeMutation } from './jobs.operations';

const FIELDS = ['name', 'description', 'price', 'position', 'active'] as const;

/** Adds a job type, or edits `editing`; prices in major units of the company's currency. */
export function JobTypeForm({
  editing,
  onDone,
  onCancel,
}: {
  editing: JobTypeFieldsFragment | null;
  onDone(message: string): void;
  onCancel(): void;
}) {
  const t = useT();
  const [v, setV] = useState({
    name: editing?.name ?? '',
    description: editing?.description ?? '',
    price: editing?.price.amount ?? '',
    position: String(editing?.position ?? 0),
    active: editing?.active ?? true,
  });
  const [create] = useMutation(CreateJobTypeMutation, { refetchQueries: ['JobTypes'] });
  const [update] = useMutation(UpdateJobTypeMutation);
  const { errors, busy, run } = useFormSubmit(FIELDS);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const input = {
      name: v.name,
      description: v.description,
      price: v.price,
      position: /^\d+$/.test(v.position.trim()) ? Number(v.position.trim()) : 0,
      active: v.active,
    };
    const ok = await run(() =>
      editing ? update({ variables: { id: editing.id, input } }) : create({ variables: { input } }),
    );
    if (ok) onDone(t('jobTypes.saved'));
  }

  return (
    <Card title={editing ? t('jobTypes.editTitle', { name: editing.name }) : t('jobTypes.add')} testId="job-type-form">
      <form className="grid gap-4 sm:grid-cols-2" onSubmit={(e) => void submit(e)} noValidate>
        <div className="sm:col-span-2">
          <FormError message={errors.general} />
        </div>
        <TextField
          name="name"
          testId="job-type-name"
          label={t('jobTypes.name')}
          value={v.name}
          onChange={(e) => setV({ ...v, name: e.target.value })}
          error={errors.fields.name}
          maxLength={120}
        />
        <TextField
          name="price"
          testId="job-type-price-input"
          label={t('jobTypes.price')}
          hint={t('jobTypes.priceHint')}
          value={v.price}
          onChange={(e) => setV({ ...v, price: e.target.value })}
          error={errors.fields.price}
          inputMode="decimal"
        />
        <TextAreaField
          name="description"
          testId="job-type-description"
          label={t('jobTypes.description')}
          value={v.description}
          onChange={(e) => setV({ ...v, description: e.target.value })}
          error={errors.fields.description}
          rows={3}
          className="sm:col-span-2"
          maxLength={5000}
        />
        <TextField
          name="position"
          testId="job-type-position"
          label={t('jobTypes.position')}
          value={v.position}
          onChange={(e) => setV({ ...v, position: e.target.value })}
          error={errors.fields.position}
          inputMode="numeric"
        />
        <div className="self-end pb-2">
          <CheckboxField
            testId="job-type-active"
            label={t('jobTypes.activeCheck')}
            checked={v.active}
            onChange={(e) => setV({ ...v, active: e.target.checked })}
          />
        </div>
        <div className="flex gap-2 sm:col-span-2">
          <button type="submit" className="btn btn-primary" data-test-id="job-type-save" disabled={busy}>
            {t('jobTypes.save')}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onCancel}>
            {t('jobTypes.cancel')}
          </button>
        </div>
      </form>
    </Card>
  );
}
