import { Page } from '../../components/Page';
import { SearchBox } from '../../components/SearchBox';
import { PAGE_SIZE, useListParams } from '../../components/useListParams';
import { useListQuery } from '../../components/useListQuery';
import { useT } from '../../i18n/I18nProvider';
import { InvoiceList, InvoiceStateFilter, invoiceStateOf } from './InvoiceList';
import { AdminInvoicesQuery } from './invoices.operations';

/** Admin: where an invoice of the company opens. */
export const adminInvoicePath = (id: string) => `/admin/invoices/${id}`;

/** Admin: every invoice of the company, newest first; search by number, filter by state. */
export function AdminInvoicesPage() {
  const t = useT();
  const list = useListParams();
  const state = invoiceStateOf(list);
  const { data, status } = useListQuery(AdminInvoicesQuery, {
    variables: { state, search: list.search || null, after: list.after || null, first: PAGE_SIZE },
  });

  return (
    <Page id="admin-invoices" title={t('plansAdmin.invoices.adminTitle')} intro={t('plansAdmin.invoices.adminIntro')}>
      <InvoiceList
        invoices={data?.invoices}
        linkTo={adminInvoicePath}
        list={list}
        status={status}
        pager="invoices"
        showAccount
        empty={t('plansAdmin.invoices.empty')}
        toolbar={
          <>
            <SearchBox
              prefix="invoices"
              label={t('plansAdmin.invoices.searchLabel')}
              placeholder={t('plansAdmin.invoices.searchPlaceholder')}
              value={list.search}
              onSearch={list.setSearch}
            />
            <InvoiceStateFilter testId="invoices-state" list={list} />
          </>
        }
      />
    </Page>
  );
}
