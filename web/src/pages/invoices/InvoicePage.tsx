import { useQuery } from '@apollo/client';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { Card, LoadError, Loading, Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import type { InvoiceDetailFieldsFragment, Role } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { isPositive } from '../billing/money';
import { accountBillingPath } from '../billing/pageIds';
import { PaymentList } from '../payments/PaymentList';
import { useBillingFormat } from './InvoiceAmounts';
import { InvoiceLines } from './InvoiceLines';
import { InvoicePayCard } from './InvoicePayCard';
import { InvoicePrint } from './InvoicePrint';
import { InvoiceStateBadge } from './InvoiceStateBadge';
import { InvoiceVoidForm } from './InvoiceVoidForm';
import { InvoiceDetailQuery } from './invoice.operations';
import { PaymentOutcome } from './PaymentOutcome';

const ADMIN_ROLES: readonly Role[] = ['MASTER_ADMIN', 'RESELLER_ADMIN'];

/**
 * One invoice (`/invoices/:id` for its owner, `/admin/invoices/:id` for admins): header, the pay card
 * while something is owed, lines and totals, its gateway payments, the printable document; admins may
 * void it while it is open. `?payment=<id>` (after paying, or back from a gateway's page) shows what
 * became of that payment; `&cancelled=1` that the customer left the gateway's page.
 */
export function InvoicePage() {
  const { id = '' } = useParams();
  const t = useT();
  const admin = useLocation().pathname.startsWith('/admin/');
  const isAdmin = ADMIN_ROLES.includes(useViewer().role);
  const messages = usePageMessages();
  const [printRequest, setPrintRequest] = useState(0);
  const [params, setParams] = useSearchParams();
  const paymentId = params.get('payment');
  const query = useQuery(InvoiceDetailQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const invoice = query.data?.invoice;
  const back = <BackLink to={admin ? '/admin/invoices' : '/invoices'} label={t('plansUser.invoice.back')} />;

  if (!invoice) {
    return (
      <Page id="invoice" title={t('plansUser.invoice.loading')} back={back}>
        {query.error ? <LoadError error={query.error} onRetry={() => void query.refetch()} /> : <Loading />}
      </Page>
    );
  }

  const print = (
    <button
      type="button"
      data-test-id="invoice-print"
      className="btn btn-secondary"
      onClick={() => setPrintRequest((n) => n + 1)}
    >
      {t('plansUser.invoice.print')}
    </button>
  );
  return (
    <Page
      id="invoice"
      title={t('plansUser.invoice.title', { number: invoice.number })}
      intro={<InvoiceStateBadge state={invoice.state} dueAt={invoice.dueAt} />}
      actions={print}
      back={back}
    >
      {messages.view}
      {paymentId ? (
        <PaymentOutcome key={paymentId} paymentId={paymentId} cancelled={params.get('cancelled') === '1'} />
      ) : null}
      <InvoiceHeader invoice={invoice} accountLink={admin && isAdmin} />
      {invoice.state === 'OPEN' && isPositive(invoice.amountDue.minorUnits) ? (
        <InvoicePayCard invoice={invoice} onPayment={(id) => setParams({ payment: id }, { replace: true })} />
      ) : null}
      <Card title={t('plansUser.invoice.lines')} flush testId="invoice-lines-card">
        <InvoiceLines priced={invoice} testId="invoice-lines" />
      </Card>
      {invoice.payments.length ? (
        <Card title={t('payments.invoice.payments')} flush testId="invoice-payments">
          <PaymentList payments={invoice.payments} empty={t('payments.list.empty')} />
        </Card>
      ) : null}
      {isAdmin && invoice.state === 'OPEN' ? (
        <InvoiceVoidForm id={invoice.id} number={invoice.number} onDone={messages.done} />
      ) : null}
      {printRequest > 0 ? <InvoicePrint html={invoice.html} number={invoice.number} request={printRequest} /> : null}
    </Page>
  );
}

/** Number, account, dates and period of an invoice. */
function InvoiceHeader({ invoice, accountLink }: { invoice: InvoiceDetailFieldsFragment; accountLink: boolean }) {
  const t = useT();
  const format = useBillingFormat();
  const account = accountLink ? (
    <Link to={accountBillingPath(invoice.accountId)} className="link" data-test-id="invoice-account-link">
      #{invoice.accountId}
    </Link>
  ) : (
    `#${invoice.accountId}`
  );
  return (
    <Card testId="invoice-header">
      <dl
        className="grid gap-x-8 gap-y-4 sm:grid-cols-3"
        data-test-id="invoice-summary"
        data-number={invoice.number}
        data-state={invoice.state}
        data-account-id={invoice.accountId}
      >
        <Item label={t('plansUser.invoice.account')} testId="invoice-account">
          {account}
        </Item>
        <Item label={t('plansUser.invoice.issued')} testId="invoice-issued">
          {format.day(invoice.issuedAt)}
        </Item>
        <Item label={t('plansUser.invoice.due')} testId="invoice-due">
          {format.day(invoice.dueAt)}
        </Item>
        <Item label={t('plansUser.invoice.paid')} testId="invoice-paid">
          {invoice.paidAt
            ? format.day(invoice.paidAt)
            : invoice.state === 'VOID'
              ? '—'
              : t('plansUser.invoice.notPaid')}
        </Item>
        {invoice.periodStart && invoice.periodEnd ? (
          <Item label={t('plansUser.invoice.period')} testId="invoice-period">
            {format.range(invoice.periodStart, invoice.periodEnd)}
          </Item>
        ) : null}
      </dl>
    </Card>
  );
}

function Item({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="mt-0.5 font-medium text-ink" data-test-id={testId}>
        {children}
      </dd>
    </div>
  );
}
