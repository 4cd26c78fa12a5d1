import { useApolloClient } from '@apollo/client';
import type { TicketMessageFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { saveAttachment } from './files';
import { TicketAttachmentQuery } from './support.operations';

/**
 * A ticket's messages, oldest first: the customer's on the left, the staff's on the right, a
 * staff note (which only the staff are ever sent) on amber with its label. Text is shown as text.
 */
export function TicketThread({ messages }: { messages: readonly TicketMessageFieldsFragment[] }) {
  const { t, formatDate, formatBytes } = useI18n();
  const client = useApolloClient();
  async function download(id: string) {
    const { data } = await client.query({
      query: TicketAttachmentQuery,
      variables: { id },
      fetchPolicy: 'network-only',
    });
    if (data?.ticketAttachment) saveAttachment(data.ticketAttachment);
  }
  return (
    <ol className="space-y-3" data-test-id="ticket-thread">
      {messages.map((m) => (
        <li
          key={m.id}
          data-test-id="ticket-message"
          data-message-id={m.id}
          data-internal={m.internal ? 'true' : 'false'}
          data-from-staff={m.fromStaff ? 'true' : 'false'}
          className={[
            'rounded-lg border px-4 py-3',
            m.internal
              ? 'border-dashed border-amber-400 bg-amber-50'
              : m.fromStaff
                ? 'ml-8 border-brand-200 bg-brand-50'
                : 'mr-8 border-line bg-white',
          ].join(' ')}
        >
          <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-muted">
            <span className="font-medium text-ink">{m.authorName}</span>
            {m.fromStaff && !m.internal ? <span>· {t('ticket.staff')}</span> : null}
            {m.internal ? (
              <span className="font-semibold text-amber-800 uppercase" data-test-id="note-label">
                {t('ticket.note')}
              </span>
            ) : null}
            {m.viaMail ? <span>· {t('ticket.viaMail')}</span> : null}
            <span className="ml-auto">{formatDate(m.createdAt)}</span>
          </div>
          <p className="text-sm whitespace-pre-wrap" data-test-id="message-body">
            {m.body}
          </p>
          {m.attachments.length ? (
            <ul className="mt-2 flex flex-wrap gap-2">
              {m.attachments.map((a) => (
                <li key={a.id}>
                  <button
                    type="button"
                    className="btn btn-secondary btn-sm"
                    data-test-id="attachment-download"
                    data-file-name={a.fileName}
                    title={t('ticket.download', { name: a.fileName })}
                    onClick={() => void download(a.id)}
                  >
                    {a.fileName} ({formatBytes(a.size)})
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
