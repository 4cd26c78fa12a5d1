import { useMutation } from '@apollo/client';
import { useState } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { VoidInvoiceMutation } from './invoice.operations';

const FIELDS = ['reason'] as const;

/** Admin: voids an open invoice, with the reason the ledger and the audit trail keep. */
export function InvoiceVoidForm({ id, number, onDone }: { id: string; number: number; onDone(message: string): void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  // The answer carries the invoice: its state and document update in the cache (and in any list showing it).
  const [voidInvoice] = useMutation(VoidInvoiceMutation);
  const { errors, busy, run } = useFormSubmit(FIELDS);

  async function submit() {
    const ok = await run(() => voidInvoice({ variables: { id, reason: reason.trim() } }));
    if (ok) onDone(t('plansUser.invoice.void.done', { number }));
  }

  return (
    <Card title={t('plansUser.invoice.void.title')} testId="invoice-void-form" className="max-w-xl">
      <div className="space-y-4">
        <p className="text-sm text-muted">{t('plansUser.invoice.void.intro')}</p>
        <FormError message={errors.general} />
        <TextField
          name="reason"
          testId="invoice-void-reason"
          label={t('plansUser.invoice.void.reason')}
          hint={t('plansUser.invoice.void.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={errors.fields.reason}
          maxLength={500}
          autoComplete="off"
        />
        <ConfirmButton
          testId="invoice-void"
          label={t('plansUser.invoice.void.submit')}
          question={t('plansUser.invoice.void.question', { number })}
          busy={busy}
          onConfirm={submit}
        />
      </div>
    </Card>
  );
}
