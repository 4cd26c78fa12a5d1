import { useMutation, useQuery } from '@apollo/client';
import { useMemo, useState, type FormEvent } from 'react';
import { DataTable } from '../../components/DataTable';
import { TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Messages';
import { Card, LoadError, Loading } from '../../components/Page';
import { useFormState } from '../../components/useFormState';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useI18n } from '../../i18n/I18nProvider';
import { locales } from '../../i18n/translate';
import { formatAmount } from '../billing/money';
import { startOfDay } from './billingSettings';
import { AddTaxRateMutation, TaxRatesQuery } from './billingSettings.operations';

const FIELDS = ['name', 'ratePercent', 'validFrom'] as const;

/** Admin: the company's tax rates, newest first, and a new one from a date on (`tax-*`). Rates are never edited. */
export function TaxRatesCard() {
  const { t, language } = useI18n();
  const query = useQuery(TaxRatesQuery, { fetchPolicy: 'cache-and-network' });
  const [add] = useMutation(AddTaxRateMutation, { refetchQueries: ['TaxRates'], awaitRefetchQueries: true });
  const form = useFormState({ name: '', ratePercent: '', validFrom: '' });
  const { errors, setErrors, busy, run } = useFormSubmit(FIELDS);
  const [notice, setNotice] = useState<string | null>(null);
  const day = useMemo(() => new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium' }), [language]);
  const rates = query.data?.taxRates;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    const validFrom = startOfDay(form.values.validFrom);
    if (!validFrom) {
      setErrors({ general: null, fields: { validFrom: t('plansAdmin.error.date') } });
      return;
    }
    const name = form.values.name.trim();
    const ok = await run(() =>
      add({ variables: { input: { name, ratePercent: form.values.ratePercent.trim(), validFrom } } }),
    );
    if (ok) {
      setNotice(
        t('plansAdmin.tax.added', {
          name,
          percent: formatAmount(form.values.ratePercent.trim(), locales[language]),
          date: day.format(new Date(validFrom)),
        }),
      );
      form.reset();
    }
  }

  return (
    <Card title={t('plansAdmin.tax.title')} className="max-w-2xl" testId="tax-rates">
      <div className="space-y-5">
        <p className="text-sm text-muted">{t('plansAdmin.tax.intro')}</p>
        <Notice message={notice} />
        {rates ? (
          <div className="overflow-x-auto rounded-lg border border-line">
            <DataTable
              testId="tax-rates-table"
              rows={rates}
              rowKey={(r) => r.id}
              rowAttributes={(r) => ({
                'data-test-id': 'tax-rate-row',
                'data-name': r.name,
                'data-rate': r.ratePercent,
                'data-valid-from': r.validFrom,
              })}
              empty={t('plansAdmin.tax.empty')}
              columns={[
                { id: 'name', header: t('plansAdmin.tax.col.name'), className: 'font-medium', cell: (r) => r.name },
                {
                  id: 'rate',
                  header: t('plansAdmin.tax.col.rate'),
                  className: 'whitespace-nowrap tabular-nums',
                  cell: (r) => `${r.ratePercent} %`,
                },
                {
                  id: 'validFrom',
                  header: t('plansAdmin.tax.col.validFrom'),
                  className: 'whitespace-nowrap',
                  cell: (r) => day.format(new Date(r.validFrom)),
                },
              ]}
            />
          </div>
        ) : query.error ? (
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Loading />
        )}
        <form noValidate onSubmit={(e) => void submit(e)} className="space-y-4" data-test-id="tax-add-form">
          <h3 className="text-sm font-semibold text-ink">{t('plansAdmin.tax.addTitle')}</h3>
          <FormError message={errors.general} />
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField
              name="name"
              testId="tax-name"
              label={t('plansAdmin.tax.name')}
              error={errors.fields.name}
              autoComplete="off"
              maxLength={100}
              placeholder={t('plansAdmin.tax.namePlaceholder')}
              {...form.bind('name')}
            />
            <TextField
              name="ratePercent"
              testId="tax-rate"
              label={t('plansAdmin.tax.ratePercent')}
              hint={t('plansAdmin.tax.ratePercentHint')}
              error={errors.fields.ratePercent}
              inputMode="decimal"
              autoComplete="off"
              placeholder="19"
              {...form.bind('ratePercent')}
            />
            <TextField
              name="validFrom"
              testId="tax-valid-from"
              type="date"
              label={t('plansAdmin.tax.validFrom')}
              error={errors.fields.validFrom}
              {...form.bind('validFrom')}
            />
          </div>
          <button type="submit" data-test-id="tax-add" className="btn btn-primary" disabled={busy}>
            {t('plansAdmin.tax.add')}
          </button>
        </form>
      </div>
    </Card>
  );
}
