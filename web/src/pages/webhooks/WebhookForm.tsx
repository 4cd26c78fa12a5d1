import { useMutation } from '@apollo/client';
import { useState } from 'react';
import { CheckboxField, TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { WebhookEventType, WebhookFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { CreateWebhookMutation, UpdateWebhookMutation } from './webhooks.operations';

const FIELDS = ['url', 'events', 'description', 'enabled'] as const;
/** Every event, in the order the form lists them (the API's). */
export const EVENT_TYPES: readonly WebhookEventType[] = [
  'ACCOUNT_CREATED',
  'ACCOUNT_SUSPENDED',
  'ACCOUNT_RESUMED',
  'DOMAIN_ACTIVE',
  'INVOICE_ISSUED',
  'INVOICE_PAID',
  'PAYMENT_FAILED',
  'TICKET_REPLIED',
];

/** Adds a webhook (then `onCreated` gets its secret, shown once), or edits `editing`. */
export function WebhookForm({
  editing,
  onCreated,
  onSaved,
  onCancel,
}: {
  editing: WebhookFieldsFragment | null;
  onCreated(secret: string, id: string): void;
  onSaved(): void;
  onCancel(): void;
}) {
  const t = useT();
  const [v, setV] = useState({
    url: editing?.url ?? '',
    description: editing?.description ?? '',
    events: new Set<WebhookEventType>(editing?.events ?? []),
    enabled: editing?.enabled ?? true,
  });
  const [create] = useMutation(CreateWebhookMutation, { refetchQueries: ['Webhooks'] });
  const [update] = useMutation(UpdateWebhookMutation);
  const { errors, busy, run } = useFormSubmit(FIELDS);

  function toggle(event: WebhookEventType, on: boolean) {
    const events = new Set(v.events);
    if (on) events.add(event);
    else events.delete(event);
    setV({ ...v, events });
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    // The events in the order the API lists them, whatever order they were ticked in.
    const input = {
      url: v.url.trim(),
      description: v.description,
      events: EVENT_TYPES.filter((x) => v.events.has(x)),
      enabled: v.enabled,
    };
    const made: { secret: string; id: string }[] = [];
    const ok = await run(async () => {
      if (editing) await update({ variables: { id: editing.id, input } });
      else {
        const res = await create({ variables: { input } });
        made.push({ secret: res.data!.createWebhook.secret, id: res.data!.createWebhook.webhook.id });
      }
    });
    if (!ok) return;
    if (made[0]) onCreated(made[0].secret, made[0].id);
    else onSaved();
  }

  return (
    <Card title={editing ? t('webhooks.form.edit') : t('webhooks.form.add')} testId="webhook-form">
      <form className="grid gap-4 sm:grid-cols-2" onSubmit={(e) => void submit(e)} noValidate>
        <div className="sm:col-span-2">
          <FormError message={errors.general} />
        </div>
        <TextField
          name="url"
          testId="webhook-url"
          label={t('webhooks.form.url')}
          hint={t('webhooks.form.urlHint')}
          value={v.url}
          onChange={(e) => setV({ ...v, url: e.target.value })}
          error={errors.fields.url}
          className="sm:col-span-2"
          inputMode="url"
          placeholder="https://example.com/hooks/heliosphere"
          maxLength={2000}
        />
        <TextField
          name="description"
          testId="webhook-description"
          label={t('webhooks.form.description')}
          value={v.description}
          onChange={(e) => setV({ ...v, description: e.target.value })}
          error={errors.fields.description}
          className="sm:col-span-2"
          maxLength={200}
        />
        <fieldset
          className="sm:col-span-2"
          aria-describedby={errors.fields.events ? 'webhook-events-error' : undefined}
        >
          <legend className="field-label">{t('webhooks.form.events')}</legend>
          <div className="mt-1 grid gap-2 sm:grid-cols-2">
            {EVENT_TYPES.map((event) => (
              <CheckboxField
                key={event}
                testId={`webhook-event-${event}`}
                label={t(`webhooks.event.${event}`)}
                checked={v.events.has(event)}
                onChange={(e) => toggle(event, e.target.checked)}
              />
            ))}
          </div>
          {errors.fields.events ? (
            <p id="webhook-events-error" className="field-error" data-test-id="error-events" role="alert">
              {errors.fields.events}
            </p>
          ) : null}
        </fieldset>
        <div className="sm:col-span-2">
          <CheckboxField
            testId="webhook-enabled"
            label={t('webhooks.form.enabled')}
            checked={v.enabled}
            onChange={(e) => setV({ ...v, enabled: e.target.checked })}
          />
        </div>
        <div className="flex gap-2 sm:col-span-2">
          <button type="submit" className="btn btn-primary" data-test-id="webhook-save" disabled={busy}>
            {t('webhooks.form.save')}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onCancel}>
            {t('webhooks.form.cancel')}
          </button>
        </div>
      </form>
    </Card>
  );
}
