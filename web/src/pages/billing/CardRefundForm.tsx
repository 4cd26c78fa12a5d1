import { useMutation } from '@apollo/client';
import type { FormEvent } from 'react';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { useFormState } from '../../components/useFormState';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { PaymentFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useBillingFormat } from '../invoices/InvoiceAmounts';
import { forgetBilling } from '../payments/paymentCache';
import { RefundCardPaymentMutation } from './paymentActions.operations';

const FIELDS = ['amount', 'reason'] as const;

interface PaymentFormProps {
  payment: PaymentFieldsFragment;
  onClose(): void;
  onDone(message: string): void;
}

/** Admin: money back to the card a payment came from (`refund-*`): at most what is left to refund, with a reason. */
export function CardRefundForm({ payment, onClose, onDone }: PaymentFormProps) {
  const t = useT();
  const format = useBillingFormat();
  const form = useFormState({ amount: payment.refundable.amount, reason: '' });
  const [refund] = useMutation(RefundCardPaymentMutation, { update: (cache) => forgetBilling(cache) });
  const { errors, setErrors, busy, run } = useFormSubmit(FIELDS);
  const via = payment.card ?? payment.gatewayName;

  async function submit(e: FormEvent) {
    e.preventDefault();
    let answer: PaymentFieldsFragment | undefined;
    await run(async () => {
      answer = (
        await refund({
          variables: {
            input: { paymentId: payment.id, amount: form.values.amount.trim(), reason: form.values.reason.trim() },
          },
        })
      ).data?.refundCardPayment;
    });
    if (!answer) return;
    const amount = format.money(answer.amount);
    if (answer.state === 'SUCCEEDED') onDone(t('payments.refund.done', { amount, via }));
    else if (answer.state === 'PENDING') onDone(t('payments.refund.pending', { amount, via }));
    else {
      setErrors({
        general: t('payments.refund.refused', { reason: answer.reason ?? t(`payments.state.${answer.state}`) }),
        fields: {},
      });
      return;
    }
    onClose();
  }

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="space-y-4 border-t border-line p-5 sm:px-6"
      data-test-id="refund-form"
      data-payment-id={payment.id}
    >
      <h3 className="font-medium text-ink">{t('payments.refund.title', { via })}</h3>
      <p className="text-sm text-muted">{t('payments.refund.intro', { amount: format.money(payment.refundable) })}</p>
      <FormError message={errors.general} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="amount"
          testId="refund-amount"
          label={t('payments.refund.amount', { currency: payment.currency })}
          error={errors.fields.amount}
          inputMode="decimal"
          autoComplete="off"
          {...form.bind('amount')}
        />
        <TextField
          name="reason"
          testId="refund-reason"
          label={t('payments.refund.reason')}
          hint={t('payments.refund.reasonHint')}
          error={errors.fields.reason}
          maxLength={500}
          {...form.bind('reason')}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" data-test-id="refund-submit" className="btn btn-danger" disabled={busy}>
          {t('payments.refund.submit')}
        </button>
        <button type="button" data-test-id="refund-close" className="btn btn-ghost" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
