import { useMutation } from '@apollo/client';
import { useMemo, useState, type FormEvent } from 'react';
import { SelectField, TextField } from '../../components/Field';
import { formErrorsFrom, noErrors, type FormErrors } from '../../components/formErrors';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { textOrNull, useFormState } from '../../components/useFormState';
import { readApiError } from '../../graphql/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { locales } from '../../i18n/translate';
import { AddCreditMutation, RecordPaymentMutation, RefundPaymentMutation } from './billing.operations';
import { asMoneyAction, formatAmount, MONEY_ACTIONS, newIdempotencyKey, type MoneyAction } from './money';
import { BILLING_QUERIES } from './useBilling';

/** Input fields whose API errors show under them; the rest (currency, a stray key) go to the box above. */
const FIELDS = ['amount', 'reason', 'reference'] as const;

interface MoneyActionFormProps {
  accountId: string;
  /** The company's billing currency, from the balance; shown beside the amount. */
  currency: string | null;
  onDone(message: string): void;
  /** A business refusal (CONFLICT: a refund above the credit; NOT_FOUND) shown as the page's error. */
  onError(error: unknown): void;
}

/** Admin: record a payment received, give a credit, or refund a payment (BIL-4). */
export function MoneyActionForm({ accountId, currency, onDone, onError }: MoneyActionFormProps) {
  const { t, language } = useI18n();
  const form = useFormState({ action: 'PAYMENT', amount: '', reason: '', reference: '' });
  const action: MoneyAction = asMoneyAction(form.values.action);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState(0);
  const options = { refetchQueries: BILLING_QUERIES, awaitRefetchQueries: true };
  const [recordPayment] = useMutation(RecordPaymentMutation, options);
  const [addCredit] = useMutation(AddCreditMutation, options);
  const [refundPayment] = useMutation(RefundPaymentMutation, options);
  const { amount, reason, reference } = form.values;
  // One key per filled-in form: resending the same values (after a lost answer) writes once;
  // changed values or a written action get a new one.
  const idempotencyKey = useMemo(() => newIdempotencyKey(), [accountId, action, amount, reason, reference, written]);

  async function send() {
    const input = {
      accountId,
      amount: amount.trim(),
      reason: reason.trim(),
      reference: textOrNull(reference),
      idempotencyKey,
    };
    if (action === 'CREDIT') return (await addCredit({ variables: { input } })).data?.addCredit;
    if (action === 'REFUND') return (await refundPayment({ variables: { input } })).data?.refundPayment;
    return (await recordPayment({ variables: { input } })).data?.recordPayment;
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors(noErrors);
    try {
      const entry = await send();
      const shown = entry
        ? `${formatAmount(entry.amount.amount.replace(/^-/, ''), locales[language])} ${entry.amount.currency}`
        : amount.trim();
      onDone(t(`billing.action.done.${action}`, { amount: shown }));
      form.set('amount', '');
      form.set('reason', '');
      form.set('reference', '');
      setWritten((n) => n + 1);
    } catch (error) {
      const code = readApiError(error).code;
      if (code === 'CONFLICT' || code === 'NOT_FOUND') onError(error);
      else setErrors(formErrorsFrom(error, FIELDS, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('billing.action.title')} testId="money-action-form">
      <form noValidate onSubmit={(e) => void submit(e)} className="space-y-4">
        <FormError message={errors.general} />
        <SelectField name="action" testId="money-action" label={t('billing.action.kind')} {...form.bind('action')}>
          {MONEY_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`billing.action.${a}`)}
            </option>
          ))}
        </SelectField>
        <p className="text-xs text-muted" data-test-id="money-action-hint">
          {t(`billing.actionHint.${action}`)}
        </p>
        <TextField
          name="amount"
          testId="money-amount"
          label={currency ? t('billing.action.amountIn', { currency }) : t('billing.action.amount')}
          hint={t('billing.action.amountHint')}
          error={errors.fields.amount}
          inputMode="decimal"
          autoComplete="off"
          placeholder="25.00"
          {...form.bind('amount')}
        />
        <TextField
          name="reason"
          testId="money-reason"
          label={t('billing.action.reason')}
          hint={t('billing.action.reasonHint')}
          error={errors.fields.reason}
          maxLength={500}
          {...form.bind('reason')}
        />
        <TextField
          name="reference"
          testId="money-reference"
          label={`${t('billing.action.reference')} (${t('common.optional')})`}
          hint={t('billing.action.referenceHint')}
          error={errors.fields.reference}
          maxLength={200}
          autoComplete="off"
          {...form.bind('reference')}
        />
        <button type="submit" data-test-id="money-submit" className="btn btn-primary w-full" disabled={busy}>
          {t(`billing.action.submit.${action}`)}
        </button>
      </form>
    </Card>
  );
}
