import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { ListCard } from '../../components/ListCard';
import { Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { SearchBox } from '../../components/SearchBox';
import { PAGE_SIZE, useListParams } from '../../components/useListParams';
import { useListQuery } from '../../components/useListQuery';
import { useI18n } from '../../i18n/I18nProvider';
import { canLogInAs } from '../../session/logInAs';
import { LogInAsButton } from '../../session/LogInAsButton';
import { useViewer } from '../../session/SessionContext';
import { CompanyLink } from '../resellers/CompanyLink';
import { UsersQuery } from './users.operations';

/** Admin: users the viewer manages, searchable, a page at a time, with "Log in as" for support. */
export function UsersPage() {
  const { t, formatDate } = useI18n();
  const viewer = useViewer();
  const { role } = viewer;
  const messages = usePageMessages();
  const list = useListParams();
  const { data, status } = useListQuery(UsersQuery, {
    variables: { search: list.search || null, after: list.after || null, first: PAGE_SIZE },
  });
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
      {messages.view}
      <ListCard
        toolbar={
          <SearchBox
            prefix="users"
            label={t('users.searchLabel')}
            placeholder={t('users.searchPlaceholder')}
            value={list.search}
            onSearch={list.setSearch}
          />
        }
        status={status}
        connection={data?.users}
        pager="users"
        list={list}
        testId="users-table"
        rowKey={(u) => u.id}
        rowAttributes={(u) => ({ 'data-test-id': 'user-row', 'data-login': u.login, 'data-user-id': u.id })}
        empty={t('users.empty')}
        columns={[
          {
            id: 'login',
            header: t('users.col.login'),
            cell: (u) => (
              <Link to={`/admin/users/${u.id}`} data-test-id="user-link" className="link">
                {u.login}
              </Link>
            ),
          },
          { id: 'email', header: t('users.col.email'), className: 'text-muted', cell: (u) => u.email },
          { id: 'role', header: t('users.col.role'), cell: (u) => t(`role.${u.role}`) },
          showCompany && {
            id: 'company',
            header: t('userDetail.reseller'),
            className: 'text-muted',
            cell: (u) => <CompanyLink company={u.reseller} />,
          },
          {
            id: 'created',
            header: t('users.col.created'),
            className: 'whitespace-nowrap text-muted',
            cell: (u) => formatDate(u.createdAt),
          },
          {
            id: 'actions',
            header: t('common.actions'),
            align: 'right',
            cell: (u) => (canLogInAs(viewer, u) ? <LogInAsButton user={u} onError={messages.failed} /> : null),
          },
        ]}
      />
    </Page>
  );
}
