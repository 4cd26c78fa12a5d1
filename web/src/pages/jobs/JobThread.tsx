import { useMutation } from '@apollo/client';
import { useState } from 'react';
import { CheckboxField, TextAreaField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { CustomJobQuery } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { PostCustomJobMessageMutation } from './jobs.operations';

type Message = NonNullable<CustomJobQuery['customJob']>['messages'][number];
const FIELDS = ['body', 'internal'] as const;

/**
 * A job's messages, oldest first (`job-message`; staff notes marked `data-internal`), and the form
 * to write one; staff may make it an internal note the customer never sees.
 */
export function JobThread({
  jobId,
  messages,
  staff,
  canWrite,
  onSent,
}: {
  jobId: string;
  messages: readonly Message[];
  staff: boolean;
  canWrite: boolean;
  onSent(message: string): void;
}) {
  const { t, formatDate } = useI18n();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [post] = useMutation(PostCustomJobMessageMutation, {
    refetchQueries: ['CustomJob'],
    awaitRefetchQueries: true,
  });
  const { errors, busy, run } = useFormSubmit(FIELDS);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const ok = await run(() => post({ variables: { jobId, input: { body, internal } } }));
    if (ok) {
      setBody('');
      setInternal(false);
      onSent(t('job.sent'));
    }
  }

  return (
    <Card title={t('job.thread')} testId="job-thread">
      <div className="space-y-4">
        {messages.length === 0 ? <p className="text-sm text-muted">{t('job.threadEmpty')}</p> : null}
        <ol className="space-y-3">
          {messages.map((m) => (
            <li
              key={m.id}
              data-test-id="job-message"
              data-internal={m.internal ? 'true' : 'false'}
              data-from-staff={m.fromStaff ? 'true' : 'false'}
              className={`rounded-lg border p-3 text-sm ${
                m.internal
                  ? 'border-amber-300 bg-amber-50'
                  : m.fromStaff
                    ? 'border-brand-200 bg-brand-50'
                    : 'border-line bg-white'
              }`}
            >
              <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-muted">
                <span className="font-medium text-ink">{m.authorName ?? '—'}</span>
                {m.fromStaff ? <span>· {t('job.fromStaff')}</span> : null}
                {m.internal ? (
                  <span className="font-medium text-amber-800" data-test-id="job-message-internal">
                    · {t('job.internal')}
                  </span>
                ) : null}
                <span>· {formatDate(m.createdAt)}</span>
              </div>
              <p className="whitespace-pre-line" data-test-id="job-message-body">
                {m.body}
              </p>
            </li>
          ))}
        </ol>
        {canWrite ? (
          <form className="space-y-3" data-test-id="job-message-form" onSubmit={(e) => void submit(e)} noValidate>
            <FormError message={errors.general} />
            <TextAreaField
              name="body"
              testId="job-message-input"
              label={t('job.message')}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              error={errors.fields.body}
              rows={3}
              maxLength={10000}
            />
            {staff ? (
              <CheckboxField
                testId="job-message-internal-check"
                label={t('job.internalCheck')}
                checked={internal}
                onChange={(e) => setInternal(e.target.checked)}
              />
            ) : null}
            <button type="submit" className="btn btn-primary btn-sm" data-test-id="job-message-send" disabled={busy}>
              {t('job.send')}
            </button>
          </form>
        ) : null}
      </div>
    </Card>
  );
}
