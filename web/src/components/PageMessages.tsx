import { useCallback, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { generalMessage } from './formErrors';
import { FormError, Notice } from './Messages';

/** Navigation state that carries a notice to the next page (after creating or deleting, back to the list). */
export interface NoticeState {
  notice: string;
}

/** Where a row's action reports: the page's notice on success, its error message otherwise. */
export interface OutcomeReport {
  onDone(message: string): void;
  onError(err: unknown): void;
}

/** Runs an action and reports its outcome; resolves whether it succeeded. */
export async function reportOutcome(
  report: OutcomeReport,
  action: () => Promise<unknown>,
  success: string,
): Promise<boolean> {
  try {
    await action();
    report.onDone(success);
    return true;
  } catch (err) {
    report.onError(err);
    return false;
  }
}

/**
 * The outcome of actions taken on a page (rows' buttons, delete): a notice on success, the error
 * (CONFLICT, NOT_FOUND…) otherwise. `run` wraps an action and reports either. A notice handed over
 * in the navigation state (`navigate(to, { state: { notice } })`) shows first.
 */
export function usePageMessages() {
  const t = useT();
  const handed = (useLocation().state as Partial<NoticeState> | null)?.notice;
  const [notice, setNotice] = useState<string | null>(handed ?? null);
  const [error, setError] = useState<string | null>(null);

  const done = useCallback((message: string) => {
    setError(null);
    setNotice(message);
  }, []);
  const failed = useCallback(
    (err: unknown) => {
      setNotice(null);
      setError(generalMessage(err, t));
    },
    [t],
  );
  const run = useCallback(
    (action: () => Promise<unknown>, success: string): Promise<boolean> =>
      reportOutcome({ onDone: done, onError: failed }, action, success),
    [done, failed],
  );

  const view = useMemo(
    () => (
      <>
        <Notice message={notice} />
        <FormError message={error} />
      </>
    ),
    [notice, error],
  );
  return { done, failed, run, view };
}
