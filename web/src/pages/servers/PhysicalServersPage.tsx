import { Link } from 'react-router';
import { AddLink } from '../../components/AddLink';
import { Badge } from '../../components/Badge';
import { FilterSelect } from '../../components/FilterSelect';
import { ListCard } from '../../components/ListCard';
import { Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { PhysicalStatusBadge } from '../../components/StateBadges';
import { useListParams } from '../../components/useListParams';
import { useListQuery } from '../../components/useListQuery';
import { useI18n } from '../../i18n/I18nProvider';
import { HealthBadge } from './HealthBadge';
import { PhysicalServersQuery } from './servers.operations';

export const PHYSICAL_SERVERS_PATH = '/admin/servers/physical';

/**
 * Master admin: the machines of the cluster (SRV-1), with how many logical servers each runs.
 * `?trouble=1` (the home page's count) shows only those whose last check found them DOWN or DEGRADED.
 */
export function PhysicalServersPage() {
  const { t, formatDate } = useI18n();
  const messages = usePageMessages();
  const { data, status } = useListQuery(PhysicalServersQuery, {});
  const list = useListParams();
  const trouble = list.get('trouble') === '1';
  const rows = trouble
    ? data?.physicalServers.filter((s) => s.health === 'DOWN' || s.health === 'DEGRADED')
    : data?.physicalServers;

  return (
    <Page
      id="physical-servers"
      title={t('physical.title')}
      intro={t('physical.intro')}
      actions={
        <AddLink to={`${PHYSICAL_SERVERS_PATH}/new`} testId="physical-server-create" label={t('physical.create')} />
      }
    >
      {messages.view}
      <ListCard
        toolbar={
          <FilterSelect
            testId="physical-servers-health"
            label={t('physical.healthLabel')}
            allLabel={t('physical.healthAll')}
            value={trouble ? '1' : ''}
            onChange={(v) => list.setFilter('trouble', v)}
          >
            <option value="1">{t('physical.healthTrouble')}</option>
          </FilterSelect>
        }
        status={status}
        rows={rows}
        testId="physical-servers-table"
        rowKey={(s) => s.id}
        rowAttributes={(s) => ({ 'data-test-id': 'physical-server-row', 'data-name': s.name, 'data-server-id': s.id })}
        empty={t('physical.empty')}
        columns={[
          {
            id: 'name',
            header: t('physical.col.name'),
            cell: (s) => (
              <Link to={`${PHYSICAL_SERVERS_PATH}/${s.id}`} data-test-id="physical-server-link" className="link">
                {s.name}
              </Link>
            ),
          },
          { id: 'os', header: t('physical.col.os'), cell: (s) => t(`serverOs.${s.os}`) },
          {
            id: 'address',
            header: t('physical.col.address'),
            cell: (s) => (
              <span className="inline-flex items-center gap-2">
                <span className="font-mono text-xs">{s.address}</span>
                <Badge
                  tone={s.transport === 'SSH' ? 'blue' : 'gray'}
                  value={s.transport}
                  data={{ 'data-transport': s.transport }}
                  testId="physical-server-transport"
                >
                  {t(`transport.${s.transport}`)}
                </Badge>
              </span>
            ),
          },
          {
            id: 'status',
            header: t('physical.col.status'),
            cell: (s) => <PhysicalStatusBadge status={s.status} testId="physical-server-status" />,
          },
          {
            id: 'health',
            header: t('physical.col.health'),
            cell: (s) => <HealthBadge health={s.health} />,
          },
          {
            id: 'checked',
            header: t('physical.col.checked'),
            className: 'whitespace-nowrap text-muted',
            cell: (s) => (
              <span data-test-id="physical-server-checked">
                {s.healthCheckedAt ? formatDate(s.healthCheckedAt) : t('physical.never')}
              </span>
            ),
          },
          {
            id: 'logical',
            header: t('physical.col.logical'),
            align: 'right',
            cell: (s) => <span data-test-id="physical-server-logical-count">{s.logicalServers.length}</span>,
          },
          {
            id: 'created',
            header: t('common.created'),
            className: 'whitespace-nowrap text-muted',
            cell: (s) => formatDate(s.createdAt),
          },
        ]}
      />
    </Page>
  );
}
