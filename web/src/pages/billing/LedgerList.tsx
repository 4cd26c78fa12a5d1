import { Card, LoadError, Loading } from '../../components/Page';
import { DataTable } from '../../components/DataTable';
import { generalMessage } from '../../components/formErrors';
import { FormError } from '../../components/Messages';
import type { LedgerEntryFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { locales } from '../../i18n/translate';
import { formatAmount, isNegative } from './money';
import type { Billing } from './useBilling';

interface LedgerListProps {
  billing: Billing;
  className?: string;
}

/** The account's ledger, newest first: date, kind, description, reference, signed amount; "Load more" for older entries. */
export function LedgerList({ billing, className = '' }: LedgerListProps) {
  const { t, language, formatDate } = useI18n();
  const { ledger, loadMore, loadingMore, loadMoreError } = billing;
  const page = ledger.data?.ledgerEntries;
  const locale = locales[language];

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
            rowAttributes={(e) => ({
              'data-test-id': 'ledger-row',
              'data-entry-id': e.id,
              'data-kind': e.kind,
              'data-amount': e.amount.amount,
              'data-minor-units': e.amount.minorUnits,
              'data-currency': e.amount.currency,
            })}
            empty={<span data-test-id="ledger-empty">{t('billing.empty')}</span>}
            columns={[
              {
                id: 'date',
                header: t('billing.col.date'),
                className: 'whitespace-nowrap text-muted',
                cell: (e) => formatDate(e.createdAt),
              },
              {
                id: 'kind',
                header: t('billing.col.kind'),
                cell: (e) => <span data-test-id="ledger-kind">{t(`billing.kind.${e.kind}`)}</span>,
              },
              {
                id: 'description',
                header: t('billing.col.description'),
                className: 'max-w-80 break-words',
                cell: (e) => <span data-test-id="ledger-description">{e.description}</span>,
              },
              {
                id: 'reference',
                header: t('billing.col.reference'),
                className: 'font-mono text-xs text-muted break-all',
                cell: (e) => <span data-test-id="ledger-reference">{e.reference ?? '—'}</span>,
              },
              {
                id: 'amount',
                header: t('billing.col.amount'),
                align: 'right',
                className: 'whitespace-nowrap tabular-nums',
                cell: (e) => (
                  <span
                    data-test-id="ledger-amount"
                    className={isNegative(e.amount.minorUnits) ? 'font-medium text-red-700' : 'font-medium text-ink'}
                  >
                    {`${formatAmount(e.amount.amount, locale, { signed: true })} ${e.amount.currency}`}
                  </span>
                ),
              },
            ]}
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
