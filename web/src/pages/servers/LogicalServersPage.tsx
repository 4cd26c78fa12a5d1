import { Link } from 'react-router';
import { AddLink } from '../../components/AddLink';
import { ListCard } from '../../components/ListCard';
import { Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { useListParams } from '../../components/useListParams';
import { useListQuery } from '../../components/useListQuery';
import { SERVER_KINDS, oneOf } from '../../graphql/enums';
import { useI18n } from '../../i18n/I18nProvider';
import { EnabledToggle } from './EnabledToggle';
import { ServerKindFilter } from './ServerKindFilter';
import { ServerLoadFigures } from './ServerLoadFigures';
import { LogicalServersQuery } from './servers.operations';

export const LOGICAL_SERVERS_PATH = '/admin/servers/logical';

/** Master admin: the services of the cluster (SRV-2) by kind, with their load and an on/off switch for new resources. */
export function LogicalServersPage() {
  const { t } = useI18n();
  const list = useListParams();
  const kind = oneOf(SERVER_KINDS, list.get('kind'));
  const messages = usePageMessages();
  const { data, status } = useListQuery(LogicalServersQuery, { variables: { kind } });

  return (
    <Page
      id="logical-servers"
      title={t('logical.title')}
      intro={t('logical.intro')}
      actions={
        <AddLink
          to={`${LOGICAL_SERVERS_PATH}/new${kind ? `?kind=${kind}` : ''}`}
          testId="logical-server-create"
          label={t('logical.create')}
        />
      }
    >
      {messages.view}
      <ListCard
        toolbar={
          <ServerKindFilter testId="logical-servers-kind" value={kind} onChange={(v) => list.setFilter('kind', v)} />
        }
        status={status}
        rows={data?.logicalServers}
        testId="logical-servers-table"
        rowKey={(s) => s.id}
        rowAttributes={(s) => ({
          'data-test-id': 'logical-server-row',
          'data-name': s.name,
          'data-server-id': s.id,
          'data-kind': s.kind,
        })}
        empty={t('logical.empty')}
        columns={[
          {
            id: 'name',
            header: t('logical.col.name'),
            cell: (s) => (
              <>
                <Link to={`${LOGICAL_SERVERS_PATH}/${s.id}`} data-test-id="logical-server-link" className="link">
                  {s.name}
                </Link>
                <div className="text-xs text-muted">
                  {t(`driver.${s.driver}`)}
                  {s.host ? ` · ${s.host}${s.port ? `:${s.port}` : ''}` : ''}
                </div>
              </>
            ),
          },
          {
            id: 'kind',
            header: t('logical.col.kind'),
            cell: (s) => <span data-test-id="logical-server-kind">{t(`serverKind.${s.kind}`)}</span>,
          },
          { id: 'physical', header: t('logical.col.physical'), className: 'text-muted', cell: (s) => s.physical.name },
          {
            id: 'group',
            header: t('logical.col.group'),
            className: 'text-muted',
            cell: (s) => <span data-test-id="logical-server-group">{s.group?.name ?? '—'}</span>,
          },
          { id: 'load', header: t('logical.col.load'), cell: (s) => <ServerLoadFigures server={s} /> },
          {
            id: 'enabled',
            header: t('logical.col.enabled'),
            cell: (s) => <EnabledToggle server={s} onDone={messages.done} onError={messages.failed} />,
          },
        ]}
      />
    </Page>
  );
}
