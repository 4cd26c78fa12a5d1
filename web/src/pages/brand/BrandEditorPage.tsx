import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { startPreview } from '../../brand/preview';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card, LoadError, Loading, Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { BrandEditorQuery, BrandSettingsInput } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { BrandChoiceSections } from './BrandChoiceSections';
import { DRAFT_FIELDS, settingsInput } from './brandForm';
import {
  BrandEditorQuery as EditorQuery,
  DiscardBrandDraftMutation,
  PublishBrandDraftMutation,
  SaveBrandDraftMutation,
} from './brand.operations';
import { BrandVersionsCard } from './BrandVersionsCard';
import { GalleryCard } from './GalleryCard';
import { ThemeFileCard } from './ThemeFileCard';

/**
 * Admin: the own company's brand (`/admin/brand`, RES-3, LF-2, LF-3). A draft is edited here,
 * previewed on the real panel, published as the next version, rolled back; themes come from the
 * gallery or a file and go to a file.
 */
export function BrandEditorPage() {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(EditorQuery, { fetchPolicy: 'cache-and-network' });
  const messages = usePageMessages();
  if (!data) {
    return (
      <Page id="brand" title={t('brand.title')}>
        {error ? <LoadError error={error} onRetry={() => void refetch()} /> : <Loading />}
      </Page>
    );
  }
  const editor = data.brandEditor;
  // The form starts again from the stored draft whenever the API answers with another one.
  const formKey = `${editor.draftUpdatedAt ?? 'none'}:${editor.published.version ?? 0}`;
  return (
    <Page id="brand" title={t('brand.title')} intro={t('brand.intro')}>
      {messages.view}
      <BrandDraftForm key={formKey} data={data} messages={messages} />
      <ThemeFileCard publishedName={editor.published.name} onImported={messages.done} onFailed={messages.failed} />
      <BrandVersionsCard versions={editor.versions} onDone={messages.done} onFailed={messages.failed} />
    </Page>
  );
}

type Messages = ReturnType<typeof usePageMessages>;

function BrandDraftForm({ data, messages }: { data: BrandEditorQuery; messages: Messages }) {
  const { t, formatDate } = useI18n();
  const navigate = useNavigate();
  const editor = data.brandEditor;
  const source = editor.draft ?? editor.published;
  const [name, setName] = useState(source.name);
  const [settings, setSettings] = useState<BrandSettingsInput>(() => settingsInput(source.settings));
  const [dirty, setDirty] = useState(false);
  const { errors, busy, run } = useFormSubmit(DRAFT_FIELDS);
  // The panel shows the published theme (or the draft while previewing): reload it after each change.
  const refetch = { refetchQueries: ['Session'], awaitRefetchQueries: true };
  const [save] = useMutation(SaveBrandDraftMutation, refetch);
  const [discard] = useMutation(DiscardBrandDraftMutation, refetch);
  const [publish] = useMutation(PublishBrandDraftMutation, refetch);

  const change = (patch: Partial<BrandSettingsInput>) => {
    setSettings((s) => ({ ...s, ...patch }));
    setDirty(true);
  };

  const saveDraft = (input: { name: string; settings: BrandSettingsInput }) =>
    run(async () => {
      await save({ variables: { input } });
    });

  async function onSave(e?: FormEvent) {
    e?.preventDefault();
    if (await saveDraft({ name, settings })) messages.done(t('brand.saved'));
  }

  async function onPreview() {
    // Unsaved changes are saved first: the preview shows the stored draft.
    if ((dirty || !editor.draft) && !(await saveDraft({ name, settings }))) return;
    startPreview();
    void navigate('/');
  }

  async function onPublish() {
    if ((dirty || !editor.draft) && !(await saveDraft({ name, settings }))) return;
    await messages.run(() => publish(), t('brand.published', { name }));
  }

  const hasDraft = editor.draft !== null;
  return (
    <>
      <Card title={t('brand.gallery')} testId="brand-gallery-card">
        <p className="mb-4 text-sm text-muted">{t('brand.gallery.intro')}</p>
        <GalleryCard
          themes={data.brandGallery}
          busy={busy}
          onUse={(theme) => {
            // The gallery's look; the company's own logo, favicon and texts stay.
            const next = {
              ...settingsInput(theme.settings),
              logo: settings.logo,
              favicon: settings.favicon,
              texts: settings.texts,
            };
            void saveDraft({ name: theme.name, settings: next }).then(
              (ok) => ok && messages.done(t('brand.gallery.started', { name: theme.name })),
            );
          }}
        />
      </Card>

      <form noValidate onSubmit={(e) => void onSave(e)} className="space-y-6" data-test-id="brand-form">
        <Card
          title={t('brand.draft')}
          aside={
            <span data-test-id="brand-status" data-draft={String(hasDraft)} className="text-xs text-muted">
              {hasDraft
                ? t('brand.draftSaved', { date: formatDate(editor.draftUpdatedAt as string) })
                : t('brand.noDraft', { name: editor.published.name })}
            </span>
          }
        >
          <div className="space-y-4">
            <FormError message={errors.general} />
            <TextField
              name="name"
              testId="brand-name"
              label={t('brand.name')}
              value={name}
              maxLength={60}
              error={errors.fields.name}
              className="sm:max-w-md"
              onChange={(e) => {
                setName(e.target.value);
                setDirty(true);
              }}
            />
          </div>
        </Card>

        <BrandChoiceSections settings={settings} onChange={change} errors={errors.fields} />

        <div className="flex flex-wrap items-center gap-2 rounded-xl border border-line bg-surface p-3 shadow-sm">
          <button type="submit" data-test-id="brand-save" className="btn btn-primary" disabled={busy}>
            {t('brand.save')}
          </button>
          <button
            type="button"
            data-test-id="brand-preview"
            className="btn btn-secondary"
            disabled={busy}
            onClick={() => void onPreview()}
          >
            {t('brand.preview')}
          </button>
          <button
            type="button"
            data-test-id="brand-publish"
            className="btn btn-secondary"
            disabled={busy}
            onClick={() => void onPublish()}
          >
            {t('brand.publish')}
          </button>
          {hasDraft ? (
            <button
              type="button"
              data-test-id="brand-discard"
              className="btn btn-ghost ml-auto"
              disabled={busy}
              onClick={() => void messages.run(() => discard(), t('brand.discarded'))}
            >
              {t('brand.discard')}
            </button>
          ) : null}
          {dirty ? (
            <span className="text-xs text-muted" data-test-id="brand-unsaved">
              {t('brand.unsaved')}
            </span>
          ) : null}
        </div>
      </form>
    </>
  );
}
