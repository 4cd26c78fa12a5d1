import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { TextAreaField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { ImportZoneFileMutation } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { ImportZoneFileMutation as ImportZoneFile } from './domains.operations';

type Outcome = ImportZoneFileMutation['importZoneFile'];
type Line = Outcome['skipped'][number];

/** Pastes a BIND zone file into an own or parked domain; shows what was added, skipped and refused (`zone-import-*`). */
export function ImportZoneForm({ domainId, onDone }: { domainId: string; onDone(message: string): void }) {
  const t = useT();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [importZone] = useMutation(ImportZoneFile, { refetchQueries: ['Domain'], awaitRefetchQueries: true });
  const { errors, busy, run } = useFormSubmit(['text']);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setOutcome(null);
    let result: Outcome | null = null;
    const ok = await run(async () => {
      result = (await importZone({ variables: { domainId, text } })).data?.importZoneFile ?? null;
    });
    if (ok && result) {
      setOutcome(result);
      onDone(t('import.done', { count: (result as Outcome).added.length }));
    }
  }

  return (
    <Card title={t('import.title')}>
      <form noValidate onSubmit={(e) => void submit(e)} className="space-y-4">
        <FormError message={errors.general} />
        <TextAreaField
          name="text"
          testId="zone-import-text"
          label={t('import.text')}
          hint={t('import.hint')}
          error={errors.fields.text}
          rows={8}
          spellCheck={false}
          style={{ fontFamily: 'ui-monospace, monospace' }}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button
          type="submit"
          data-test-id="zone-import-submit"
          className="btn btn-secondary"
          disabled={busy || !text.trim()}
        >
          {t('import.submit')}
        </button>
      </form>
      {outcome ? (
        <div
          data-test-id="zone-import-result"
          data-added={outcome.added.length}
          data-skipped={outcome.skipped.length}
          data-rejected={outcome.rejected.length}
          className="mt-4 space-y-3 text-sm"
        >
          <p className="font-medium text-ink">{t('import.added', { count: outcome.added.length })}</p>
          <ImportLines testId="zone-import-skipped" title={t('import.skipped')} lines={outcome.skipped} />
          <ImportLines testId="zone-import-rejected" title={t('import.rejected')} lines={outcome.rejected} />
        </div>
      ) : null}
    </Card>
  );
}

function ImportLines({ testId, title, lines }: { testId: string; title: string; lines: readonly Line[] }) {
  const t = useT();
  if (lines.length === 0) return null;
  return (
    <div data-test-id={testId}>
      <p className="font-medium text-ink">{title}</p>
      <ul className="mt-1 space-y-1">
        {lines.map((l, i) => (
          <li key={`${l.line}:${i}`} data-test-id="zone-import-line" data-line={l.line} className="text-xs">
            <span className="text-muted">{l.line > 0 ? t('import.line', { line: l.line }) : null} </span>
            <code className="font-mono">{l.text}</code>
            <span className="block text-amber-800">{l.reason}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
