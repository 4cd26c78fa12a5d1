import { useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Card, LoadError, Loading } from '../../components/Page';
import type { KbArticleListFieldsFragment, Language } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { KbBrowseQuery, KbSearchQuery } from './knowledge.operations';
import { articlePath } from './pageIds';

/** A list of articles: title (to the article) and excerpt. */
export function ArticleList({
  articles,
  basePath,
  testId,
  empty,
}: {
  articles: readonly KbArticleListFieldsFragment[];
  basePath: string;
  testId: string;
  empty: string;
}) {
  if (articles.length === 0)
    return (
      <p className="text-sm text-muted" data-test-id={`${testId}-empty`}>
        {empty}
      </p>
    );
  return (
    <ul className="divide-y divide-line" data-test-id={testId}>
      {articles.map((a) => (
        <li key={a.id} className="py-3" data-test-id="kb-article-row" data-slug={a.slug}>
          <Link
            to={articlePath(basePath, a.slug)}
            className="font-medium text-brand-700"
            data-test-id="kb-article-link"
          >
            {a.title}
          </Link>
          <p className="mt-1 text-sm text-muted">{a.excerpt}</p>
        </li>
      ))}
    </ul>
  );
}

/**
 * Readers' view of the knowledge base (inside the panel and on the public page): a search over the
 * articles of the reader's language, ranked by the server, and the categories to browse.
 */
export function KbBrowser({ basePath }: { basePath: string }) {
  const { t, language } = useI18n();
  const lang = language as Language;
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const browse = useQuery(KbBrowseQuery, { variables: { categoryId, language: lang } });
  const search = useQuery(KbSearchQuery, { variables: { query, language: lang }, skip: query === '' });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setQuery(draft.trim());
  }

  return (
    <div className="space-y-6">
      <form role="search" onSubmit={onSubmit} className="flex flex-wrap gap-2">
        <label className="min-w-0 flex-1">
          <span className="sr-only">{t('kb.search')}</span>
          <input
            type="search"
            className="input w-full"
            maxLength={200}
            placeholder={t('kb.searchPlaceholder')}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            data-test-id="kb-search"
          />
        </label>
        <button type="submit" className="btn btn-primary" data-test-id="kb-search-submit">
          {t('kb.searchButton')}
        </button>
      </form>

      {query ? (
        <Card title={t('kb.results', { query })} testId="kb-results">
          {search.data ? (
            <ArticleList
              articles={search.data.kbSearch}
              basePath={basePath}
              testId="kb-results-list"
              empty={t('kb.noResults')}
            />
          ) : search.error ? (
            <LoadError error={search.error} />
          ) : (
            <Loading />
          )}
        </Card>
      ) : null}

      {browse.data ? (
        <div className="grid gap-6 md:grid-cols-[14rem_1fr]">
          <nav aria-label={t('kb.categories')} data-test-id="kb-categories">
            <ul className="space-y-1 text-sm">
              {[{ id: null, name: t('kb.allArticles') }, ...browse.data.kbCategories].map((c) => (
                <li key={c.id ?? 'all'}>
                  <button
                    type="button"
                    className={`w-full rounded px-2 py-1 text-left ${c.id === categoryId ? 'bg-brand-50 font-medium text-brand-700' : 'hover:bg-slate-50'}`}
                    data-test-id="kb-category"
                    data-category-id={c.id ?? ''}
                    aria-pressed={c.id === categoryId}
                    onClick={() => setCategoryId(c.id)}
                  >
                    {c.name}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <Card>
            <ArticleList
              articles={browse.data.kbArticles.nodes}
              basePath={basePath}
              testId="kb-articles"
              empty={t('kb.noArticles')}
            />
          </Card>
        </div>
      ) : browse.error ? (
        <LoadError error={browse.error} onRetry={() => void browse.refetch()} />
      ) : (
        <Loading />
      )}
    </div>
  );
}
