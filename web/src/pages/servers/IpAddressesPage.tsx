import { useQuery } from '@apollo/client';
import { FilterSelect } from '../../components/FilterSelect';
import { ListCard } from '../../components/ListCard';
import { SearchBox } from '../../components/SearchBox';
import { Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { PAGE_SIZE, useListParams } from '../../components/useListParams';
import { useListQuery } from '../../components/useListQuery';
import { IP_KINDS, oneOf } from '../../graphql/enums';
import { useI18n } from '../../i18n/I18nProvider';
import { AddIpAddressesForm } from './AddIpAddressesForm';
import { AllocateIpForm } from './AllocateIpForm';
import { IpActions } from './IpActions';
import { IpAddressesQuery, ServerChoicesQuery } from './servers.operations';

const USE = ['free', 'allocated'] as const;

/** Master admin: the addresses of the logical servers (SRV-4); add ranges, give dedicated ones to accounts. */
export function IpAddressesPage() {
  const { t, formatDate } = useI18n();
  const list = useListParams();
  const messages = usePageMessages();
  const serverId = list.get('server') || null;
  const kind = oneOf(IP_KINDS, list.get('kind'));
  const use = oneOf(USE, list.get('use'));
  const { data, status } = useListQuery(IpAddressesQuery, {
    variables: {
      first: PAGE_SIZE,
      after: list.after || null,
      search: list.search || null,
      serverId,
      kind,
      free: use === null ? null : use === 'free',
    },
  });
  const servers =
    useQuery(ServerChoicesQuery, { variables: { kind: null }, fetchPolicy: 'cache-and-network' }).data
      ?.logicalServers ?? [];

  return (
    <Page id="ip-addresses" title={t('ips.title')} intro={t('ips.intro')}>
      {messages.view}
      <div className="grid items-start gap-6 xl:grid-cols-3">
        <ListCard
          className="xl:col-span-2"
          toolbar={
            <>
              <SearchBox
                prefix="ips"
                label={t('ips.searchLabel')}
                placeholder={t('ips.searchPlaceholder')}
                value={list.search}
                onSearch={list.setSearch}
              />
              <FilterSelect
                testId="ips-server"
                label={t('ips.server')}
                allLabel={t('ips.serverAll')}
                value={serverId ?? ''}
                onChange={(v) => list.setFilter('server', v)}
              >
                {servers.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </FilterSelect>
              <FilterSelect
                testId="ips-kind"
                label={t('ips.kind')}
                allLabel={t('ips.kindAll')}
                value={kind ?? ''}
                onChange={(v) => list.setFilter('kind', v)}
              >
                {IP_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`ipKind.${k}`)}
                  </option>
                ))}
              </FilterSelect>
              <FilterSelect
                testId="ips-use"
                label={t('ips.use')}
                allLabel={t('ips.useAll')}
                value={use ?? ''}
                onChange={(v) => list.setFilter('use', v)}
              >
                <option value="free">{t('ips.free')}</option>
                <option value="allocated">{t('ips.allocated')}</option>
              </FilterSelect>
            </>
          }
          status={status}
          connection={data?.ipAddresses}
          pager="ips"
          list={list}
          testId="ips-table"
          rowKey={(ip) => ip.id}
          rowAttributes={(ip) => ({
            'data-test-id': 'ip-row',
            'data-address': ip.address,
            'data-ip-id': ip.id,
            'data-account-id': ip.account?.id,
          })}
          empty={t('ips.empty')}
          columns={[
            {
              id: 'address',
              header: t('ips.col.address'),
              className: 'font-mono text-xs font-medium',
              cell: (ip) => ip.address,
            },
            { id: 'server', header: t('ips.col.server'), className: 'text-muted', cell: (ip) => ip.server.name },
            { id: 'kind', header: t('ips.col.kind'), cell: (ip) => t(`ipKind.${ip.kind}`) },
            {
              id: 'account',
              header: t('ips.col.account'),
              cell: (ip) =>
                ip.account ? (
                  <span data-test-id="ip-account">
                    <span className="font-mono text-muted">#{ip.account.id}</span> {ip.account.name}
                    {ip.allocatedAt ? (
                      <span className="block text-xs text-muted">{formatDate(ip.allocatedAt)}</span>
                    ) : null}
                  </span>
                ) : (
                  <span className="text-muted">{ip.kind === 'DEDICATED' ? t('ips.free') : '—'}</span>
                ),
            },
            {
              id: 'actions',
              header: t('common.actions'),
              align: 'right',
              cell: (ip) => <IpActions ip={ip} onDone={messages.done} onError={messages.failed} />,
            },
          ]}
        />
        <div className="space-y-6">
          <AddIpAddressesForm servers={servers} onDone={messages.done} />
          <AllocateIpForm servers={servers} onDone={messages.done} />
        </div>
      </div>
    </Page>
  );
}
