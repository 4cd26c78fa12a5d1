import { Link } from 'react-router';
import type { DataTableProps, RowAttributes } from '../../components/DataTable';
import type { LedgerEntryFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { locales } from '../../i18n/translate';
import { formatAmount, isNegative } from './money';

/** A ledger row's test attributes: its id, kind and signed amount. */
export function ledgerRowAttributes(e: LedgerEntryFieldsFragment): RowAttributes {
  return {
    'data-test-id': 'ledger-row',
    'data-entry-id': e.id,
    'data-account-id': e.accountId,
    'data-kind': e.kind,
    'data-amount': e.amount.amount,
    'data-minor-units': e.amount.minorUnits,
    'data-currency': e.amount.currency,
  };
}

/**
 * The columns of a ledger: date, kind, description, reference, signed amount. With `accountLink`
 * (a company's ledger) each date has its account's link under it.
 */
export function useLedgerColumns({
  accountLink,
}: { accountLink?(accountId: string): string } = {}): DataTableProps<LedgerEntryFieldsFragment>['columns'] {
  const { t, language, formatDate } = useI18n();
  const locale = locales[language];
  return [
    {
      id: 'date',
      header: t('billing.col.date'),
      className: 'whitespace-nowrap text-muted',
      cell: (e) => (
        <>
          {formatDate(e.createdAt)}
          {accountLink ? (
            <Link to={accountLink(e.accountId)} className="link block text-xs" data-test-id="ledger-account">
              {t('payments.accountLink', { id: e.accountId })}
            </Link>
          ) : null}
        </>
      ),
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
  ];
}
