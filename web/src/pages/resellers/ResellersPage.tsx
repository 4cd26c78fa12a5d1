import { Link } from 'react-router';
import { ListCard } from '../../components/ListCard';
import { Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { SearchBox } from '../../components/SearchBox';
import { PAGE_SIZE, useListParams } from '../../components/useListParams';
import { useListQuery } from '../../components/useListQuery';
import { useI18n } from '../../i18n/I18nProvider';
import { CreateResellerForm } from './CreateResellerForm';
import { resellerPath } from './paths';
import { ResellerStatusBadge } from './ResellerStatusBadge';
import { ResellersQuery } from './resellers.operations';

/** Master admin: every reseller, each opening its own page, and a form to create one. */
export function ResellersPage() {
  const { t, formatDate } = useI18n();
  const list = useListParams();
  const { data, status } = useListQuery(ResellersQuery, {
    variables: { search: list.search || null, after: list.after || null, first: PAGE_SIZE },
  });
  // A reseller deleted on its page comes back here with a notice.
  const messages = usePageMessages();

  return (
    <Page id="resellers" title={t('resellers.title')} intro={t('resellers.intro')}>
      {messages.view}
      <div className="grid items-start gap-6 xl:grid-cols-3">
        <ListCard
          className="xl:col-span-2"
          toolbar={
            <SearchBox
              prefix="resellers"
              label={t('resellers.title')}
              placeholder={`${t('resellers.col.name')} / ${t('resellers.col.host')}`}
              value={list.search}
              onSearch={list.setSearch}
            />
          }
          status={status}
          connection={data?.resellers}
          pager="resellers"
          list={list}
          testId="resellers-table"
          rowKey={(r) => r.id}
          rowAttributes={(r) => ({ 'data-test-id': 'reseller-row', 'data-reseller-id': r.id, 'data-name': r.name })}
          empty={t('resellers.empty')}
          columns={[
            {
              id: 'name',
              header: t('resellers.col.name'),
              cell: (r) => (
                <>
                  <Link to={resellerPath(r.id)} data-test-id="reseller-link" className="link font-medium">
                    {r.name}
                  </Link>
                  {r.isRoot ? (
                    <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700">
                      {t('resellers.root')}
                    </span>
                  ) : null}
                </>
              ),
            },
            {
              id: 'host',
              header: t('resellers.col.host'),
              className: 'font-mono text-xs text-muted',
              cell: (r) => r.cpHost ?? '—',
            },
            {
              id: 'status',
              header: t('resellers.col.status'),
              cell: (r) => <ResellerStatusBadge status={r.status} />,
            },
            {
              id: 'skin',
              header: t('resellers.col.skin'),
              className: 'text-muted',
              cell: (r) => `${t(`skin.${r.defaultSkin}`)} · ${t(`language.${r.defaultLanguage}`)}`,
            },
            {
              id: 'created',
              header: t('common.created'),
              className: 'whitespace-nowrap text-muted',
              cell: (r) => formatDate(r.createdAt),
            },
          ]}
        />
        <CreateResellerForm onDone={messages.done} />
      </div>
    </Page>
  );
}
