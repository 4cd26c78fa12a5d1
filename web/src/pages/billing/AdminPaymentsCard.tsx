import { useState } from 'react';
import type { PaymentFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { adminInvoicePath } from '../invoices/AdminInvoicesPage';
import { AccountPaymentsCard } from '../payments/AccountPaymentsCard';
import { CardRefundForm } from './CardRefundForm';
import { HeldPaymentForm } from './HeldPaymentForm';
import { isPositive } from './money';

type Chosen = { payment: PaymentFieldsFragment; action: 'refund' | 'resolve' };

const refundable = (p: PaymentFieldsFragment) =>
  p.kind === 'CHARGE' && p.state === 'SUCCEEDED' && isPositive(p.refundable.minorUnits);

/** Admin: an account's gateway payments, with Refund on a succeeded charge and Review on a held payment. */
export function AdminPaymentsCard({ accountId, onDone }: { accountId: string; onDone(message: string): void }) {
  const t = useT();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const close = () => setChosen(null);
  const choose = (payment: PaymentFieldsFragment, action: Chosen['action']) => setChosen({ payment, action });

  return (
    <AccountPaymentsCard
      accountId={accountId}
      invoiceLink={adminInvoicePath}
      actions={(p) =>
        refundable(p) ? (
          <button
            type="button"
            data-test-id="payment-refund"
            className="btn btn-secondary btn-sm"
            onClick={() => choose(p, 'refund')}
          >
            {t('payments.refund.open')}
          </button>
        ) : p.state === 'HELD' ? (
          <button
            type="button"
            data-test-id="payment-resolve"
            className="btn btn-secondary btn-sm"
            onClick={() => choose(p, 'resolve')}
          >
            {t('payments.held.open')}
          </button>
        ) : null
      }
      footer={
        chosen?.action === 'refund' ? (
          <CardRefundForm key={chosen.payment.id} payment={chosen.payment} onClose={close} onDone={onDone} />
        ) : chosen?.action === 'resolve' ? (
          <HeldPaymentForm key={chosen.payment.id} payment={chosen.payment} onClose={close} onDone={onDone} />
        ) : null
      }
    />
  );
}
