import { useApolloClient, useQuery } from '@apollo/client';
import { Link, useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { LoadError, Loading, Page } from '../../components/Page';
import { PAGE_SIZE, useListParams } from '../../components/useListParams';
import { useListQuery } from '../../components/useListQuery';
import { usePageMessages } from '../../components/PageMessages';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { MoveAccountCard } from '../accounts/MoveAccountCard';
import { InvoiceList } from '../invoices/InvoiceList';
import { adminInvoicePath } from '../invoices/AdminInvoicesPage';
import { AccountInvoicesQuery, AccountPlanQuery } from '../invoices/invoices.operations';
import { monthsLabel } from '../plans/planLabels';
import { AdminPaymentsCard } from './AdminPaymentsCard';
import { BalanceCard } from './BalanceCard';
import { BillingAccountQuery } from './billing.operations';
import { LedgerList } from './LedgerList';
import { MoneyActionForm } from './MoneyActionForm';
import { ACCOUNT_BILLING_PAGE } from './pageIds';
import { useBilling } from './useBilling';

/**
 * Admin: one account's balance, plan and invoices, gateway payments (refund, review a held one), and
 * ledger, and the form for a payment, a credit or a refund; for the master admin, moving the
 * account's web sites, DNS zones or MySQL databases to another server.
 */
export function AccountBillingPage() {
  const t = useT();
  const { id = '' } = useParams();
  const account = useQuery(BillingAccountQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const billing = useBilling(id);
  const messages = usePageMessages();
  const client = useApolloClient();
  const isMaster = useViewer().role === 'MASTER_ADMIN';
  const a = account.data?.account;
  const back = <BackLink to="/admin/accounts" label={t('billing.backToAccounts')} />;
  const title = t('billing.adminTitle', { id });

  if (!a) {
    return (
      <Page id={ACCOUNT_BILLING_PAGE} title={title} back={back}>
        {account.error ? <LoadError error={account.error} onRetry={() => void account.refetch()} /> : <Loading />}
      </Page>
    );
  }

  return (
    <Page
      id={ACCOUNT_BILLING_PAGE}
      title={title}
      intro={t('billing.adminIntro', { name: a.name, login: a.owner.login })}
      back={back}
    >
      {messages.view}
      <div className="grid items-start gap-6 xl:grid-cols-3">
        <div className="space-y-6 xl:col-span-2">
          <BalanceCard
            audience="admin"
            view={billing.balance.data?.accountBalance}
            error={billing.balance.error}
            onRetry={() => void billing.balance.refetch()}
          />
          <AccountPlanInvoices accountId={a.id} />
          <AdminPaymentsCard accountId={a.id} onDone={messages.done} />
          <LedgerList billing={billing} />
        </div>
        <div className="space-y-6">
          <MoneyActionForm
            accountId={a.id}
            currency={billing.balance.data?.accountBalance.balance.currency ?? null}
            onDone={(message) => {
              messages.done(message);
              // A payment or a credit settles open invoices: their states change with it.
              void client.refetchQueries({ include: ['AccountInvoices'] });
            }}
            onError={messages.failed}
          />
          {/* Only the master admin places accounts on servers. */}
          {isMaster ? <MoveAccountCard accountId={a.id} onDone={messages.done} /> : null}
        </div>
      </div>
    </Page>
  );
}

/** The account's plan (beside the heading) and its invoices, newest first, each opening on the admin's invoice page. */
function AccountPlanInvoices({ accountId }: { accountId: string }) {
  const t = useT();
  const list = useListParams();
  const plan = useQuery(AccountPlanQuery, { variables: { id: accountId }, fetchPolicy: 'cache-and-network' }).data
    ?.account;
  const { data, status } = useListQuery(AccountInvoicesQuery, {
    variables: { accountId, state: null, after: list.after || null, first: PAGE_SIZE },
  });
  return (
    <InvoiceList
      title={t('plansAdmin.account.invoices')}
      aside={
        plan ? (
          <span className="text-sm text-muted" data-test-id="account-plan" data-plan-id={plan.plan?.id ?? ''}>
            {plan.plan ? (
              <>
                {t('plansAdmin.account.plan')}{' '}
                <Link to={`/admin/plans/${plan.plan.id}`} className="link" data-test-id="account-plan-link">
                  {plan.plan.name}
                </Link>
                {plan.periodMonths ? ` · ${monthsLabel(t, plan.periodMonths)}` : null}
              </>
            ) : (
              t('plansAdmin.account.noPlan')
            )}
          </span>
        ) : null
      }
      invoices={data?.invoices}
      linkTo={adminInvoicePath}
      list={list}
      status={status}
      pager="account-invoices"
      empty={t('plansAdmin.account.noInvoices')}
    />
  );
}
