import { Card, Page } from '../../components/Page';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { invoicePath } from '../invoices/InvoicesPage';
import { AccountPaymentsCard } from '../payments/AccountPaymentsCard';
import { BalanceCard } from './BalanceCard';
import { LedgerList } from './LedgerList';
import { SavedCardCard } from './SavedCardCard';
import { BILLING_PAGE } from './pageIds';
import { useBilling } from './useBilling';

/** The active account's balance, saved card, gateway payments and ledger, as its owner sees them. */
export function BillingPage() {
  const t = useT();
  const account = useViewer().activeAccount;
  const billing = useBilling(account?.id ?? null);
  const intro = account ? t('billing.intro', { id: account.id, name: account.name }) : undefined;

  return (
    <Page id={BILLING_PAGE} title={t('billing.title')} intro={intro}>
      {!account ? (
        <Card>{t('account.none')}</Card>
      ) : (
        <div className="space-y-6">
          <BalanceCard
            audience="self"
            view={billing.balance.data?.accountBalance}
            error={billing.balance.error}
            onRetry={() => void billing.balance.refetch()}
          />
          <SavedCardCard accountId={account.id} />
          <AccountPaymentsCard accountId={account.id} invoiceLink={invoicePath} />
          <LedgerList billing={billing} />
        </div>
      )}
    </Page>
  );
}
