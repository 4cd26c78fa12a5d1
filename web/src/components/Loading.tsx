import { useT } from '../i18n/I18nProvider';

/** The spinner while a page or its data loads (in the entry: the shell shows it before any page). */
export function Loading() {
  const t = useT();
  return (
    <p role="status" className="flex items-center gap-2 py-6 text-sm text-muted">
      <span
        className="size-4 animate-spin rounded-full border-2 border-brand-200 border-t-brand-600"
        aria-hidden="true"
      />
      {t('common.loading')}
    </p>
  );
}
