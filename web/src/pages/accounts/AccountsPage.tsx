import { useState } from 'react';
import { FilterSelect } from '../../components/FilterSelect';
import { ListCard } from '../../components/ListCard';
import { FormError, Notice } from '../../components/Messages';
import { Page } from '../../components/Page';
import { SearchBox } from '../../components/SearchBox';
import { generalMessage } from '../../components/formErrors';
import { PAGE_SIZE, useListParams } from '../../components/useListParams';
import { useListQuery } from '../../components/useListQuery';
import type { AccountStatus } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { AccountRow } from './AccountRow';
import { AccountsQuery } from './accounts.operations';

const STATUSES: readonly AccountStatus[] = ['ACTIVE', 'SUSPENDED', 'MODERATION'];

function asStatus(value: string): AccountStatus | null {
  return (STATUSES as readonly string[]).includes(value) ? (value as AccountStatus) : null;
}

/** Admin: every account the viewer manages; search, status and overdue filters (`?overdue=1`: the home page's count), suspend and resume. */
export function AccountsPage() {
  const t = useT();
  const list = useListParams();
  const status = asStatus(list.get('status'));
  const overdue = list.get('overdue') === '1';
  const { data, status: query } = useListQuery(AccountsQuery, {
    variables: {
      search: list.search || null,
      status,
      overdue: overdue || null,
      after: list.after || null,
      first: PAGE_SIZE,
    },
  });
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  return (
    <Page id="accounts" title={t('accounts.title')} intro={t('accounts.intro')}>
      <Notice message={notice} />
      <FormError message={actionError} />
      <ListCard
        toolbar={
          <>
            <SearchBox
              prefix="accounts"
              label={t('accounts.searchLabel')}
              placeholder={t('accounts.searchPlaceholder')}
              value={list.search}
              onSearch={list.setSearch}
            />
            <FilterSelect
              testId="accounts-status"
              label={t('accounts.statusLabel')}
              allLabel={t('accounts.statusAll')}
              value={status ?? ''}
              onChange={(v) => list.setFilter('status', v)}
            >
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect
              testId="accounts-overdue"
              label={t('accounts.overdueLabel')}
              allLabel={t('accounts.overdueAll')}
              value={overdue ? '1' : ''}
              onChange={(v) => list.setFilter('overdue', v)}
            >
              <option value="1">{t('accounts.overdueOnly')}</option>
            </FilterSelect>
          </>
        }
        status={query}
        connection={data?.accounts}
        pager="accounts"
        list={list}
        testId="accounts-table"
        rowKey={(a) => a.id}
        empty={t('accounts.empty')}
        columns={[
          { id: 'id', header: t('accounts.col.id') },
          { id: 'name', header: t('accounts.col.name') },
          { id: 'owner', header: t('accounts.col.owner') },
          { id: 'status', header: t('accounts.col.status') },
          { id: 'created', header: t('common.created') },
          { id: 'actions', header: t('common.actions'), align: 'right' },
        ]}
        renderRow={(a) => (
          <AccountRow
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
        )}
      />
    </Page>
  );
}
