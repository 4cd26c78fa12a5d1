import { Link } from 'react-router';
import { AddLink } from '../../components/AddLink';
import { Badge } from '../../components/Badge';
import { FilterInput } from '../../components/FilterInput';
import { FilterSelect } from '../../components/FilterSelect';
import { ListCard } from '../../components/ListCard';
import { LoadError, Loading, Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { PAGE_SIZE, useListParams } from '../../components/useListParams';
import { useListQuery } from '../../components/useListQuery';
import type { KbAdminQuery as Result, KbArticleState } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { KbCategoriesCard, KbSettingsCard, KbStatsCard } from './KbAdminCards';
import { KbAdminQuery } from './knowledge.operations';
import { articleEditorPath } from './pageIds';

type Row = Result['kbAdminArticles']['nodes'][number];
const STATES: readonly KbArticleState[] = ['DRAFT', 'PUBLISHED'];

/** Admins: the company's knowledge base — its figures, whether it is public, categories and articles. */
export function AdminKnowledgePage() {
  const { role } = useViewer();
  const t = useT();
  const messages = usePageMessages();
  const list = useListParams();
  const state = STATES.find((s) => s === list.get('state')) ?? null;
  const search = list.get('q');
  const { data, status } = useListQuery(KbAdminQuery, {
    variables: { after: list.after || null, first: PAGE_SIZE, search: search || null, state },
  });
  const report = { onDone: messages.done, onError: messages.failed };

  return (
    <Page
      id="admin-knowledge"
      title={t('kbAdmin.title')}
      intro={t('kbAdmin.intro')}
      actions={
        data && data.kbAdminCategories.length > 0 ? (
          <AddLink to={articleEditorPath('new')} testId="kb-new-article" label={t('kbAdmin.newArticle')} />
        ) : null
      }
    >
      {messages.view}
      <KbStatsCard />
      {!data ? (
        status.error ? (
          <LoadError error={status.error} onRetry={() => void status.refetch()} />
        ) : (
          <Loading />
        )
      ) : (
        <>
          <div className="grid gap-6 lg:grid-cols-2">
            <KbCategoriesCard categories={data.kbAdminCategories} report={report} />
            {/* Opening the knowledge base to the public is the admins' call; staff write it. */}
            {role === 'SUPPORT_STAFF' ? null : (
              <KbSettingsCard isPublic={data.kbSettings.publicKnowledgeBase} report={report} />
            )}
          </div>
          <ListCard<Row>
            title={t('kbAdmin.articles')}
            status={status}
            connection={data.kbAdminArticles}
            pager="kb-articles"
            list={list}
            testId="kb-admin-articles"
            rowKey={(a) => a.id}
            rowAttributes={(a) => ({
              'data-test-id': 'kb-admin-article-row',
              'data-slug': a.slug,
              'data-state': a.state,
            })}
            empty={t('kbAdmin.noArticles')}
            toolbar={
              <>
                <FilterInput
                  testId="kb-admin-search"
                  label={t('kbAdmin.searchTitles')}
                  value={search}
                  onApply={(v) => list.setFilter('q', v)}
                />
                <FilterSelect
                  testId="kb-admin-state"
                  label={t('kbAdmin.col.state')}
                  allLabel={t('kbAdmin.all')}
                  value={state ?? ''}
                  onChange={(v) => list.setFilter('state', v)}
                >
                  {STATES.map((s) => (
                    <option key={s} value={s}>
                      {t(`kbAdmin.state.${s}`)}
                    </option>
                  ))}
                </FilterSelect>
              </>
            }
            columns={[
              {
                id: 'title',
                header: t('kbAdmin.col.title'),
                cell: (a) => (
                  <Link to={articleEditorPath(a.id)} data-test-id="kb-admin-article-link" className="font-medium">
                    {a.title}
                  </Link>
                ),
              },
              {
                id: 'category',
                header: t('kbAdmin.col.category'),
                cell: (a) => `${a.category.name} (${a.language})`,
              },
              {
                id: 'state',
                header: t('kbAdmin.col.state'),
                cell: (a) => (
                  <span className="flex flex-wrap gap-1">
                    <Badge tone={a.state === 'PUBLISHED' ? 'green' : 'gray'} value={a.state} testId="kb-article-state">
                      {t(`kbAdmin.state.${a.state}`)}
                    </Badge>
                    {a.sharedWithResellers ? <Badge tone="blue">{t('kbAdmin.shared')}</Badge> : null}
                  </span>
                ),
              },
              { id: 'views', header: t('kbAdmin.col.views'), cell: (a) => String(a.views) },
              {
                id: 'helpful',
                header: t('kbAdmin.col.helpful'),
                cell: (a) => `${a.helpfulCount} / ${a.helpfulCount + a.notHelpfulCount}`,
              },
            ]}
          />
        </>
      )}
    </Page>
  );
}
