import type { RefObject } from 'react';
import { useT } from '../i18n/I18nProvider';
import { useCopy } from './useCopy';

interface CopyButtonProps {
  value: string;
  /** Where the value is shown: selected for the person when the page may not write to the clipboard. */
  shown?: RefObject<HTMLElement | null>;
  testId: string;
  className?: string;
}

/**
 * "Copy" for a value on the page (a token's secret, a signing request, a setup command): says "Copied"
 * once done; where copying failed, tells the person to select the text and copy it themselves.
 */
export function CopyButton({ value, shown, testId, className = 'btn btn-secondary btn-sm' }: CopyButtonProps) {
  const t = useT();
  const { copied, copy } = useCopy();
  return (
    <>
      <button
        type="button"
        className={className}
        data-test-id={testId}
        onClick={() => void copy(value, shown?.current ?? null)}
      >
        {copied ? t('common.copied') : t('common.copy')}
      </button>
      {copied === false ? (
        <span role="alert" className="text-xs text-muted" data-test-id={`${testId}-failed`}>
          {t('common.copyFailed')}
        </span>
      ) : null}
    </>
  );
}
