import { useMutation, useQuery } from '@apollo/client';
import { useState } from 'react';
import { Badge } from '../../components/Badge';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ListCard } from '../../components/ListCard';
import { Card, Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import type { WebhookFieldsFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { DeliveryLog } from './DeliveryLog';
import { WebhookForm } from './WebhookForm';
import { WebhookPolicyCard } from './WebhookPolicyCard';
import {
  DeleteWebhookMutation,
  RotateWebhookSecretMutation,
  SendTestWebhookMutation,
  WebhooksQuery,
} from './webhooks.operations';

/**
 * Webhooks (`webhook-row`): an admin's are the company's, an end user's the active account's (the
 * API decides). Add and edit with a form, the secret shown once (`webhook-secret`), send a test
 * event and watch its delivery in the log; the master also sets where webhooks may go.
 */
export function WebhooksPage() {
  const t = useT();
  const viewer = useViewer();
  const messages = usePageMessages();
  const query = useQuery(WebhooksQuery);
  const [remove] = useMutation(DeleteWebhookMutation, { refetchQueries: ['Webhooks'] });
  const [rotate] = useMutation(RotateWebhookSecretMutation);
  const [sendTest] = useMutation(SendTestWebhookMutation);
  const [form, setForm] = useState<'new' | WebhookFieldsFragment | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [awaiting, setAwaiting] = useState<string | null>(null);
  const status = { loading: query.loading, stale: false, error: query.error, refetch: query.refetch };
  const hooks = query.data?.webhooks;
  const selected = hooks?.find((h) => h.id === selectedId) ?? hooks?.[0] ?? null;
  const account = viewer.activeAccount;
  const intro =
    viewer.role === 'END_USER' && account
      ? t('webhooks.introAccount', { id: account.id, name: account.name })
      : t('webhooks.introCompany');

  async function test(hook: WebhookFieldsFragment) {
    setSelectedId(hook.id);
    await messages.run(async () => {
      const res = await sendTest({ variables: { id: hook.id } });
      setAwaiting(res.data!.sendTestWebhook.eventId);
    }, t('webhooks.testSent'));
  }

  return (
    <Page
      id={viewer.role === 'END_USER' ? 'webhooks' : 'admin-webhooks'}
      title={t('webhooks.title')}
      intro={intro}
      actions={
        <button
          type="button"
          className="btn btn-primary"
          data-test-id="webhook-add"
          onClick={() => {
            setSecret(null);
            setForm('new');
          }}
        >
          {t('webhooks.add')}
        </button>
      }
    >
      {messages.view}
      {secret ? (
        <Card title={t('webhooks.secret.title')} testId="webhook-secret-card">
          <p className="text-sm text-muted">{t('webhooks.secret.help')}</p>
          <code
            data-test-id="webhook-secret"
            className="mt-3 block rounded-lg border border-line bg-slate-50 p-3 font-mono text-sm break-all select-all"
          >
            {secret}
          </code>
          <button type="button" className="btn btn-secondary btn-sm mt-3" onClick={() => setSecret(null)}>
            {t('webhooks.secret.done')}
          </button>
        </Card>
      ) : null}
      {form ? (
        <WebhookForm
          key={form === 'new' ? 'new' : form.id}
          editing={form === 'new' ? null : form}
          onCancel={() => setForm(null)}
          onSaved={() => {
            setForm(null);
            messages.done(t('webhooks.saved'));
          }}
          onCreated={(made, id) => {
            setForm(null);
            setSecret(made);
            setSelectedId(id);
            messages.done(t('webhooks.created'));
          }}
        />
      ) : null}
      <ListCard<WebhookFieldsFragment>
        rows={hooks}
        status={status}
        testId="webhooks-table"
        rowKey={(h) => h.id}
        rowAttributes={(h) => ({
          'data-test-id': 'webhook-row',
          'data-webhook-id': h.id,
          'data-url': h.url,
          'data-enabled': h.enabled ? 'true' : 'false',
        })}
        empty={t('webhooks.empty')}
        columns={[
          {
            id: 'url',
            header: t('webhooks.col.url'),
            cell: (h) => (
              <span>
                <span className="font-mono text-sm break-all">{h.url}</span>
                {h.description ? <span className="block text-xs text-muted">{h.description}</span> : null}
              </span>
            ),
          },
          {
            id: 'events',
            header: t('webhooks.col.events'),
            className: 'whitespace-nowrap',
            cell: (h) => (
              <span className="text-sm" title={h.events.map((e) => t(`webhooks.event.${e}`)).join(', ')}>
                {h.events.length === 1
                  ? t(`webhooks.event.${h.events[0]!}`)
                  : t('webhooks.eventCount', { count: h.events.length })}
              </span>
            ),
          },
          {
            id: 'state',
            header: t('webhooks.col.state'),
            cell: (h) => (
              <Badge tone={h.enabled ? 'green' : 'gray'} value={h.enabled ? 'ON' : 'OFF'}>
                {h.enabled ? t('webhooks.enabled') : t('webhooks.disabled')}
              </Badge>
            ),
          },
          {
            id: 'actions',
            header: <span className="sr-only">{t('common.actions')}</span>,
            align: 'right',
            cell: (h) => (
              <span className="inline-flex flex-wrap justify-end gap-2">
                <button
                  type="button"
                  className="btn btn-primary btn-sm"
                  data-test-id="webhook-send-test"
                  onClick={() => void test(h)}
                >
                  {t('webhooks.sendTest')}
                </button>
                <button
                  type="button"
                  className="btn btn-secondary btn-sm"
                  data-test-id="webhook-show-log"
                  aria-pressed={selected?.id === h.id}
                  onClick={() => setSelectedId(h.id)}
                >
                  {t('webhooks.log')}
                </button>
                <button
                  type="button"
                  className="btn btn-secondary btn-sm"
                  data-test-id="webhook-edit"
                  onClick={() => {
                    setSecret(null);
                    setForm(h);
                  }}
                >
                  {t('webhooks.edit')}
                </button>
                <ConfirmButton
                  testId="webhook-rotate"
                  label={t('webhooks.rotate')}
                  question={t('webhooks.rotateQuestion', { url: h.url })}
                  onConfirm={() =>
                    messages.run(async () => {
                      const res = await rotate({ variables: { id: h.id } });
                      setSecret(res.data!.rotateWebhookSecret.secret);
                    }, t('webhooks.rotated'))
                  }
                />
                <ConfirmButton
                  testId="webhook-delete"
                  label={t('webhooks.delete')}
                  question={t('webhooks.deleteQuestion', { url: h.url })}
                  onConfirm={() => messages.run(() => remove({ variables: { id: h.id } }), t('webhooks.deleted'))}
                />
              </span>
            ),
          },
        ]}
      />
      {selected ? <DeliveryLog key={selected.id} webhook={selected} awaiting={awaiting} /> : null}
      {viewer.role === 'MASTER_ADMIN' ? (
        <WebhookPolicyCard report={{ onDone: messages.done, onError: messages.failed }} />
      ) : null}
    </Page>
  );
}
