import { useState } from 'react';
import { useT } from '../i18n/I18nProvider';

interface ConfirmButtonProps {
  /** `<testId>` opens the question; `<testId>-confirm` and `<testId>-cancel` answer it. */
  testId: string;
  label: string;
  /** What is about to happen, e.g. "Delete server web1?". */
  question: string;
  confirmLabel?: string;
  busy?: boolean;
  /** Resolves when done; the question closes either way. */
  onConfirm(): Promise<unknown>;
  className?: string;
}

/** A destructive action asked about in place before it runs (no browser dialog). */
export function ConfirmButton({
  testId,
  label,
  question,
  confirmLabel,
  busy,
  onConfirm,
  className = '',
}: ConfirmButtonProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        data-test-id={testId}
        className={`btn btn-secondary btn-sm text-red-700 ${className}`}
        disabled={busy}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span
      role="group"
      aria-label={question}
      className={`inline-flex flex-wrap items-center justify-end gap-2 ${className}`}
    >
      <span className="text-xs text-ink">{question}</span>
      <button
        type="button"
        data-test-id={`${testId}-confirm`}
        className="btn btn-danger btn-sm"
        disabled={busy}
        autoFocus
        onClick={() => void onConfirm().finally(() => setAsking(false))}
      >
        {confirmLabel ?? label}
      </button>
      <button
        type="button"
        data-test-id={`${testId}-cancel`}
        className="btn btn-ghost btn-sm"
        onClick={() => setAsking(false)}
      >
        {t('common.cancel')}
      </button>
    </span>
  );
}
