import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { BackLink } from '../../components/BackLink';
import { TextAreaField, TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card, LoadError, Loading, Page } from '../../components/Page';
import { usePageMessages } from '../../components/PageMessages';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { SUPPORT_QUEUE_PATH } from './pageIds';
import {
  CannedRepliesQuery,
  CreateCannedReplyMutation,
  DeleteCannedReplyMutation,
  UpdateCannedReplyMutation,
} from './support.operations';
import { TargetsCard } from './TargetsCard';

const FIELDS = ['title', 'body'] as const;

/** Staff: the company's saved answers (add, edit, delete) and its targets per priority. */
export function CannedRepliesPage() {
  const t = useT();
  // The targets are the company's promise to its customers: its admins set them, staff work to them.
  const canSetTargets = useViewer().role !== 'SUPPORT_STAFF';
  const messages = usePageMessages();
  const query = useQuery(CannedRepliesQuery, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<{ id: string | null; title: string; body: string }>({
    id: null,
    title: '',
    body: '',
  });
  const [create] = useMutation(CreateCannedReplyMutation, { refetchQueries: ['CannedReplies'] });
  const [update] = useMutation(UpdateCannedReplyMutation, { refetchQueries: ['CannedReplies'] });
  const [remove] = useMutation(DeleteCannedReplyMutation, { refetchQueries: ['CannedReplies'] });
  const { errors, busy, run } = useFormSubmit(FIELDS);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const input = { title: editing.title.trim(), body: editing.body };
    const ok = await run(() =>
      editing.id ? update({ variables: { id: editing.id, input } }) : create({ variables: { input } }),
    );
    if (ok) {
      setEditing({ id: null, title: '', body: '' });
      messages.done(t('canned.added'));
    }
  }

  const data = query.data;
  return (
    <Page
      id="canned-replies"
      title={t('canned.title')}
      intro={t('canned.intro')}
      back={<BackLink to={SUPPORT_QUEUE_PATH} label={t('ticket.backQueue')} />}
    >
      {messages.view}
      {!data ? (
        query.error ? (
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Loading />
        )
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t('canned.title')} testId="canned-list">
            {data.cannedReplies.length === 0 ? <p className="text-sm text-muted">{t('canned.empty')}</p> : null}
            <ul className="divide-y divide-line">
              {data.cannedReplies.map((c) => (
                <li key={c.id} className="py-3" data-test-id="canned-row" data-title={c.title}>
                  <div className="flex items-center justify-between gap-2">
                    <span className="font-medium">{c.title}</span>
                    <span className="flex gap-2">
                      <button
                        type="button"
                        className="btn btn-secondary btn-sm"
                        data-test-id="canned-edit"
                        onClick={() => setEditing({ id: c.id, title: c.title, body: c.body })}
                      >
                        {t('canned.edit')}
                      </button>
                      <button
                        type="button"
                        className="btn btn-secondary btn-sm"
                        data-test-id="canned-delete"
                        onClick={() =>
                          void messages.run(() => remove({ variables: { id: c.id } }), t('canned.deleted'))
                        }
                      >
                        {t('canned.delete')}
                      </button>
                    </span>
                  </div>
                  <p className="mt-1 text-sm whitespace-pre-wrap text-muted">{c.body}</p>
                </li>
              ))}
            </ul>
          </Card>
          <div className="space-y-6">
            <Card title={editing.id ? t('canned.edit') : t('canned.add')}>
              <form noValidate onSubmit={(e) => void submit(e)} className="space-y-4">
                <FormError message={errors.general} />
                <TextField
                  name="title"
                  testId="canned-title"
                  label={t('canned.titleField')}
                  error={errors.fields.title}
                  value={editing.title}
                  onChange={(e) => setEditing((x) => ({ ...x, title: e.target.value }))}
                />
                <TextAreaField
                  name="body"
                  testId="canned-body"
                  label={t('canned.bodyField')}
                  error={errors.fields.body}
                  rows={5}
                  value={editing.body}
                  onChange={(e) => setEditing((x) => ({ ...x, body: e.target.value }))}
                />
                <div className="flex gap-2">
                  <button type="submit" className="btn btn-primary" data-test-id="canned-submit" disabled={busy}>
                    {editing.id ? t('canned.update') : t('canned.add')}
                  </button>
                  {editing.id ? (
                    <button
                      type="button"
                      className="btn btn-secondary"
                      onClick={() => setEditing({ id: null, title: '', body: '' })}
                    >
                      {t('canned.cancel')}
                    </button>
                  ) : null}
                </div>
              </form>
            </Card>
            {canSetTargets ? (
              <TargetsCard
                key={JSON.stringify(data.supportTargets)}
                targets={data.supportTargets}
                onDone={messages.done}
              />
            ) : null}
          </div>
        </div>
      )}
    </Page>
  );
}
