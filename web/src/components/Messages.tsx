import { Link, useLocation } from 'react-router';
import { readApiError } from '../graphql/errors';
import { useT } from '../i18n/I18nProvider';
import { activeNavId, navEntry } from '../skins/navigation';
import { Icon } from './Icon';

/** The general error box of a form or page (`form-error`). Renders nothing without a message. */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <div
      role="alert"
      data-test-id="form-error"
      className="flex items-start gap-2 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
    >
      <Icon name="alert" className="mt-0.5 size-4 shrink-0" />
      <span>{message}</span>
    </div>
  );
}

/** A success message after an action (`notice`). */
export function Notice({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <div
      role="status"
      data-test-id="notice"
      className="flex items-start gap-2 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-800"
    >
      <Icon name="check" className="mt-0.5 size-4 shrink-0" />
      <span>{message}</span>
    </div>
  );
}

/** Whether a query failed because its object does not exist (or is another company's): a title may say so. */
export const isNotFound = (error: unknown): boolean => !!error && readApiError(error).code === 'NOT_FOUND';

/**
 * What a page shows when the object it opens does not exist (NOT_FOUND), or is another company's:
 * a way back, not a retry that would answer the same. The way back is the list the address belongs
 * to (`/domains/999` → Domains), when there is one above this page, and home.
 */
export function NotFoundNotice() {
  const t = useT();
  const { pathname } = useLocation();
  const listId = activeNavId(pathname);
  const list = listId ? navEntry(listId) : null;
  const showList = list && list.path !== '/' && list.path !== pathname;
  return (
    <div data-test-id="not-found" className="rounded-lg border border-line bg-slate-50 px-4 py-4 text-sm">
      <p className="font-medium text-ink">{t('notFound.objectTitle')}</p>
      <p className="mt-1 text-muted">{t('notFound.objectText')}</p>
      <p className="mt-3 flex flex-wrap gap-x-5 gap-y-2">
        {showList ? (
          <Link to={list.path} className="link inline-flex items-center gap-1" data-test-id="not-found-list">
            <Icon name="arrowLeft" className="size-4" />
            {t('notFound.backTo', { list: t(list.label) })}
          </Link>
        ) : null}
        <Link to="/" className="link" data-test-id="not-found-home">
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
