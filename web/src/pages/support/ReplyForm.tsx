import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { TextAreaField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { AttachmentPicker, attachmentError } from './AttachmentPicker';
import { fileToInput } from './files';
import { ReplyToTicketMutation } from './support.operations';

const FIELDS = ['body', 'internal', 'attachments'] as const;

interface ReplyFormProps {
  ticketId: string;
  /** The staff's form: the internal-note toggle and the saved answers. */
  staff?: { cannedReplies: readonly { id: string; title: string; body: string }[] };
  onDone(message: string): void;
}

/** A message on a ticket: the customer's reply, or the staff's answer or note (`reply-*`). */
export function ReplyForm({ ticketId, staff, onDone }: ReplyFormProps) {
  const t = useT();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [fileKey, setFileKey] = useState(0);
  const [reply] = useMutation(ReplyToTicketMutation, { refetchQueries: ['Ticket'], awaitRefetchQueries: true });
  const { errors, busy, run } = useFormSubmit(FIELDS);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const note = internal;
    const ok = await run(async () => {
      await reply({
        variables: {
          id: ticketId,
          input: { body, internal: note, attachments: await Promise.all(files.map(fileToInput)) },
        },
      });
    });
    if (ok) {
      setBody('');
      setFiles([]);
      setFileKey((k) => k + 1);
      setInternal(false);
      onDone(t(note ? 'ticket.noteAdded' : 'ticket.sent'));
    }
  }

  return (
    <Card title={t('ticket.reply')} testId="reply-card">
      <form
        noValidate
        onSubmit={(e) => void submit(e)}
        className={`space-y-4 ${internal ? 'rounded-lg bg-amber-50 p-3 ring-1 ring-amber-300' : ''}`}
      >
        <FormError message={errors.general} />
        {staff ? (
          <label className="flex items-center gap-2 text-sm">
            <span className="text-muted">{t('ticket.canned')}</span>
            <select
              data-test-id="reply-canned"
              className="input w-auto"
              value=""
              onChange={(e) => {
                const canned = staff.cannedReplies.find((c) => c.id === e.target.value);
                if (canned) setBody((b) => (b.trim() ? `${b.trimEnd()}\n\n${canned.body}` : canned.body));
              }}
            >
              <option value="">{t('ticket.cannedNone')}</option>
              {staff.cannedReplies.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <TextAreaField
          name="body"
          testId="reply-body"
          label={t('ticket.replyBody')}
          error={errors.fields.body}
          rows={6}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
        <AttachmentPicker
          key={fileKey}
          files={files}
          onChange={setFiles}
          error={attachmentError(errors.fields)}
          testId="reply-attachments"
        />
        {staff ? (
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              data-test-id="reply-internal"
              checked={internal}
              onChange={(e) => setInternal(e.target.checked)}
            />
            {t('ticket.internal')}
          </label>
        ) : null}
        <button type="submit" data-test-id="reply-submit" className="btn btn-primary" disabled={busy}>
          {t(internal ? 'ticket.sendNote' : 'ticket.send')}
        </button>
      </form>
    </Card>
  );
}
