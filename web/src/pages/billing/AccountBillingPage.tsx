import { useQuery } from '@apollo/client';
import { useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { LoadError, Loading, Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { useT } from '../../i18n/I18nProvider';
import { BalanceCard } from './BalanceCard';
import { BillingAccountQuery } from './billing.operations';
import { LedgerList } from './LedgerList';
import { MoneyActionForm } from './MoneyActionForm';
import { ACCOUNT_BILLING_PAGE } from './pageIds';
import { useBilling } from './useBilling';

/** Admin: one account's balance and ledger, and the form for a payment, a credit or a refund. */
export function AccountBillingPage() {
  const t = useT();
  const { id = '' } = useParams();
  const account = useQuery(BillingAccountQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const billing = useBilling(id);
  const messages = usePageMessages();
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
    <Page id={ACCOUNT_BILLING_PAGE} title={title} intro={t('billing.adminIntro', { name: a.name, login: a.owner.login })} back={back}>
      {messages.view}
      <div className="grid items-start gap-6 xl:grid-cols-3">
        <div className="space-y-6 xl:col-span-2">
          <BalanceCard audience="admin" view={billing.balance.data?.accountBalance} error={billing.balance.error} onRetry={() => void billing.balance.refetch()} />
          <LedgerList billing={billing} />
        </div>
        <MoneyActionForm accountId={a.id} currency={billing.balance.data?.accountBalance.balance.currency ?? null} onDone={messages.done} onError={messages.failed} />
      </div>
    </Page>
  );
}
