import { useApolloClient, useMutation, useQuery } from '@apollo/client';
import { useEffect, useRef } from 'react';
import { LoadError } from '../../components/Page';
import { usePollWhile } from '../../components/usePollWhile';
import type { PaymentFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { forgetBilling } from '../payments/paymentCache';
import { CancelRedirectPaymentMutation, PaymentQuery } from '../payments/payments.operations';
import { useBillingFormat } from './InvoiceAmounts';

/** How often a payment the gateway has not confirmed is asked about: a redirect's notification comes within seconds. */
const POLL_MS = { REDIRECT: 1000, CARD: 5000 } as const;

type Look = 'good' | 'bad' | 'waiting' | 'neutral';
const LOOK: Record<Look, string> = {
  good: 'border-emerald-200 bg-emerald-50 text-emerald-800',
  bad: 'border-red-200 bg-red-50 text-red-800',
  waiting: 'border-sky-200 bg-sky-50 text-sky-900',
  neutral: 'border-line bg-slate-50 text-ink',
};

/**
 * What became of a payment (`payment-outcome`, `data-state`): after paying on this page, or back
 * from a gateway's page (`?payment=<id>`, `&cancelled=1`). While the gateway has not confirmed, the
 * payment is polled; when it settles, the invoice and the balance are read again.
 */
export function PaymentOutcome({ paymentId, cancelled }: { paymentId: string; cancelled: boolean }) {
  const client = useApolloClient();
  const query = useQuery(PaymentQuery, { variables: { id: paymentId }, fetchPolicy: 'cache-and-network' });
  const payment = query.data?.payment;
  const pending = payment?.state === 'PENDING';
  usePollWhile(query, pending && !cancelled, POLL_MS[payment?.method ?? 'REDIRECT']);

  // Back from the gateway's page without paying: the payment is cancelled (once), not left pending.
  const [cancel] = useMutation(CancelRedirectPaymentMutation);
  const cancelledOnce = useRef(false);
  useEffect(() => {
    if (!cancelled || cancelledOnce.current || payment?.state !== 'PENDING' || payment.method !== 'REDIRECT') return;
    cancelledOnce.current = true;
    void cancel({ variables: { id: payment.id } }).catch(() => undefined); // the payment shows as it is either way
  }, [cancel, cancelled, payment]);

  const seen = useRef(payment?.state);
  useEffect(() => {
    if (seen.current === 'PENDING' && payment && payment.state !== 'PENDING') {
      forgetBilling(client.cache);
      void client.refetchQueries({ include: ['InvoiceDetail'] });
    }
    seen.current = payment?.state;
  }, [client, payment]);

  if (!payment) return query.error ? <LoadError error={query.error} onRetry={() => void query.refetch()} /> : null;
  return <OutcomeMessage payment={payment} cancelled={cancelled} />;
}

function OutcomeMessage({ payment, cancelled }: { payment: PaymentFieldsFragment; cancelled: boolean }) {
  const t = useT();
  const format = useBillingFormat();
  const amount = format.money(payment.amount);
  const shown = cancelled && payment.state !== 'SUCCEEDED' ? 'CANCELLED' : payment.state;
  const { look, text } = ((): { look: Look; text: string } => {
    switch (shown) {
      case 'SUCCEEDED':
        return { look: 'good', text: t('payments.outcome.succeeded', { amount }) };
      case 'DECLINED':
        return { look: 'bad', text: t('payments.outcome.declined') };
      case 'FAILED':
        return { look: 'bad', text: t('payments.outcome.failed') };
      case 'HELD':
        return { look: 'neutral', text: t('payments.outcome.held') };
      case 'CANCELLED':
        return { look: 'neutral', text: t('payments.outcome.cancelled') };
      default:
        return {
          look: 'waiting',
          text:
            payment.method === 'REDIRECT' ? t('payments.outcome.waitingRedirect') : t('payments.outcome.pendingCard'),
        };
    }
  })();
  const showReason = payment.reason && (shown === 'DECLINED' || shown === 'FAILED');
  return (
    <div
      role={look === 'bad' ? 'alert' : 'status'}
      data-test-id="payment-outcome"
      data-payment-id={payment.id}
      data-state={payment.state}
      data-shown={shown}
      className={`rounded-lg border px-4 py-3 text-sm ${LOOK[look]}`}
    >
      <p className="flex items-center gap-2 font-medium" data-test-id="payment-outcome-text">
        {look === 'waiting' ? (
          <span
            className="size-4 shrink-0 animate-spin rounded-full border-2 border-sky-200 border-t-sky-600"
            aria-hidden="true"
          />
        ) : null}
        {text}
      </p>
      {showReason ? (
        <p className="mt-1" data-test-id="payment-outcome-reason">
          {payment.reason}
        </p>
      ) : null}
    </div>
  );
}
