import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Badge, type Tone } from '../../components/Badge';
import { DataTable, type DataTableProps, type RowAttributes } from '../../components/DataTable';
import type { PaymentFieldsFragment, PaymentState } from '../../graphql/generated/graphql';
import { useI18n, useT } from '../../i18n/I18nProvider';
import { MoneyAmount } from '../invoices/InvoiceAmounts';
import { TestModeBadge } from './TestModeNotice';

const TONE: Record<PaymentState, Tone> = {
  PENDING: 'blue',
  SUCCEEDED: 'green',
  DECLINED: 'red',
  FAILED: 'red',
  HELD: 'amber',
  CANCELLED: 'gray',
};

/** Where a payment stands at its gateway. */
export function PaymentStateBadge({ state }: { state: PaymentState }) {
  const t = useT();
  return (
    <Badge tone={TONE[state]} value={state} testId="payment-state">
      {t(`payments.state.${state}`)}
    </Badge>
  );
}

interface PaymentColumnsOptions {
  /** Where a payment's invoice opens (a link under the date), for the payments of a whole account. */
  invoiceLink?(invoiceId: string): string;
  /** Where a payment's account opens (a link under the date), for the payments of a whole company. */
  accountLink?(accountId: string): string;
  /** An admin's actions on a row (refund, resolve a held payment). */
  actions?(payment: PaymentFieldsFragment): ReactNode;
}

interface PaymentListProps extends PaymentColumnsOptions {
  payments: readonly PaymentFieldsFragment[];
  empty: string;
}

/** The `payment-row` attributes tests and scripts read a payment by. */
export const paymentRowAttributes = (p: PaymentFieldsFragment): RowAttributes => ({
  'data-test-id': 'payment-row',
  'data-payment-id': p.id,
  'data-kind': p.kind,
  'data-state': p.state,
  'data-method': p.method,
  'data-amount': p.amount.amount,
  'data-currency': p.amount.currency,
  'data-refundable': p.refundable.amount,
  'data-invoice-id': p.invoiceId ?? '',
  'data-test-mode': String(p.testMode),
});

/**
 * Gateway payments and refunds, newest first (`payment-row`): date (and invoice), state (refunds
 * marked, the gateway's reason under it), amount (and what a notification reported when it
 * differed), the card or gateway.
 */
export function PaymentList({ payments, empty, ...options }: PaymentListProps) {
  return (
    <DataTable<PaymentFieldsFragment>
      testId="payments-table"
      rows={payments}
      rowKey={(p) => p.id}
      rowAttributes={paymentRowAttributes}
      empty={empty}
      columns={usePaymentColumns(options)}
    />
  );
}

/** The columns of a list of payments (PaymentList's, and the admin's list of the company's). */
export function usePaymentColumns({
  invoiceLink,
  accountLink,
  actions,
}: PaymentColumnsOptions): DataTableProps<PaymentFieldsFragment>['columns'] {
  const { t, formatDate } = useI18n();
  return [
    {
      id: 'date',
      header: t('payments.col.date'),
      className: 'min-w-28 text-muted',
      cell: (p) => (
        <>
          {formatDate(p.createdAt)}
          {accountLink ? (
            <Link to={accountLink(p.accountId)} className="link block text-xs" data-test-id="payment-account">
              {t('payments.accountLink', { id: p.accountId })}
            </Link>
          ) : null}
          {invoiceLink && p.invoiceId ? (
            <Link to={invoiceLink(p.invoiceId)} className="link block text-xs" data-test-id="payment-invoice">
              {t('payments.invoiceLink')}
            </Link>
          ) : null}
        </>
      ),
    },
    {
      id: 'state',
      header: t('payments.col.state'),
      cell: (p) => (
        <>
          <PaymentStateBadge state={p.state} />
          {p.kind === 'REFUND' ? (
            <span className="mt-1 block text-xs font-medium text-ink" data-test-id="payment-kind">
              {t('payments.kind.REFUND')}
            </span>
          ) : null}
          {p.reason ? (
            <span className="mt-1 block max-w-60 text-xs break-words text-muted" data-test-id="payment-reason">
              {p.reason}
            </span>
          ) : null}
        </>
      ),
    },
    {
      id: 'amount',
      header: t('payments.col.amount'),
      align: 'right',
      cell: (p) => (
        <>
          <MoneyAmount money={p.amount} testId="payment-amount" className="font-medium" />
          {p.received ? (
            <span className="block text-xs whitespace-nowrap text-amber-800" data-test-id="payment-received">
              {t('payments.received')} <MoneyAmount money={p.received} />
            </span>
          ) : null}
        </>
      ),
    },
    {
      id: 'via',
      header: t('payments.col.via'),
      cell: (p) => (
        <>
          <span className="block whitespace-nowrap" data-test-id="payment-via">
            {p.card ?? p.gatewayName}
          </span>
          <span className="mt-0.5 flex flex-wrap items-center gap-1.5 text-xs text-muted">
            {p.card ? <span className="whitespace-nowrap">{p.gatewayName}</span> : null}
            {p.testMode ? <TestModeBadge /> : null}
          </span>
        </>
      ),
    },
    actions && {
      id: 'actions',
      header: <span className="sr-only">{t('common.actions')}</span>,
      align: 'right',
      cell: (p) => actions(p),
    },
  ];
}
