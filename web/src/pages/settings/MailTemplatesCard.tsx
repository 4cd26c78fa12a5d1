import { useMutation, useQuery } from '@apollo/client';
import { useEffect, useMemo, useRef, useState, type FormEvent, type SyntheticEvent } from 'react';
import { Badge } from '../../components/Badge';
import { ConfirmButton } from '../../components/ConfirmButton';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { formErrorsFrom, noErrors } from '../../components/formErrors';
import { FormError, Notice } from '../../components/Messages';
import { Card, LoadError, Loading } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { LANGUAGES } from '../../graphql/enums';
import type { Language, MailEvent, MailTemplatesQuery as Templates } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import {
  MailTemplatesQuery,
  PreviewMailTemplateQuery,
  ResetMailTemplateMutation,
  SaveMailTemplateMutation,
} from './mailTemplates.operations';
import { insertAt, MAIL_EVENTS, placeholderText } from './mailTemplates';

const FIELDS = ['subject', 'body'] as const;
const PREVIEW_DELAY_MS = 350;

type Template = Templates['mailTemplates'][number];

/** Admin: the company's notification e-mails (LF-2): pick one and a language, edit, preview, save or reset (`mail-*`). */
export function MailTemplatesCard() {
  const t = useT();
  const query = useQuery(MailTemplatesQuery, { fetchPolicy: 'cache-and-network' });
  const templates = query.data?.mailTemplates;
  return (
    <Card title={t('mail.title')} className="max-w-5xl" testId="mail-templates">
      {templates ? (
        <MailTemplateEditor templates={templates} />
      ) : query.error ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Loading />
      )}
    </Card>
  );
}

/** `value`, once it has stopped changing for `ms` (a string: equal values do not restart the wait). */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

function MailTemplateEditor({ templates }: { templates: readonly Template[] }) {
  const t = useT();
  const { reseller } = useViewer();
  const [event, setEvent] = useState<MailEvent>('WELCOME');
  const [language, setLanguage] = useState<Language>(reseller.defaultLanguage);
  const current = templates.find((x) => x.event === event && x.language === language);
  const [draft, setDraft] = useState({ subject: current?.subject ?? '', body: current?.body ?? '' });
  const [notice, setNotice] = useState<string | null>(null);
  const { errors, setErrors, busy, run } = useFormSubmit(FIELDS);
  const refetch = { refetchQueries: ['MailTemplates'], awaitRefetchQueries: true };
  const [save] = useMutation(SaveMailTemplateMutation, refetch);
  const [reset] = useMutation(ResetMailTemplateMutation, refetch);
  // Where a placeholder goes: the field last worked in, at its caret (or over its selection).
  const caret = useRef<{ field: 'subject' | 'body'; start: number; end: number } | null>(null);
  const track = (field: 'subject' | 'body') => (e: SyntheticEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const el = e.currentTarget;
    caret.current = { field, start: el.selectionStart ?? el.value.length, end: el.selectionEnd ?? el.value.length };
  };

  // Another e-mail or language, or the saved wording changed: the editor starts from what is in effect.
  useEffect(() => {
    setDraft({ subject: current?.subject ?? '', body: current?.body ?? '' });
    setErrors(noErrors);
  }, [current?.event, current?.language, current?.subject, current?.body, setErrors]);

  // A refused save's errors hold until the draft changes; from then on the preview checks it.
  useEffect(() => setErrors(noErrors), [draft.subject, draft.body, setErrors]);

  const settled = useSettled(JSON.stringify({ event, language, ...draft }), PREVIEW_DELAY_MS);
  const input = useMemo(
    () => JSON.parse(settled) as { event: MailEvent; language: Language; subject: string; body: string },
    [settled],
  );
  const preview = useQuery(PreviewMailTemplateQuery, { variables: { input }, fetchPolicy: 'network-only' });
  const shown = preview.data?.previewMailTemplate ?? preview.previousData?.previewMailTemplate;
  // The preview checks the draft as a save would: its field errors show under the fields as you type.
  const previewErrors = preview.error ? formErrorsFrom(preview.error, FIELDS, t) : noErrors;
  const fieldErrors = { ...previewErrors.fields, ...errors.fields };
  const dirty = !!current && (draft.subject !== current.subject || draft.body !== current.body);

  function choose(next: { event?: MailEvent; language?: Language }) {
    setNotice(null);
    if (next.event) setEvent(next.event);
    if (next.language) setLanguage(next.language);
  }

  function insertPlaceholder(name: string) {
    const field = caret.current?.field ?? 'body';
    const text = draft[field];
    const { text: next, caret: at } = insertAt(
      text,
      placeholderText(name),
      caret.current?.start ?? text.length,
      caret.current?.end ?? text.length,
    );
    setDraft((d) => ({ ...d, [field]: next }));
    caret.current = { field, start: at, end: at };
    requestAnimationFrame(() => {
      const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-test-id="mail-${field}"]`);
      el?.focus();
      el?.setSelectionRange(at, at);
    });
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    const ok = await run(() => save({ variables: { input: { event, language, ...draft } } }));
    if (ok) setNotice(t('mail.saved'));
  }

  async function onReset() {
    setNotice(null);
    const ok = await run(() => reset({ variables: { event, language } }));
    if (ok) setNotice(t('mail.resetDone'));
  }

  return (
    <div className="space-y-5">
      <p className="text-sm text-muted">{t('mail.intro')}</p>
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          name="event"
          testId="mail-event"
          label={t('mail.event')}
          value={event}
          onChange={(e) => choose({ event: e.target.value as MailEvent })}
        >
          {MAIL_EVENTS.map((ev) => (
            <option key={ev} value={ev}>
              {t(`mail.event.${ev}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          name="language"
          testId="mail-language"
          label={t('mail.language')}
          value={language}
          onChange={(e) => choose({ language: e.target.value as Language })}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <p className="text-sm text-muted" data-test-id="mail-event-hint">
        {t(`mail.eventHint.${event}`)}{' '}
        {current?.overridden ? (
          <Badge tone="blue" testId="mail-state" value="OVERRIDDEN">
            {t('mail.overridden')}
          </Badge>
        ) : (
          <Badge tone="gray" testId="mail-state" value="DEFAULT">
            {t('mail.builtIn')}
          </Badge>
        )}
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-4">
          <Notice message={notice} />
          <FormError message={errors.general} />
          <TextField
            name="subject"
            testId="mail-subject"
            label={t('mail.subject')}
            value={draft.subject}
            maxLength={200}
            onSelect={track('subject')}
            onChange={(e) => {
              track('subject')(e);
              setDraft((d) => ({ ...d, subject: e.target.value }));
            }}
            error={fieldErrors.subject}
          />
          <TextAreaField
            name="body"
            testId="mail-body"
            label={t('mail.body')}
            hint={t('mail.bodyHint')}
            value={draft.body}
            rows={14}
            className="[&_textarea]:font-mono"
            onSelect={track('body')}
            onChange={(e) => {
              track('body')(e);
              setDraft((d) => ({ ...d, body: e.target.value }));
            }}
            error={fieldErrors.body}
          />
          <div>
            <p className="field-label">{t('mail.placeholders')}</p>
            <p className="field-hint mb-2">{t('mail.placeholdersHint')}</p>
            <div className="flex flex-wrap gap-1.5" data-test-id="mail-placeholders">
              {current?.placeholders.map((p) => (
                <button
                  key={p}
                  type="button"
                  data-test-id="mail-placeholder"
                  data-name={p}
                  className="rounded border border-line bg-slate-50 px-1.5 py-0.5 font-mono text-xs hover:bg-slate-100"
                  onClick={() => insertPlaceholder(p)}
                >
                  {placeholderText(p)}
                </button>
              ))}
            </div>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" data-test-id="mail-save" className="btn btn-primary" disabled={busy || !dirty}>
              {t('mail.save')}
            </button>
            {current?.overridden ? (
              <ConfirmButton
                testId="mail-reset"
                label={t('mail.reset')}
                question={t('mail.resetQuestion')}
                busy={busy}
                onConfirm={onReset}
              />
            ) : null}
          </div>
        </form>
        <section aria-label={t('mail.preview')} data-test-id="mail-preview" className="space-y-2">
          <h3 className="field-label">{t('mail.preview')}</h3>
          {shown ? (
            <div
              className={`rounded-lg border border-line bg-white text-sm ${preview.error ? 'opacity-50' : ''}`}
              data-stale={preview.error ? 'true' : 'false'}
            >
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 border-b border-line px-4 py-3">
                <dt className="text-muted">{t('mail.from')}</dt>
                <dd data-test-id="mail-preview-from">{shown.from}</dd>
                {shown.replyTo ? (
                  <>
                    <dt className="text-muted">{t('mail.replyTo')}</dt>
                    <dd data-test-id="mail-preview-reply-to">{shown.replyTo}</dd>
                  </>
                ) : null}
                <dt className="text-muted">{t('mail.subject')}</dt>
                <dd className="font-medium" data-test-id="mail-preview-subject">
                  {shown.subject}
                </dd>
              </dl>
              <pre
                className="max-h-[28rem] overflow-auto whitespace-pre-wrap px-4 py-3 font-sans"
                data-test-id="mail-preview-body"
              >
                {shown.body}
              </pre>
            </div>
          ) : preview.error ? null : (
            <Loading />
          )}
          {preview.error ? <p className="text-sm text-muted">{t('mail.previewFix')}</p> : null}
        </section>
      </div>
    </div>
  );
}
