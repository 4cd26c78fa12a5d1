import { FilterSelect } from '../../components/FilterSelect';
import { ListCard } from '../../components/ListCard';
import { Page } from '../../components/Page';
import { PAGE_SIZE, useListParams, type ListParams } from '../../components/useListParams';
import { useListQuery } from '../../components/useListQuery';
import { oneOf } from '../../graphql/enums';
import type { PaymentFieldsFragment, PaymentState } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { accountBillingPath } from '../billing/pageIds';
import { adminInvoicePath } from '../invoices/AdminInvoicesPage';
import { paymentRowAttributes, usePaymentColumns } from './PaymentList';
import { PaymentsQuery } from './payments.operations';
import { PeriodFilter, usePeriod } from './PeriodFilter';

/** In the order a payment moves through them. */
const STATES: readonly PaymentState[] = ['PENDING', 'SUCCEEDED', 'DECLINED', 'FAILED', 'HELD', 'CANCELLED'];

/** The state filter's value from the URL (`?state=SUCCEEDED`), if it is one. */
function stateOf(list: ListParams): PaymentState | null {
  return oneOf(STATES, list.get('state'));
}

/**
 * Admin: the company's card and gateway payments and refunds, newest first, each linked to its
 * account and invoice; filtered by state and by how far back. The home page's "payments in 30
 * days" count opens it at SUCCEEDED and 30 days: the same payments it counts.
 */
export function AdminPaymentsPage() {
  const t = useT();
  const list = useListParams();
  const state = stateOf(list);
  const { since } = usePeriod(list);
  const { data, status } = useListQuery(PaymentsQuery, {
    variables: { state, since, after: list.after || null, first: PAGE_SIZE },
  });
  const columns = usePaymentColumns({
    accountLink: accountBillingPath,
    invoiceLink: adminInvoicePath,
  });
  return (
    <Page id="admin-payments" title={t('payments.admin.title')} intro={t('payments.admin.intro')}>
      <ListCard<PaymentFieldsFragment>
        testId="payments-table"
        connection={data?.payments}
        pager="payments"
        list={list}
        status={status}
        rowKey={(p) => p.id}
        rowAttributes={paymentRowAttributes}
        empty={t('payments.admin.empty')}
        columns={columns}
        toolbar={
          <>
            <FilterSelect
              testId="payments-state"
              label={t('payments.admin.stateLabel')}
              allLabel={t('payments.admin.stateAll')}
              value={state ?? ''}
              onChange={(v) => list.setFilter('state', v)}
            >
              {STATES.map((s) => (
                <option key={s} value={s}>
                  {t(`payments.state.${s}`)}
                </option>
              ))}
            </FilterSelect>
            <PeriodFilter list={list} testId="payments-period" />
          </>
        }
      />
    </Page>
  );
}
