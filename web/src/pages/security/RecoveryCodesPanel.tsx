import { useState } from 'react';
import { useT } from '../../i18n/I18nProvider';

/** New recovery codes, shown this once: copy or download them, then close. */
export function RecoveryCodesPanel({ codes, onDone }: { codes: readonly string[]; onDone(): void }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const text = codes.join('\n') + '\n';
  return (
    <div data-test-id="recovery-codes" className="space-y-3 rounded-lg border border-amber-200 bg-amber-50 p-4">
      <p className="text-sm text-amber-900">{t('security.recovery.intro')}</p>
      <ol className="grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-sm text-ink sm:grid-cols-2">
        {codes.map((c) => (
          <li key={c} data-test-id="recovery-code">
            {c}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          data-test-id="recovery-codes-copy"
          className="btn btn-secondary btn-sm"
          onClick={() => void navigator.clipboard?.writeText(text).then(() => setCopied(true))}
        >
          {copied ? t('security.recovery.copied') : t('security.recovery.copy')}
        </button>
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
