import { useId } from 'react';
import { useT } from '../../i18n/I18nProvider';

interface AttachmentPickerProps {
  files: File[];
  onChange(files: File[]): void;
  error?: string | undefined;
  testId: string;
}

/** Files to attach to a message (sent in base64 with it; the API sniffs and limits them). */
export function AttachmentPicker({ files, onChange, error, testId }: AttachmentPickerProps) {
  const t = useT();
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {t('ticket.attachments')}
      </label>
      <input
        id={id}
        type="file"
        multiple
        data-test-id={testId}
        className="block text-sm"
        onChange={(e) => onChange([...(e.target.files ?? [])])}
      />
      {files.length ? (
        <ul className="mt-1 text-xs text-muted" data-test-id={`${testId}-list`}>
          {files.map((f) => (
            <li key={f.name}>{f.name}</li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p className="field-error" data-test-id="error-attachments" role="alert">
          {error}
        </p>
      ) : (
        <p className="field-hint">{t('ticket.attachmentsHint')}</p>
      )}
    </div>
  );
}

/** The first error on any attachment field (`attachments`, `attachments.1.data`). */
export function attachmentError(fields: Readonly<Record<string, string | undefined>>): string | undefined {
  const key = Object.keys(fields).find((k) => k === 'attachments' || k.startsWith('attachments.'));
  return key ? fields[key] : undefined;
}
