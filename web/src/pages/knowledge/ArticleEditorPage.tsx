import { useApolloClient, useMutation, useQuery } from '@apollo/client';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { ConfirmButton } from '../../components/ConfirmButton';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card, LoadError, Loading, Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import {
  CreateKbArticleMutation,
  DeleteKbArticleMutation,
  KbAdminArticleQuery,
  KbAdminQuery,
  KbPreviewQuery,
  PublishKbArticleMutation,
  UnpublishKbArticleMutation,
  UpdateKbArticleMutation,
} from './knowledge.operations';
import { ARTICLE_HTML_CLASSES } from './ArticleView';
import { ADMIN_KNOWLEDGE_PATH, articleEditorPath } from './pageIds';

const FIELDS = ['title', 'slug', 'categoryId', 'body', 'sharedWithResellers'];
const REFETCH = { refetchQueries: ['KbAdmin', 'KbAdminArticle'], awaitRefetchQueries: true };

interface Draft {
  title: string;
  slug: string;
  categoryId: string;
  body: string;
  sharedWithResellers: boolean;
}

/**
 * Admins write an article: title, category, Markdown with a preview from the server's own renderer
 * (what readers will see), and, once saved, publish or take it back to draft.
 */
export function ArticleEditorPage() {
  const t = useT();
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  const viewer = useViewer();
  const navigate = useNavigate();
  const client = useApolloClient();
  const messages = usePageMessages();
  const categories = useQuery(KbAdminQuery, { variables: { first: 1 } }).data?.kbAdminCategories;
  const existing = useQuery(KbAdminArticleQuery, { variables: { id }, skip: isNew });
  const article = existing.data?.kbAdminArticle;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const [create] = useMutation(CreateKbArticleMutation, REFETCH);
  const [update] = useMutation(UpdateKbArticleMutation, REFETCH);
  const [publish, publishing] = useMutation(PublishKbArticleMutation, REFETCH);
  const [unpublish, unpublishing] = useMutation(UnpublishKbArticleMutation, REFETCH);
  const [remove, removing] = useMutation(DeleteKbArticleMutation, { refetchQueries: ['KbAdmin'] });

  useEffect(() => {
    if (draft) return;
    if (article)
      setDraft({
        title: article.title,
        slug: article.slug,
        categoryId: article.category.id,
        body: article.body,
        sharedWithResellers: article.sharedWithResellers,
      });
    else if (isNew && categories)
      setDraft({ title: '', slug: '', categoryId: categories[0]?.id ?? '', body: '', sharedWithResellers: false });
  }, [article, categories, isNew, draft]);

  if (!draft || !categories) return existing.error ? <LoadError error={existing.error} /> : <Loading />;

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value });
  const input = {
    title: draft.title,
    slug: draft.slug.trim() || null,
    categoryId: draft.categoryId,
    body: draft.body,
    sharedWithResellers: draft.sharedWithResellers,
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    let createdId: string | null = null;
    const saved = await run(async () => {
      if (isNew) createdId = (await create({ variables: { input } })).data?.createKbArticle.id ?? null;
      else await update({ variables: { id, input } });
    });
    if (!saved) return;
    if (createdId) navigate(articleEditorPath(createdId), { state: { notice: t('kbEditor.saved') } });
    else messages.done(t('kbEditor.saved'));
  }

  async function showPreview() {
    const result = await client.query({
      query: KbPreviewQuery,
      variables: { body: draft!.body },
      fetchPolicy: 'no-cache',
    });
    setPreview(result.data.kbPreview);
  }

  return (
    <Page
      id="kb-article-editor"
      title={isNew ? t('kbEditor.newTitle') : t('kbEditor.editTitle')}
      back={<BackLink to={ADMIN_KNOWLEDGE_PATH} label={t('kbEditor.back')} />}
      actions={
        article ? (
          <>
            {article.state === 'DRAFT' ? (
              <button
                type="button"
                className="btn btn-primary"
                data-test-id="kb-publish"
                disabled={publishing.loading}
                onClick={() => void messages.run(() => publish({ variables: { id } }), t('kbEditor.published'))}
              >
                {t('kbEditor.publish')}
              </button>
            ) : (
              <button
                type="button"
                className="btn btn-secondary"
                data-test-id="kb-unpublish"
                disabled={unpublishing.loading}
                onClick={() => void messages.run(() => unpublish({ variables: { id } }), t('kbEditor.unpublished'))}
              >
                {t('kbEditor.unpublish')}
              </button>
            )}
            <ConfirmButton
              testId="kb-delete"
              label={t('kbEditor.delete')}
              question={t('kbEditor.deleteQuestion')}
              busy={removing.loading}
              onConfirm={() =>
                remove({ variables: { id } }).then(
                  () => navigate(ADMIN_KNOWLEDGE_PATH, { state: { notice: t('kbEditor.deleted') } }),
                  messages.failed,
                )
              }
            />
          </>
        ) : null
      }
    >
      {messages.view}
      {article ? (
        <p className="text-sm" data-test-id="kb-editor-state" data-state={article.state}>
          {t(`kbAdmin.state.${article.state}`)}
        </p>
      ) : null}
      <form onSubmit={(e) => void onSubmit(e)} className="space-y-6">
        <Card>
          <div className="grid gap-4 md:grid-cols-2">
            <TextField
              name="title"
              testId="kb-title"
              label={t('kbEditor.title')}
              value={draft.title}
              maxLength={200}
              error={errors.fields.title}
              onChange={(e) => set('title', e.target.value)}
            />
            <SelectField
              name="categoryId"
              testId="kb-category-select"
              label={t('kbEditor.category')}
              value={draft.categoryId}
              error={errors.fields.categoryId}
              onChange={(e) => set('categoryId', e.target.value)}
            >
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.language})
                </option>
              ))}
            </SelectField>
            <TextField
              name="slug"
              testId="kb-slug"
              label={t('kbEditor.slug')}
              hint={t('kbEditor.slugHint')}
              value={draft.slug}
              maxLength={120}
              error={errors.fields.slug}
              onChange={(e) => set('slug', e.target.value)}
            />
            {viewer.role === 'MASTER_ADMIN' ? (
              <CheckboxField
                testId="kb-shared"
                label={t('kbEditor.shared')}
                checked={draft.sharedWithResellers}
                onChange={(e) => set('sharedWithResellers', e.target.checked)}
              />
            ) : null}
          </div>
          <TextAreaField
            name="body"
            testId="kb-body"
            label={t('kbEditor.body')}
            hint={t('kbEditor.bodyHint')}
            rows={16}
            className="mt-4"
            value={draft.body}
            error={errors.fields.body}
            onChange={(e) => set('body', e.target.value)}
          />
          <FormError message={errors.general} />
          <div className="mt-4 flex flex-wrap gap-2">
            <button type="submit" className="btn btn-primary" disabled={busy} data-test-id="kb-save">
              {t('kbEditor.save')}
            </button>
            <button
              type="button"
              className="btn btn-secondary"
              data-test-id="kb-preview-button"
              onClick={() => void showPreview().catch(messages.failed)}
            >
              {t('kbEditor.preview')}
            </button>
          </div>
        </Card>
      </form>
      {preview !== null ? (
        <Card title={t('kbEditor.preview')} testId="kb-preview">
          <div
            className={ARTICLE_HTML_CLASSES}
            data-test-id="kb-preview-body"
            // The server's renderer: raw HTML off, URLs checked (modules/knowledge/markdown.ts).
            dangerouslySetInnerHTML={{ __html: preview }}
          />
        </Card>
      ) : null}
    </Page>
  );
}
