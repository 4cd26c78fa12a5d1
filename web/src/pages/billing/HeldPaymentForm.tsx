import { useMutation } from '@apollo/client';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { textOrNull, useFormState } from '../../components/useFormState';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { PaymentFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { MoneyAmount, useBillingFormat } from '../invoices/InvoiceAmounts';
import { forgetBilling } from '../payments/paymentCache';
import { ResolveHeldPaymentMutation } from './paymentActions.operations';

const FIELDS = ['note', 'transactionId'] as const;

interface HeldPaymentFormProps {
  payment: PaymentFieldsFragment;
  onClose(): void;
  onDone(message: string): void;
}

/**
 * Admin: decides on a HELD payment (`held-*`): why it is held and what the gateway reported; credit
 * it (what was reported, else its amount) or cancel it, with a note of what was checked.
 */
export function HeldPaymentForm({ payment, onClose, onDone }: HeldPaymentFormProps) {
  const t = useT();
  const format = useBillingFormat();
  const form = useFormState({ note: '', transactionId: payment.transactionId ?? '' });
  const [resolve] = useMutation(ResolveHeldPaymentMutation, { update: (cache) => forgetBilling(cache) });
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const credited = payment.received ?? payment.amount;

  async function decide(credit: boolean) {
    const input = {
      paymentId: payment.id,
      credit,
      note: form.values.note.trim(),
      transactionId: textOrNull(form.values.transactionId),
    };
    const ok = await run(() => resolve({ variables: { input } }));
    if (!ok) return;
    onDone(credit ? t('payments.held.credited', { amount: format.money(credited) }) : t('payments.held.cancelled'));
    onClose();
  }

  return (
    <form
      noValidate
      onSubmit={(e) => e.preventDefault()}
      className="space-y-4 border-t border-line p-5 sm:px-6"
      data-test-id="held-form"
      data-payment-id={payment.id}
    >
      <h3 className="font-medium text-ink">{t('payments.held.title')}</h3>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-muted">{t('payments.held.reason')}</dt>
        <dd data-test-id="held-reason">{payment.reason ?? '—'}</dd>
        <dt className="text-muted">{t('payments.held.amount')}</dt>
        <dd>
          <MoneyAmount money={payment.amount} testId="held-amount" />
        </dd>
        <dt className="text-muted">{t('payments.held.received')}</dt>
        <dd>{payment.received ? <MoneyAmount money={payment.received} testId="held-received" /> : '—'}</dd>
      </dl>
      <FormError message={errors.general} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="note"
          testId="held-note"
          label={t('payments.held.note')}
          hint={t('payments.held.noteHint')}
          error={errors.fields.note}
          maxLength={500}
          {...form.bind('note')}
        />
        <TextField
          name="transactionId"
          testId="held-transaction"
          label={`${t('payments.held.transactionId')} (${t('common.optional')})`}
          error={errors.fields.transactionId}
          autoComplete="off"
          spellCheck={false}
          {...form.bind('transactionId')}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          data-test-id="held-credit"
          className="btn btn-primary"
          disabled={busy}
          onClick={() => void decide(true)}
        >
          {t('payments.held.credit', { amount: format.money(credited) })}
        </button>
        <button
          type="button"
          data-test-id="held-cancel"
          className="btn btn-danger"
          disabled={busy}
          onClick={() => void decide(false)}
        >
          {t('payments.held.cancel')}
        </button>
        <button type="button" data-test-id="held-close" className="btn btn-ghost" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
