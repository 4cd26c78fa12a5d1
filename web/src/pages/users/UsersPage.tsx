import { useQuery } from '@apollo/client';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { LoadError, Loading, Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { SearchBox } from '../../components/SearchBox';
import { PAGE_SIZE, useListParams } from '../../components/useListParams';
import { useI18n } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { UsersQuery } from './users.operations';

/** Admin: users the viewer manages, searchable, a page at a time. */
export function UsersPage() {
  const { t, formatDate } = useI18n();
  const { role } = useViewer();
  const list = useListParams();
  const { data: fresh, previousData, loading, error, refetch } = useQuery(UsersQuery, {
    variables: { search: list.search || null, after: list.after || null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  // While another page or filter loads, the last rows stay (dimmed) instead of an empty table.
  const data = fresh ?? previousData;
  const users = data?.users;
  const stale = loading && !fresh;
  const showCompany = role === 'MASTER_ADMIN';

  return (
    <Page
      id="users"
      title={t('users.title')}
      intro={t('users.intro')}
      actions={
        <Link to="/admin/users/new" data-test-id="user-create" className="btn btn-primary">
          <Icon name="userPlus" className="size-4" />
          {t('users.create')}
        </Link>
      }
    >
      <div className="card overflow-hidden">
        <div className="border-b border-line p-4">
          <SearchBox prefix="users" label={t('users.searchLabel')} placeholder={t('users.searchPlaceholder')} value={list.search} onSearch={list.setSearch} />
        </div>
        {error && !users ? (
          <div className="p-4">
            <LoadError error={error} onRetry={() => void refetch()} />
          </div>
        ) : !users ? (
          <div className="px-4">
            <Loading />
          </div>
        ) : (
          <>
            <div className={stale ? 'overflow-x-auto opacity-60' : 'overflow-x-auto'} aria-busy={loading}>
              <table className="table" data-test-id="users-table">
                <thead>
                  <tr>
                    <th scope="col">{t('users.col.login')}</th>
                    <th scope="col">{t('users.col.email')}</th>
                    <th scope="col">{t('users.col.role')}</th>
                    {showCompany ? <th scope="col">{t('userDetail.reseller')}</th> : null}
                    <th scope="col">{t('users.col.created')}</th>
                  </tr>
                </thead>
                <tbody>
                  {users.nodes.map((u) => (
                    <tr key={u.id} data-test-id="user-row" data-login={u.login} data-user-id={u.id}>
                      <td>
                        <Link to={`/admin/users/${u.id}`} data-test-id="user-link" className="link">
                          {u.login}
                        </Link>
                      </td>
                      <td className="text-muted">{u.email}</td>
                      <td>{t(`role.${u.role}`)}</td>
                      {showCompany ? <td className="text-muted">{u.reseller.name}</td> : null}
                      <td className="whitespace-nowrap text-muted">{formatDate(u.createdAt)}</td>
                    </tr>
                  ))}
                  {users.nodes.length === 0 ? (
                    <tr>
                      <td colSpan={showCompany ? 5 : 4} className="py-8 text-center text-muted">
                        {t('users.empty')}
                      </td>
                    </tr>
                  ) : null}
                </tbody>
              </table>
            </div>
            <Pager
              prefix="users"
              shown={users.nodes.length}
              total={users.totalCount}
              hasNextPage={users.pageInfo.hasNextPage}
              onFirstPage={!list.after}
              onNext={() => list.nextPage(users.pageInfo.endCursor)}
              onFirst={list.firstPage}
            />
          </>
        )}
      </div>
    </Page>
  );
}
