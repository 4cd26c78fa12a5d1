import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import { CopyButton } from './CopyButton';

interface LongTextProps {
  value: string;
  /** Lines shown before the cut: one (ellipsis) or two (line clamp). */
  lines?: 1 | 2;
  className?: string;
  /** Test id of the value itself (its text is the whole value, cut or not). */
  testId?: string;
  /** What to show instead of the bare value (a link to it); cut the same way. */
  children?: ReactNode;
}

const CUT = { 1: 'truncate', 2: 'line-clamp-2 break-all' } as const;

/**
 * A value that may be too long for its place (a 600-character TXT record, a long host name): cut with
 * an ellipsis, and, only when it is cut, a "Show all" button that unfolds the whole value with a Copy
 * button (`long-text-toggle`, `long-text-copy`).
 */
export function LongText({ value, lines = 1, className = '', testId, children }: LongTextProps) {
  const t = useT();
  const id = useId();
  const ref = useRef<HTMLSpanElement>(null);
  const [cut, setCut] = useState(false);
  const [open, setOpen] = useState(false);

  // Whether the value overflows its box, again whenever the box changes size (a turned phone).
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || open) return;
    const measure = () => setCut(el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [value, open, lines]);

  return (
    <span className={`block min-w-0 ${className}`}>
      <span
        ref={ref}
        id={id}
        data-test-id={testId}
        data-cut={cut && !open ? 'true' : undefined}
        title={cut && !open ? value : undefined}
        className={open ? 'block break-all whitespace-pre-wrap' : `block ${CUT[lines]}`}
      >
        {children ?? value}
      </span>
      {cut || open ? (
        <span className="flex flex-wrap items-center gap-x-3 font-sans text-xs">
          <button
            type="button"
            className="link inline-flex min-h-6 items-center"
            aria-expanded={open}
            aria-controls={id}
            data-test-id="long-text-toggle"
            onClick={() => setOpen(!open)}
          >
            {open ? t('common.showLess') : t('common.showAll')}
          </button>
          {open ? (
            <CopyButton
              value={value}
              shown={ref}
              testId="long-text-copy"
              className="link inline-flex min-h-6 items-center"
            />
          ) : null}
        </span>
      ) : null}
    </span>
  );
}
