import { useQuery } from '@apollo/client';
import { useState } from 'react';
import { FormError, Notice } from '../../components/Messages';
import { LoadError, Loading, Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { SearchBox } from '../../components/SearchBox';
import { generalMessage } from '../../components/formErrors';
import { PAGE_SIZE, useListParams } from '../../components/useListParams';
import type { AccountStatus } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { AccountRow } from './AccountRow';
import { AccountsQuery } from './accounts.operations';

const STATUSES: readonly AccountStatus[] = ['ACTIVE', 'SUSPENDED', 'MODERATION'];

function asStatus(value: string): AccountStatus | null {
  return (STATUSES as readonly string[]).includes(value) ? (value as AccountStatus) : null;
}

/** Admin: every account the viewer manages; search, status filter, suspend and resume. */
export function AccountsPage() {
  const t = useT();
  const list = useListParams();
  const status = asStatus(list.get('status'));
  const { data: fresh, previousData, loading, error, refetch } = useQuery(AccountsQuery, {
    variables: { search: list.search || null, status, after: list.after || null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  // While another page or filter loads, the last rows stay (dimmed) instead of an empty table.
  const data = fresh ?? previousData;
  const accounts = data?.accounts;
  const stale = loading && !fresh;

  return (
    <Page id="accounts" title={t('accounts.title')} intro={t('accounts.intro')}>
      <Notice message={notice} />
      <FormError message={actionError} />
      <div className="card overflow-hidden">
        <div className="flex flex-wrap items-center gap-3 border-b border-line p-4">
          <SearchBox prefix="accounts" label={t('accounts.searchLabel')} placeholder={t('accounts.searchPlaceholder')} value={list.search} onSearch={list.setSearch} />
          <label className="flex items-center gap-2 text-sm">
            <span className="text-muted">{t('accounts.statusLabel')}</span>
            <select data-test-id="accounts-status" className="input w-auto" value={status ?? ''} onChange={(e) => list.setFilter('status', e.target.value)}>
              <option value="">{t('accounts.statusAll')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {error && !accounts ? (
          <div className="p-4">
            <LoadError error={error} onRetry={() => void refetch()} />
          </div>
        ) : !accounts ? (
          <div className="px-4">
            <Loading />
          </div>
        ) : (
          <>
            <div className={stale ? 'overflow-x-auto opacity-60' : 'overflow-x-auto'} aria-busy={loading}>
              <table className="table" data-test-id="accounts-table">
                <thead>
                  <tr>
                    <th scope="col">{t('accounts.col.id')}</th>
                    <th scope="col">{t('accounts.col.name')}</th>
                    <th scope="col">{t('accounts.col.owner')}</th>
                    <th scope="col">{t('accounts.col.status')}</th>
                    <th scope="col">{t('common.created')}</th>
                    <th scope="col" className="text-right">
                      {t('common.actions')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {accounts.nodes.map((a) => (
                    <AccountRow
                      key={a.id}
                      account={a}
                      onDone={(message) => {
                        setActionError(null);
                        setNotice(message);
                      }}
                      onError={(err) => {
                        setNotice(null);
                        setActionError(generalMessage(err, t));
                      }}
                    />
                  ))}
                  {accounts.nodes.length === 0 ? (
                    <tr>
                      <td colSpan={6} className="py-8 text-center text-muted">
                        {t('accounts.empty')}
                      </td>
                    </tr>
                  ) : null}
                </tbody>
              </table>
            </div>
            <Pager
              prefix="accounts"
              shown={accounts.nodes.length}
              total={accounts.totalCount}
              hasNextPage={accounts.pageInfo.hasNextPage}
              onFirstPage={!list.after}
              onNext={() => list.nextPage(accounts.pageInfo.endCursor)}
              onFirst={list.firstPage}
            />
          </>
        )}
      </div>
    </Page>
  );
}
