import { Card, LoadError, Loading } from '../../components/Page';
import { DataTable } from '../../components/DataTable';
import { generalMessage } from '../../components/formErrors';
import { FormError } from '../../components/Messages';
import type { LedgerEntryFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { ledgerRowAttributes, useLedgerColumns } from './ledgerColumns';
import type { Billing } from './useBilling';

interface LedgerListProps {
  billing: Billing;
  className?: string;
}

/** The account's ledger, newest first: date, kind, description, reference, signed amount; "Load more" for older entries. */
export function LedgerList({ billing, className = '' }: LedgerListProps) {
  const t = useT();
  const columns = useLedgerColumns();
  const { ledger, loadMore, loadingMore, loadMoreError } = billing;
  const page = ledger.data?.ledgerEntries;

  return (
    <Card
      title={t('billing.ledger')}
      className={className}
      flush
      aside={
        page ? (
          <span
            className="text-sm text-muted"
            data-test-id="ledger-count"
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
          {ledger.error ? (
            <div className="py-4">
              <LoadError error={ledger.error} onRetry={() => void ledger.refetch()} />
            </div>
          ) : (
            <Loading />
          )}
        </div>
      ) : (
        <>
          <DataTable<LedgerEntryFieldsFragment>
            testId="ledger-table"
            rows={page.nodes}
            rowKey={(e) => e.id}
            rowAttributes={ledgerRowAttributes}
            empty={<span data-test-id="ledger-empty">{t('billing.empty')}</span>}
            columns={columns}
          />
          {page.pageInfo.hasNextPage ? (
            <div className="space-y-3 border-t border-line p-4 text-center">
              {loadMoreError ? <FormError message={generalMessage(loadMoreError, t)} /> : null}
              <button
                type="button"
                className="btn btn-secondary btn-sm"
                data-test-id="ledger-load-more"
                disabled={loadingMore}
                onClick={() => void loadMore()}
              >
                {t('billing.loadMore')}
              </button>
            </div>
          ) : null}
        </>
      )}
    </Card>
  );
}
