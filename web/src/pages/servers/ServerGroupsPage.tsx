import { Link } from 'react-router';
import { Badge } from '../../components/Badge';
import { AddLink } from '../../components/AddLink';
import { ListCard } from '../../components/ListCard';
import { Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { useListParams } from '../../components/useListParams';
import { useListQuery } from '../../components/useListQuery';
import { SERVER_KINDS, oneOf } from '../../graphql/enums';
import { useI18n } from '../../i18n/I18nProvider';
import { ServerKindFilter } from './ServerKindFilter';
import { LOGICAL_SERVERS_PATH } from './LogicalServersPage';
import { ServerGroupsQuery } from './servers.operations';

export const SERVER_GROUPS_PATH = '/admin/servers/groups';

/** Master admin: groups of logical servers of one kind, where new resources are placed (SRV-3). */
export function ServerGroupsPage() {
  const { t, formatDate } = useI18n();
  const list = useListParams();
  const kind = oneOf(SERVER_KINDS, list.get('kind'));
  const messages = usePageMessages();
  const { data, status } = useListQuery(ServerGroupsQuery, { variables: { kind } });

  return (
    <Page
      id="server-groups"
      title={t('groups.title')}
      intro={t('groups.intro')}
      actions={
        <AddLink
          to={`${SERVER_GROUPS_PATH}/new${kind ? `?kind=${kind}` : ''}`}
          testId="server-group-create"
          label={t('groups.create')}
        />
      }
    >
      {messages.view}
      <ListCard
        toolbar={
          <ServerKindFilter testId="server-groups-kind" value={kind} onChange={(v) => list.setFilter('kind', v)} />
        }
        status={status}
        rows={data?.serverGroups}
        testId="server-groups-table"
        rowKey={(g) => g.id}
        rowAttributes={(g) => ({
          'data-test-id': 'server-group-row',
          'data-name': g.name,
          'data-group-id': g.id,
          'data-kind': g.kind,
        })}
        empty={t('groups.empty')}
        columns={[
          {
            id: 'name',
            header: t('groups.col.name'),
            cell: (g) => (
              <span className="inline-flex flex-wrap items-center gap-2">
                <Link to={`${SERVER_GROUPS_PATH}/${g.id}`} data-test-id="server-group-link" className="link">
                  {g.name}
                </Link>
                {g.isDefault ? (
                  <Badge tone="blue" testId="server-group-default">
                    {t('groups.default')}
                  </Badge>
                ) : null}
              </span>
            ),
          },
          { id: 'kind', header: t('groups.col.kind'), cell: (g) => t(`serverKind.${g.kind}`) },
          {
            id: 'policy',
            header: t('groups.col.policy'),
            cell: (g) => (
              <span data-test-id="server-group-policy" data-policy={g.policy}>
                {t(`policy.${g.policy}`)}
              </span>
            ),
          },
          {
            id: 'members',
            header: t('groups.col.members'),
            cell: (g) =>
              g.members.length === 0 ? (
                <span className="text-muted">{t('groups.noMembers')}</span>
              ) : (
                <ul className="flex flex-wrap gap-x-3 gap-y-1" data-test-id="server-group-members">
                  {g.members.map((m) => (
                    <li key={m.id}>
                      <Link
                        to={`${LOGICAL_SERVERS_PATH}/${m.id}`}
                        className={m.enabled ? 'link' : 'link opacity-60'}
                        data-name={m.name}
                      >
                        {m.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              ),
          },
          {
            id: 'created',
            header: t('common.created'),
            className: 'whitespace-nowrap text-muted',
            cell: (g) => formatDate(g.createdAt),
          },
        ]}
      />
    </Page>
  );
}
