import { useRef } from 'react';
import { CopyButton } from '../../components/CopyButton';
import { useT } from '../../i18n/I18nProvider';

/** New recovery codes, shown this once: copy or download them, then close. */
export function RecoveryCodesPanel({ codes, onDone }: { codes: readonly string[]; onDone(): void }) {
  const t = useT();
  const list = useRef<HTMLOListElement>(null);
  const text = codes.join('\n') + '\n';
  return (
    <div data-test-id="recovery-codes" className="space-y-3 rounded-lg border border-amber-200 bg-amber-50 p-4">
      <p className="text-sm text-amber-900">{t('security.recovery.intro')}</p>
      <ol ref={list} className="grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-sm text-ink sm:grid-cols-2">
        {codes.map((c) => (
          <li key={c} data-test-id="recovery-code">
            {c}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <CopyButton value={text} shown={list} testId="recovery-codes-copy" />
        <a
          data-test-id="recovery-codes-download"
          className="btn btn-secondary btn-sm"
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
          download="recovery-codes.txt"
        >
          {t('security.recovery.download')}
        </a>
        <button type="button" data-test-id="recovery-codes-done" className="btn btn-primary btn-sm" onClick={onDone}>
          {t('security.recovery.done')}
        </button>
      </div>
    </div>
  );
}
