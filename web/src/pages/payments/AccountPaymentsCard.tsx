import type { ReactNode } from 'react';
import { generalMessage } from '../../components/formErrors';
import { FormError } from '../../components/Messages';
import { Card, LoadError, Loading } from '../../components/Page';
import type { PaymentFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { PaymentList } from './PaymentList';
import { usePayments } from './usePayments';

interface AccountPaymentsCardProps {
  accountId: string;
  /** Where a payment's invoice opens: the owner's or the admin's invoice page. */
  invoiceLink(invoiceId: string): string;
  /** An admin's actions on a row. */
  actions?(payment: PaymentFieldsFragment): ReactNode;
  /** Under the table (an admin's refund form). */
  footer?: ReactNode;
}

/** An account's gateway payments and refunds, newest first, with "Load more" (`account-payments`). */
export function AccountPaymentsCard({ accountId, invoiceLink, actions, footer }: AccountPaymentsCardProps) {
  const t = useT();
  const { query, loadMore, loadingMore, loadMoreError } = usePayments(accountId);
  const page = query.data?.payments;
  return (
    <Card
      title={t('payments.list.title')}
      flush
      testId="account-payments"
      aside={
        page ? (
          <span
            className="text-sm text-muted"
            data-test-id="payments-count"
            data-shown={page.nodes.length}
            data-total={page.totalCount}
          >
            {t('common.showing', { count: page.nodes.length, total: page.totalCount })}
          </span>
        ) : null
      }
    >
      {!page ? (
        <div className="px-4">
          {query.error ? (
            <div className="py-4">
              <LoadError error={query.error} onRetry={() => void query.refetch()} />
            </div>
          ) : (
            <Loading />
          )}
        </div>
      ) : (
        <>
          <PaymentList
            payments={page.nodes}
            invoiceLink={invoiceLink}
            actions={actions}
            empty={t('payments.list.empty')}
          />
          {page.pageInfo.hasNextPage ? (
            <div className="space-y-3 border-t border-line p-4 text-center">
              {loadMoreError ? <FormError message={generalMessage(loadMoreError, t)} /> : null}
              <button
                type="button"
                className="btn btn-secondary btn-sm"
                data-test-id="payments-load-more"
                disabled={loadingMore}
                onClick={() => void loadMore()}
              >
                {t('billing.loadMore')}
              </button>
            </div>
          ) : null}
          {footer}
        </>
      )}
    </Card>
  );
}
