import { useQuery } from '@apollo/client';
import { useState } from 'react';
import { Notice } from '../../components/Messages';
import { LoadError, Loading, Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { SearchBox } from '../../components/SearchBox';
import { PAGE_SIZE, useListParams } from '../../components/useListParams';
import { useI18n } from '../../i18n/I18nProvider';
import { CreateResellerForm } from './CreateResellerForm';
import { ResellersQuery } from './resellers.operations';

/** Master admin: every reseller, and a form to create one. */
export function ResellersPage() {
  const { t, formatDate } = useI18n();
  const list = useListParams();
  const { data: fresh, previousData, loading, error, refetch } = useQuery(ResellersQuery, {
    variables: { search: list.search || null, after: list.after || null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [notice, setNotice] = useState<string | null>(null);
  // While another page or filter loads, the last rows stay (dimmed) instead of an empty table.
  const data = fresh ?? previousData;
  const resellers = data?.resellers;
  const stale = loading && !fresh;

  return (
    <Page id="resellers" title={t('resellers.title')} intro={t('resellers.intro')}>
      <Notice message={notice} />
      <div className="grid items-start gap-6 xl:grid-cols-3">
        <div className="card overflow-hidden xl:col-span-2">
          <div className="border-b border-line p-4">
            <SearchBox prefix="resellers" label={t('resellers.title')} placeholder={`${t('resellers.col.name')} / ${t('resellers.col.host')}`} value={list.search} onSearch={list.setSearch} />
          </div>
          {error && !resellers ? (
            <div className="p-4">
              <LoadError error={error} onRetry={() => void refetch()} />
            </div>
          ) : !resellers ? (
            <div className="px-4">
              <Loading />
            </div>
          ) : (
            <>
              <div className={stale ? 'overflow-x-auto opacity-60' : 'overflow-x-auto'} aria-busy={loading}>
                <table className="table" data-test-id="resellers-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('resellers.col.name')}</th>
                      <th scope="col">{t('resellers.col.host')}</th>
                      <th scope="col">{t('resellers.col.skin')}</th>
                      <th scope="col">{t('common.created')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {resellers.nodes.map((r) => (
                      <tr key={r.id} data-test-id="reseller-row" data-reseller-id={r.id} data-name={r.name}>
                        <td>
                          <span className="font-medium">{r.name}</span>
                          {r.isRoot ? (
                            <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700">{t('resellers.root')}</span>
                          ) : null}
                        </td>
                        <td className="font-mono text-xs text-muted">{r.cpHost ?? '—'}</td>
                        <td className="text-muted">
                          {t(`skin.${r.defaultSkin}`)} · {t(`language.${r.defaultLanguage}`)}
                        </td>
                        <td className="whitespace-nowrap text-muted">{formatDate(r.createdAt)}</td>
                      </tr>
                    ))}
                    {resellers.nodes.length === 0 ? (
                      <tr>
                        <td colSpan={4} className="py-8 text-center text-muted">
                          {t('resellers.empty')}
                        </td>
                      </tr>
                    ) : null}
                  </tbody>
                </table>
              </div>
              <Pager
                prefix="resellers"
                shown={resellers.nodes.length}
                total={resellers.totalCount}
                hasNextPage={resellers.pageInfo.hasNextPage}
                onFirstPage={!list.after}
                onNext={() => list.nextPage(resellers.pageInfo.endCursor)}
                onFirst={list.firstPage}
              />
            </>
          )}
        </div>
        <CreateResellerForm onDone={setNotice} />
      </div>
    </Page>
  );
}
