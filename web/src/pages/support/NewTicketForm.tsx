import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent, type ReactNode } from 'react';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormState } from '../../components/useFormState';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { TicketCategory, TicketPriority } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { AttachmentPicker, attachmentError } from './AttachmentPicker';
import { fileToInput } from './files';
import { OpenTicketMutation, TicketRelatedQuery } from './support.operations';
import { TICKET_PRIORITIES } from './TicketBadges';

const FIELDS = [
  'subject',
  'category',
  'priority',
  'body',
  'domainId',
  'databaseId',
  'invoiceId',
  'attachments',
] as const;
const CATEGORIES: readonly TicketCategory[] = ['TECHNICAL', 'BILLING', 'SALES', 'ABUSE', 'OTHER'];

/** What the customer has typed so far: what knowledge-base suggestions are looked up by. */
export interface TicketDraft {
  subject: string;
  body: string;
}

interface NewTicketFormProps {
  onOpened(ticket: { id: string; number: number }): void;
  /**
   * SLOT for knowledge-base suggestions (SUP-2): rendered between the question and the send
   * button with the draft as it is typed. The support area renders nothing here; the knowledge
   * base's suggestions component is wired in by the integrator.
   */
  suggestions?: (draft: TicketDraft) => ReactNode;
}

/** A new ticket: subject, category, priority, what it is about, the question, attachments (`nt-*`). */
export function NewTicketForm({ onOpened, suggestions }: NewTicketFormProps) {
  const t = useT();
  const form = useFormState({ subject: '', category: 'TECHNICAL', priority: 'NORMAL', related: '', body: '' });
  const [files, setFiles] = useState<File[]>([]);
  const related = useQuery(TicketRelatedQuery, { fetchPolicy: 'cache-and-network' });
  const [open] = useMutation(OpenTicketMutation, { refetchQueries: ['MyTickets'] });
  const { errors, busy, run } = useFormSubmit(FIELDS);

  async function submit(e: FormEvent) {
    e.preventDefault();
    let opened: { id: string; number: number } | null = null;
    await run(async () => {
      const [kind, id] = form.values.related.split(':');
      const res = await open({
        variables: {
          input: {
            subject: form.values.subject.trim(),
            category: form.values.category as TicketCategory,
            priority: form.values.priority as TicketPriority,
            body: form.values.body,
            domainId: kind === 'domain' ? id : null,
            databaseId: kind === 'database' ? id : null,
            invoiceId: kind === 'invoice' ? id : null,
            attachments: await Promise.all(files.map(fileToInput)),
          },
        },
      });
      opened = res.data?.openTicket ?? null;
    });
    if (opened) onOpened(opened);
  }

  const r = related.data;
  return (
    <Card>
      <form noValidate onSubmit={(e) => void submit(e)} className="space-y-4" data-test-id="new-ticket-form">
        <FormError message={errors.general} />
        <TextField
          name="subject"
          testId="nt-subject"
          label={t('newTicket.subject')}
          error={errors.fields.subject}
          maxLength={200}
          {...form.bind('subject')}
        />
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            name="category"
            testId="nt-category"
            label={t('newTicket.category')}
            error={errors.fields.category}
            {...form.bind('category')}
          >
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`support.category.${c}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="priority"
            testId="nt-priority"
            label={t('newTicket.priority')}
            error={errors.fields.priority}
            {...form.bind('priority')}
          >
            {TICKET_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`support.priority.${p}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="related"
            testId="nt-related"
            label={t('newTicket.related')}
            error={errors.fields.domainId ?? errors.fields.databaseId ?? errors.fields.invoiceId}
            {...form.bind('related')}
          >
            <option value="">{t('newTicket.relatedNone')}</option>
            {r?.domains.map((d) => (
              <option key={`d${d.id}`} value={`domain:${d.id}`}>
                {t('newTicket.relatedDomain', { name: d.name ?? d.id })}
              </option>
            ))}
            {r?.mysqlDatabases.map((d) => (
              <option key={`m${d.id}`} value={`database:${d.id}`}>
                {t('newTicket.relatedDatabase', { name: d.name })}
              </option>
            ))}
            {r?.invoices.nodes.map((i) => (
              <option key={`i${i.id}`} value={`invoice:${i.id}`}>
                {t('newTicket.relatedInvoice', { number: i.number ?? i.id })}
              </option>
            ))}
          </SelectField>
        </div>
        <TextAreaField
          name="body"
          testId="nt-body"
          label={t('newTicket.body')}
          error={errors.fields.body}
          rows={8}
          {...form.bind('body')}
        />
        {/* SLOT: knowledge-base suggestions (see the `suggestions` prop). */}
        <div data-test-id="nt-suggestions-slot">
          {suggestions?.({ subject: form.values.subject, body: form.values.body })}
        </div>
        <AttachmentPicker
          files={files}
          onChange={setFiles}
          error={attachmentError(errors.fields)}
          testId="nt-attachments"
        />
        <button type="submit" data-test-id="nt-submit" className="btn btn-primary" disabled={busy}>
          {t('newTicket.submit')}
        </button>
      </form>
    </Card>
  );
}
