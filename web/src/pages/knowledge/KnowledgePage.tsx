import { useState } from 'react';
import { useParams } from 'react-router';
import { TextAreaField, TextField } from '../../components/Field';
import { Notice } from '../../components/Messages';
import { Card, Page } from '../../components/Page';
import { useT } from '../../i18n/I18nProvider';
import { ArticleView } from './ArticleView';
import { KbBrowser } from './KbBrowser';
import { KbSuggestions } from './KbSuggestions';
import { KNOWLEDGE_PATH } from './pageIds';

/** The customer's knowledge base: search, categories, and a question box that suggests articles. */
export function KnowledgePage() {
  const t = useT();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [answered, setAnswered] = useState(false);
  return (
    <Page id="knowledge" title={t('kb.title')} intro={t('kb.intro')}>
      <KbBrowser basePath={KNOWLEDGE_PATH} />
      <Card title={t('kb.ask.title')} testId="kb-ask">
        <p className="mb-4 text-sm text-muted">{t('kb.ask.intro')}</p>
        <div className="space-y-4">
          <TextField
            name="subject"
            testId="kb-ask-subject"
            label={t('kb.ask.subject')}
            value={subject}
            maxLength={300}
            onChange={(e) => {
              setSubject(e.target.value);
              setAnswered(false);
            }}
          />
          <TextAreaField
            name="body"
            testId="kb-ask-body"
            label={t('kb.ask.body')}
            rows={4}
            value={body}
            onChange={(e) => {
              setBody(e.target.value);
              setAnswered(false);
            }}
          />
          {answered ? (
            <Notice message={t('kb.suggestions.thanks')} />
          ) : (
            <KbSuggestions subject={subject} body={body} onAnswered={() => setAnswered(true)} />
          )}
        </div>
      </Card>
    </Page>
  );
}

/** One article, inside the panel. */
export function KnowledgeArticlePage() {
  const t = useT();
  const { slug = '' } = useParams();
  return (
    <Page id="knowledge-article" title={t('kb.title')}>
      <Card>
        <ArticleView slug={slug} basePath={KNOWLEDGE_PATH} />
      </Card>
    </Page>
  );
}
