import { useApolloClient } from '@apollo/client';
import { useState } from 'react';
import { downloadText } from '../../components/download';
import { FilterSelect } from '../../components/FilterSelect';
import { ListCard } from '../../components/ListCard';
import { Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { SearchBox } from '../../components/SearchBox';
import { PAGE_SIZE, useListParams } from '../../components/useListParams';
import { useListQuery } from '../../components/useListQuery';
import { LEDGER_KINDS, oneOf } from '../../graphql/enums';
import type { LedgerEntryFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { LedgerCsvQuery, LedgerEntriesQuery } from '../billing/billing.operations';
import { ledgerRowAttributes, useLedgerColumns } from '../billing/ledgerColumns';
import { accountBillingPath } from '../billing/pageIds';
import { PeriodFilter, usePeriod } from './PeriodFilter';

/**
 * Admin: every movement of money on the company's accounts, newest first: charges, payments by
 * any means (bank transfers and cash recorded by hand as well as gateway payments), credits and
 * refunds, each linked to its account's billing; filtered by kind and period, searched by
 * description and reference (a bank transfer's ID); downloaded as CSV with the same filters.
 */
export function AdminLedgerPage() {
  const t = useT();
  const list = useListParams();
  const kind = oneOf(LEDGER_KINDS, list.get('kind'));
  const { since } = usePeriod(list);
  const { data, status } = useListQuery(LedgerEntriesQuery, {
    variables: { kind, since, search: list.search || null, after: list.after || null, first: PAGE_SIZE },
  });
  const columns = useLedgerColumns({ accountLink: accountBillingPath });
  const messages = usePageMessages();
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);

  /** The entries the list shows (every page of them) as a CSV file, for the books or a spreadsheet. */
  async function onExport() {
    setExporting(true);
    try {
      const res = await client.query({
        query: LedgerCsvQuery,
        variables: { kind, since, search: list.search || null },
        fetchPolicy: 'no-cache',
      });
      downloadText(`ledger-${new Date().toISOString().slice(0, 10)}.csv`, res.data.ledgerCsv, 'text/csv');
      messages.done(t('payments.ledger.exported'));
    } catch (e) {
      messages.failed(e);
    } finally {
      setExporting(false);
    }
  }

  return (
    <Page
      id="admin-ledger"
      title={t('payments.ledger.title')}
      intro={t('payments.ledger.intro')}
      actions={
        <button
          type="button"
          className="btn btn-secondary"
          data-test-id="ledger-export"
          disabled={exporting}
          aria-busy={exporting}
          onClick={() => void onExport()}
        >
          {t('payments.ledger.export')}
        </button>
      }
    >
      {messages.view}
      <ListCard<LedgerEntryFieldsFragment>
        testId="ledger-table"
        connection={data?.ledgerEntries}
        pager="ledger"
        list={list}
        status={status}
        rowKey={(e) => e.id}
        rowAttributes={ledgerRowAttributes}
        empty={t('payments.ledger.empty')}
        columns={columns}
        toolbar={
          <>
            <SearchBox
              prefix="ledger"
              label={t('payments.ledger.searchLabel')}
              placeholder={t('payments.ledger.searchPlaceholder')}
              value={list.search}
              onSearch={list.setSearch}
            />
            <FilterSelect
              testId="ledger-kind-filter"
              label={t('billing.col.kind')}
              allLabel={t('payments.ledger.kindAll')}
              value={kind ?? ''}
              onChange={(v) => list.setFilter('kind', v)}
            >
              {LEDGER_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`billing.kind.${k}`)}
                </option>
              ))}
            </FilterSelect>
            <PeriodFilter list={list} testId="ledger-period" />
          </>
        }
      />
    </Page>
  );
}
