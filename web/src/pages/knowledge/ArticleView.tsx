import { useMutation, useQuery } from '@apollo/client';
import { useState } from 'react';
import { Link } from 'react-router';
import { LoadError, Loading } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../../session/SessionContext';
import { KbArticleQuery, MarkArticleHelpfulMutation } from './knowledge.operations';

/** How an article's HTML is laid out (the server's tags, styled from outside: it carries no classes). */
export const ARTICLE_HTML_CLASSES =
  'space-y-3 leading-relaxed [&_h3]:font-semibold [&_a]:text-brand-700 [&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h1]:text-xl [&_h1]:font-semibold [&_h2]:text-lg [&_h2]:font-semibold [&_img]:max-w-full [&_ol]:list-decimal [&_ol]:pl-6 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-3 [&_ul]:list-disc [&_ul]:pl-6';

/**
 * One article as its readers see it: the HTML the server rendered from its Markdown (raw HTML
 * refused, links and images checked there, so it is shown as it comes) and, for a signed-in
 * reader, "was this helpful".
 */
export function ArticleView({ slug, basePath }: { slug: string; basePath: string }) {
  const { t, formatDate } = useI18n();
  const { viewer } = useSession();
  const query = useQuery(KbArticleQuery, { variables: { slug } });
  const [mark, marking] = useMutation(MarkArticleHelpfulMutation);
  const [answered, setAnswered] = useState(false);
  const article = query.data?.kbArticle;
  if (!article) return query.error ? <LoadError error={query.error} /> : <Loading />;

  return (
    <article className="space-y-4" data-test-id="kb-article" data-slug={slug}>
      <div className="text-sm">
        <Link to={basePath} data-test-id="kb-back">
          ← {t('kb.back')}
        </Link>
        <span className="text-muted"> · {article.category.name}</span>
      </div>
      <h2 className="text-2xl font-semibold tracking-tight text-ink" data-test-id="kb-article-title">
        {article.title}
      </h2>
      <p className="text-xs text-muted">{t('kb.updated', { date: formatDate(article.updatedAt) })}</p>
      <div
        className={ARTICLE_HTML_CLASSES}
        data-test-id="kb-article-body"
        // The server rendered it with markdown-it, raw HTML off and URLs checked (modules/knowledge/markdown.ts).
        dangerouslySetInnerHTML={{ __html: article.html }}
      />
      {viewer ? (
        <div className="flex flex-wrap items-center gap-3 border-t border-line pt-4" data-test-id="kb-helpful">
          {answered ? (
            <span className="text-sm text-muted" data-test-id="kb-helpful-thanks">
              {t('kb.thanks')}
            </span>
          ) : (
            <>
              <span className="text-sm">{t('kb.helpfulQuestion')}</span>
              {([true, false] as const).map((helpful) => (
                <button
                  key={String(helpful)}
                  type="button"
                  className="btn btn-secondary"
                  data-test-id={helpful ? 'kb-helpful-yes' : 'kb-helpful-no'}
                  disabled={marking.loading}
                  onClick={() => void mark({ variables: { id: article.id, helpful } }).then(() => setAnswered(true))}
                >
                  {helpful ? t('kb.yes') : t('kb.no')}
                </button>
              ))}
            </>
          )}
        </div>
      ) : null}
    </article>
  );
}
