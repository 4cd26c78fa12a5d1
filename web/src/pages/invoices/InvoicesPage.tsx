import { Card, Page } from '../../components/Page';
import { PAGE_SIZE, useListParams } from '../../components/useListParams';
import { useListQuery } from '../../components/useListQuery';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { InvoiceList, InvoiceStateFilter, invoiceStateOf } from './InvoiceList';
import { AccountInvoicesQuery } from './invoices.operations';

/** Where an invoice opens for its owner. */
export const invoicePath = (id: string) => `/invoices/${id}`;

/** The active account's invoices, newest first, for its owner (or an admin on an account of their own). */
export function InvoicesPage() {
  const t = useT();
  const account = useViewer().activeAccount;
  const list = useListParams();
  const state = invoiceStateOf(list);
  // The account is named even for an end user: without it an admin would get the whole company's invoices.
  const { data, status } = useListQuery(AccountInvoicesQuery, {
    variables: { accountId: account?.id ?? '', state, after: list.after || null, first: PAGE_SIZE },
    skip: !account,
  });

  return (
    <Page
      id="invoices"
      title={t('plansAdmin.invoices.title')}
      intro={account ? t('plansAdmin.invoices.intro', { id: account.id, name: account.name }) : undefined}
    >
      {!account ? (
        <Card>{t('account.none')}</Card>
      ) : (
        <InvoiceList
          invoices={data?.invoices}
          linkTo={invoicePath}
          list={list}
          status={status}
          pager="invoices"
          empty={t('plansAdmin.invoices.emptyOwn')}
          toolbar={<InvoiceStateFilter testId="invoices-state" list={list} />}
        />
      )}
    </Page>
  );
}
