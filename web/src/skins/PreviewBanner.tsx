import { useMutation } from '@apollo/client';
import { useState } from 'react';
import { Link } from 'react-router';
import { leavePreview } from '../brand/preview';
import { PublishPreviewedDraftMutation } from '../brand/preview.operations';
import { generalMessage } from '../components/formErrors';
import { Icon } from '../components/Icon';
import { useT } from '../i18n/I18nProvider';
import { useSession } from '../session/SessionContext';

/**
 * On top of every signed-in page while an admin previews the company's draft theme: which one, and
 * publishing it, going back to the editor or leaving the preview. The API gives the draft to the
 * company's admins only, so nobody else ever sees this.
 */
export function PreviewBanner() {
  const t = useT();
  const { theme } = useSession().branding;
  const [publish, publishing] = useMutation(PublishPreviewedDraftMutation, {
    refetchQueries: ['Session', 'BrandEditor'],
    awaitRefetchQueries: true,
  });
  const [error, setError] = useState<string | null>(null);
  if (!theme.draft) return null;

  async function onPublish() {
    setError(null);
    try {
      await publish();
      leavePreview();
    } catch (e) {
      setError(generalMessage(e, t));
    }
  }

  return (
    <div
      role="status"
      data-test-id="preview-banner"
      data-theme={theme.name}
      className="flex flex-wrap items-center justify-center gap-x-4 gap-y-2 bg-sun px-4 py-2 text-sm text-ink"
    >
      <span className="inline-flex items-center gap-2 font-medium">
        <Icon name="palette" className="size-4 shrink-0" />
        {t('preview.banner', { name: theme.name })}
      </span>
      <span className="inline-flex flex-wrap items-center gap-2">
        <button
          type="button"
          data-test-id="preview-publish"
          className="rounded-md bg-ink px-3 py-1 text-sm font-medium text-white hover:opacity-90 disabled:opacity-60"
          disabled={publishing.loading}
          onClick={() => void onPublish()}
        >
          {t('preview.publish')}
        </button>
        <Link
          to="/admin/brand"
          data-test-id="preview-editor"
          className="rounded-md border border-ink/30 px-3 py-1 font-medium hover:bg-white/30"
        >
          {t('preview.editor')}
        </Link>
        <button
          type="button"
          data-test-id="preview-leave"
          className="rounded-md border border-ink/30 px-3 py-1 font-medium hover:bg-white/30"
          onClick={leavePreview}
        >
          {t('preview.leave')}
        </button>
      </span>
      {error ? (
        <span role="alert" data-test-id="preview-error" className="w-full text-center text-red-800">
          {error}
        </span>
      ) : null}
    </div>
  );
}
