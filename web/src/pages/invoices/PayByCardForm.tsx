import { useMutation } from '@apollo/client';
import type { FormEvent } from 'react';
import { CheckboxField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { useFormState } from '../../components/useFormState';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { CardFields } from '../payments/CardFields';
import { CARD_FIELDS, cardInput, EMPTY_CARD } from '../payments/cardForm';
import { GatewayField, type CardOption } from '../payments/GatewayField';
import { PAYMENT_MUTATION_OPTIONS } from '../payments/paymentCache';
import { useBillingFormat, type MoneyView } from './InvoiceAmounts';
import { PayInvoiceMutation } from './payInvoice.operations';

interface PayByCardFormProps {
  invoiceId: string;
  amountDue: MoneyView;
  /** The company's card gateways in the invoice's currency (at least one). */
  options: readonly CardOption[];
  /** The payment made, whatever the gateway answered (succeeded, declined, pending). */
  onPayment(paymentId: string): void;
}

/** A new card, charged now at a card gateway; optionally kept for automatic payments (`pay-card-*`). */
export function PayByCardForm({ invoiceId, amountDue, options, onPayment }: PayByCardFormProps) {
  const t = useT();
  const format = useBillingFormat();
  const form = useFormState({ ...EMPTY_CARD, gatewayId: options[0]!.gatewayId, saveCard: false });
  // A saved card shows on the billing page and as "Pay with …": the setup is read again with the invoice.
  const [pay] = useMutation(PayInvoiceMutation, {
    ...PAYMENT_MUTATION_OPTIONS,
    refetchQueries: ['InvoiceDetail', 'PaymentSetup'],
  });
  const { errors, setErrors, busy, run } = useFormSubmit(CARD_FIELDS);
  const gatewayId = options.some((o) => o.gatewayId === form.values.gatewayId)
    ? form.values.gatewayId
    : options[0]!.gatewayId;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const built = cardInput(form.values);
    if (built.problems) {
      const fields = Object.fromEntries(
        Object.entries(built.problems).map(([field, problem]) => [field, t(`payments.card.error.${problem}`)]),
      );
      setErrors({ general: null, fields });
      return;
    }
    let paymentId: string | undefined;
    await run(async () => {
      const res = await pay({
        variables: { input: { invoiceId, gatewayId, card: built.card, saveCard: form.values.saveCard } },
      });
      paymentId = res.data?.payInvoice.id;
    });
    if (paymentId) onPayment(paymentId);
  }

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="space-y-4"
      data-test-id="pay-card-form"
      aria-label={t('payments.pay.newCard')}
    >
      <h3 className="font-medium text-ink">{t('payments.pay.newCard')}</h3>
      <FormError message={errors.general} />
      <GatewayField
        testId="pay-card-gateway"
        options={options}
        value={gatewayId}
        onChange={(v) => form.set('gatewayId', v)}
        error={errors.fields.gatewayId}
      />
      <CardFields
        prefix="pay-card"
        values={form.values}
        set={(name, value) => form.set(name, value)}
        errors={errors.fields}
      />
      <CheckboxField
        testId="pay-card-save"
        label={t('payments.pay.saveCard')}
        hint={t('payments.pay.saveCardHint')}
        {...form.check('saveCard')}
      />
      <button type="submit" data-test-id="pay-card-submit" className="btn btn-primary w-full sm:w-auto" disabled={busy}>
        {busy ? t('payments.pay.paying') : t('payments.pay.submit', { amount: format.money(amountDue) })}
      </button>
    </form>
  );
}
