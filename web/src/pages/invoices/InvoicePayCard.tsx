import { useMutation, useQuery } from '@apollo/client';
import { useState } from 'react';
import { generalMessage } from '../../components/formErrors';
import { FormError } from '../../components/Messages';
import { Card, LoadError, Loading } from '../../components/Page';
import type { InvoiceDetailFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { cardLabel } from '../payments/cardForm';
import { PAYMENT_MUTATION_OPTIONS } from '../payments/paymentCache';
import { PaymentSetupQuery } from '../payments/payments.operations';
import { TestModeBadge, TestModeNotice } from '../payments/TestModeNotice';
import { MoneyAmount, useBillingFormat } from './InvoiceAmounts';
import { payWaysOf } from './payWays';
import { PayWayChoice } from './PayWayChoice';
import { PayByCardForm } from './PayByCardForm';
import { PayInvoiceMutation, StartRedirectPaymentMutation } from './payInvoice.operations';

interface InvoicePayCardProps {
  invoice: InvoiceDetailFieldsFragment;
  /** A card payment was made: the page shows its outcome. */
  onPayment(paymentId: string): void;
}

/**
 * "Pay this invoice" (`invoice-pay`): the amount due, and one way to pay at a time: the saved card, a
 * new card at a card gateway, or a redirect gateway's page (the browser goes there and comes back to
 * this invoice). With more than one way, a radio group chooses; the saved card is chosen first.
 */
export function InvoicePayCard({ invoice, onPayment }: InvoicePayCardProps) {
  const t = useT();
  const setup = useQuery(PaymentSetupQuery, {
    variables: { accountId: invoice.accountId },
    fetchPolicy: 'cache-and-network',
  });
  const [paySaved] = useMutation(PayInvoiceMutation, PAYMENT_MUTATION_OPTIONS);
  const [startRedirect] = useMutation(StartRedirectPaymentMutation);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const options = setup.data?.paymentSetup.options ?? [];
  const cardOptions = options.filter((o) => o.method === 'CARD');
  const redirectOptions = options.filter((o) => o.method === 'REDIRECT');
  const saved = setup.data?.paymentSetup.savedCard;
  const savedOption = saved ? cardOptions.find((o) => o.gatewayId === saved.gatewayId) : undefined;
  const ways = payWaysOf({
    savedCard: saved && savedOption ? cardLabel(saved) : null,
    cardGateways: cardOptions.length,
    redirects: redirectOptions,
  });
  // The saved card first when there is one; a way chosen before stays chosen while it is offered.
  const [chosen, setChosen] = useState<string | null>(null);
  const way = ways.find((w) => w.id === chosen) ?? ways[0];
  const format = useBillingFormat();

  async function act(action: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(generalMessage(err, t));
      setBusy(false);
    }
  }

  const withSavedCard = () =>
    act(async () => {
      const res = await paySaved({ variables: { input: { invoiceId: invoice.id } } });
      setBusy(false);
      if (res.data) onPayment(res.data.payInvoice.id);
    });
  // The page is left for the gateway's: the button stays busy until the browser goes.
  const onGatewayPage = (gatewayId: string) =>
    act(async () => {
      const res = await startRedirect({ variables: { invoiceId: invoice.id, gatewayId } });
      if (res.data) window.location.assign(res.data.startRedirectPayment.url);
    });

  return (
    <Card title={t('payments.pay.title')} testId="invoice-pay" className="max-w-2xl">
      <div className="space-y-5">
        <p className="flex flex-wrap items-baseline gap-2 text-sm text-muted">
          {t('payments.pay.amountDue')}
          <MoneyAmount
            money={invoice.amountDue}
            testId="invoice-amount-due"
            className="text-xl font-semibold text-ink"
          />
        </p>
        {!setup.data ? (
          setup.error ? (
            <LoadError error={setup.error} onRetry={() => void setup.refetch()} />
          ) : (
            <Loading />
          )
        ) : options.length === 0 ? (
          <p className="text-sm text-muted" data-test-id="pay-no-options">
            {t('payments.pay.noOptions')}
          </p>
        ) : (
          <>
            {options.some((o) => o.testMode) ? <TestModeNotice testId="pay-test-mode" /> : null}
            <FormError message={error} />
            {ways.length > 1 ? <PayWayChoice ways={ways} chosen={way} onChoose={setChosen} disabled={busy} /> : null}
            {way?.kind === 'SAVED' && saved ? (
              <button
                type="button"
                data-test-id="pay-saved-card"
                data-card-id={saved.id}
                className="btn btn-primary"
                disabled={busy}
                onClick={() => void withSavedCard()}
              >
                {t('payments.pay.savedSubmit', { amount: format.money(invoice.amountDue), card: cardLabel(saved) })}
              </button>
            ) : null}
            {way?.kind === 'REDIRECT' ? (
              <div className="flex flex-wrap items-center gap-2">
                <button
                  type="button"
                  data-test-id="pay-redirect"
                  data-gateway-id={way.gatewayId}
                  data-gateway-name={way.name}
                  className="btn btn-primary"
                  disabled={busy}
                  onClick={() => void onGatewayPage(way.gatewayId)}
                >
                  {t('payments.pay.toGateway', { name: way.name })}
                </button>
                {way.testMode ? <TestModeBadge /> : null}
              </div>
            ) : null}
            {way?.kind === 'CARD' ? (
              <PayByCardForm
                invoiceId={invoice.id}
                amountDue={invoice.amountDue}
                options={cardOptions}
                onPayment={onPayment}
              />
            ) : null}
          </>
        )}
      </div>
    </Card>
  );
}
