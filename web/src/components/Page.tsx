import { useContext, useEffect, type ReactNode } from 'react';
import type { AreaPageId } from '../app/areas';
import { useT } from '../i18n/I18nProvider';
import { SessionContext } from '../session/SessionContext';
import { generalMessage } from './formErrors';
import { isNotFound, NotFoundNotice } from './Messages';
import { Loading } from './Loading';

export { Loading };

/** Page ids of the test contract: the root carries `page-<id>`. Areas declare theirs (app/area.ts). */
export type PageId =
  | AreaPageId
  | 'signup'
  | 'setup'
  | 'login'
  | 'impersonate'
  | 'forgot-password'
  | 'reset-password'
  | 'verify-email'
  | 'not-found'
  | 'forbidden';

interface PageProps {
  id: PageId;
  title: string;
  intro?: ReactNode;
  /** Buttons or links at the right of the title. */
  actions?: ReactNode;
  /** A link above the title, e.g. back to a list. */
  back?: ReactNode;
  children?: ReactNode;
}

/**
 * Every page: a root with its test id, one h1, an optional intro and actions. Sets the document
 * title: the page, then the company whose panel this is (never the product: a reseller's panel
 * shows its own name only, RES-2).
 */
export function Page({ id, title, intro, actions, back, children }: PageProps) {
  const company = useContext(SessionContext)?.branding.companyName;
  useEffect(() => {
    document.title = company ? `${title} · ${company}` : title;
  }, [title, company]);
  return (
    <section data-test-id={`page-${id}`} className="space-y-6">
      <header className="space-y-2">
        {back ? <div className="text-sm">{back}</div> : null}
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="min-w-0">
            {/* tabIndex -1: focus lands here after a move inside the panel (skins/pageHeading.ts). */}
            <h1
              data-test-id="page-title"
              tabIndex={-1}
              className="text-2xl font-semibold tracking-tight break-words text-ink focus:outline-none"
            >
              {title}
            </h1>
            {intro ? <p className="mt-1 text-sm text-muted">{intro}</p> : null}
          </div>
          {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
        </div>
      </header>
      {children}
    </section>
  );
}

interface CardProps {
  title?: ReactNode;
  /** Beside the heading, at the right: a count, a small action. */
  aside?: ReactNode;
  children: ReactNode;
  className?: string;
  /** No padding around the content: for a table that runs to the card's edges. */
  flush?: boolean;
  testId?: string;
}

/** A white card with an optional heading. */
export function Card({ title, aside, children, className = '', flush = false, testId }: CardProps) {
  return (
    <div className={`card ${flush ? 'overflow-hidden' : ''} ${className}`} data-test-id={testId}>
      {title ? (
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-line px-5 py-3.5 sm:px-6">
          <h2 className="card-title">{title}</h2>
          {aside}
        </div>
      ) : null}
      <div className={flush ? 'overflow-x-auto' : 'card-body'}>{children}</div>
    </div>
  );
}

/**
 * A page whose data could not be loaded: the reason, and a retry. An object that does not exist
 * (NOT_FOUND) gets a way back instead: trying again would answer the same.
 */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  if (isNotFound(error)) return <NotFoundNotice />;
  return (
    <div
      role="alert"
      data-test-id="form-error"
      className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
    >
      <p className="font-medium">{t('error.loadFailed')}</p>
      <p className="mt-1">{generalMessage(error, t)}</p>
      {onRetry ? (
        <button type="button" className="btn btn-secondary btn-sm mt-3" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
