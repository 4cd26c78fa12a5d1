import { useT } from '../i18n/I18nProvider';

interface PagerProps {
  /** Test id prefix: `<prefix>-next`, `<prefix>-first`. */
  prefix: string;
  shown: number;
  total: number;
  hasNextPage: boolean;
  onFirstPage: boolean;
  onNext(): void;
  onFirst(): void;
}

/** Cursor pagination: forward one page, or back to the first. */
export function Pager({ prefix, shown, total, hasNextPage, onFirstPage, onNext, onFirst }: PagerProps) {
  const t = useT();
  return (
    <nav
      className="flex flex-wrap items-center justify-between gap-3 border-t border-line px-4 py-3 text-sm text-muted"
      aria-label={t('common.nextPage')}
    >
      <span data-test-id={`${prefix}-count`}>{t('common.showing', { count: shown, total })}</span>
      <div className="flex gap-2">
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          data-test-id={`${prefix}-first`}
          disabled={onFirstPage}
          onClick={onFirst}
        >
          {t('common.firstPage')}
        </button>
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          data-test-id={`${prefix}-next`}
          disabled={!hasNextPage}
          onClick={onNext}
        >
          {t('common.nextPage')}
        </button>
      </div>
    </nav>
  );
}
