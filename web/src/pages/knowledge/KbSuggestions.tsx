import { useMutation, useQuery } from '@apollo/client';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Language } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { KbSuggestionsQuery, RecordDeflectionMutation } from './knowledge.operations';
import { articlePath, KNOWLEDGE_PATH } from './pageIds';
import { suggestionInput } from './suggestionInput';

/** How long typing must pause before the panel asks for suggestions. */
export const SUGGEST_DEBOUNCE_MS = 400;

/**
 * Articles that may answer a ticket being written (SUP-2), asked for as the subject and first
 * lines are typed (after a pause, from a few characters on). "This answered my question" records a
 * deflection and calls `onAnswered`: the form it sits in then drops the ticket. The new-ticket form
 * embeds it; so does the knowledge base's "Ask a question".
 */
export function KbSuggestions({
  subject,
  body,
  onAnswered,
}: {
  subject: string;
  body: string;
  onAnswered(articleId: string): void;
}) {
  const { t, language } = useI18n();
  const [asked, setAsked] = useState(() => suggestionInput(subject, body));
  useEffect(() => {
    const timer = setTimeout(() => setAsked(suggestionInput(subject, body)), SUGGEST_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [subject, body]);
  const query = useQuery(KbSuggestionsQuery, {
    variables: { subject: asked?.subject ?? '', body: asked?.body ?? '', language: language as Language },
    skip: asked === null,
  });
  const [deflect, deflecting] = useMutation(RecordDeflectionMutation);
  const shown = asked ? ((query.data ?? query.previousData)?.kbSuggestions ?? []) : [];
  if (shown.length === 0) return null;

  return (
    <aside className="rounded-lg border border-brand-600/20 bg-brand-50 p-4" data-test-id="kb-suggestions">
      <h2 className="text-sm font-semibold text-ink">{t('kb.suggestions.title')}</h2>
      <ul className="mt-2 space-y-3">
        {shown.map((a) => (
          <li key={a.id} data-test-id="kb-suggestion" data-slug={a.slug}>
            <Link
              to={articlePath(KNOWLEDGE_PATH, a.slug)}
              target="_blank"
              className="font-medium text-brand-700"
              data-test-id="kb-suggestion-link"
            >
              {a.title}
            </Link>
            <p className="text-sm text-muted">{a.excerpt}</p>
            <button
              type="button"
              className="btn btn-secondary mt-1"
              data-test-id="kb-suggestion-answered"
              disabled={deflecting.loading}
              onClick={() => void deflect({ variables: { articleId: a.id } }).then(() => onAnswered(a.id))}
            >
              {t('kb.suggestions.answered')}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
